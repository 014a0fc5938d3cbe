package report

import (
	"fmt"
	"io"
	"runtime"
	"testing"
)

// benchGoods cycles the fixture into n goods with distinct IDs.
func benchGoods(n int) []Good {
	base := fixtureGoods()
	out := make([]Good, n)
	for i := range out {
		g := base[i%len(base)]
		g.GoodID = fmt.Sprintf("%s-%05d", g.GoodID, i)
		out[i] = g
	}
	return out
}

// BenchmarkXLSXWriter10k writes the XLSX report of 10,000 goods (7,500
// material lines) to io.Discard. Memory does not grow with the goods: the
// streamed sheets' rows are compressed into the package's spool as they
// come (a few MB in memory, the rest in a temporary file).
func BenchmarkXLSXWriter10k(b *testing.B) {
	goods := benchGoods(10_000)
	sum := fixtureSummary(goods)
	b.ReportAllocs()
	for b.Loop() {
		w := NewXLSXWriter(io.Discard, XLSXOptions{RooVersion: "bench"})
		for _, g := range goods {
			if err := w.Good(g); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(fixtureFiles(), sum); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJSONWriter10k writes the JSON report of 10,000 goods to
// io.Discard.
func BenchmarkJSONWriter10k(b *testing.B) {
	goods := benchGoods(10_000)
	sum := fixtureSummary(goods)
	b.ReportAllocs()
	for b.Loop() {
		w := NewJSONWriter(io.Discard, "bench")
		for _, g := range goods {
			if err := w.Good(g); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(fixtureFiles(), sum); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCSVWriter10k writes the CSV of 10,000 goods to io.Discard.
func BenchmarkCSVWriter10k(b *testing.B) {
	goods := benchGoods(10_000)
	b.ReportAllocs()
	for b.Loop() {
		w := NewCSVWriter(io.Discard)
		for _, g := range goods {
			if err := w.Good(g); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.Close(nil, Summary{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkXLSXWriter1MLines writes the report of 10,000 goods with 100
// material lines each (1,000,000 rows on the Materials sheet, near Excel's
// limit) and reports the peak live heap, measured after a collection every
// 1,000 goods: it stays flat because the sheets stream to temporary files.
func BenchmarkXLSXWriter1MLines(b *testing.B) {
	const goods, lines = 10_000, 100
	g := fixtureGoods()[1]
	mats := make([]Material, lines)
	for i := range mats {
		mats[i] = g.Materials[i%len(g.Materials)]
		mats[i].Ref = fmt.Sprintf("BOM row %d", i+2)
	}
	g.Materials = mats
	sum := fixtureSummary(nil)
	var peak uint64
	var ms runtime.MemStats
	b.ReportAllocs()
	for b.Loop() {
		w := NewXLSXWriter(io.Discard, XLSXOptions{RooVersion: "bench"})
		for i := range goods {
			g.GoodID = fmt.Sprintf("G%05d", i)
			if err := w.Good(g); err != nil {
				b.Fatal(err)
			}
			if i%1000 == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				peak = max(peak, ms.HeapAlloc)
			}
		}
		if err := w.Close(nil, sum); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(peak)/(1<<20), "live-heap-MB")
}
