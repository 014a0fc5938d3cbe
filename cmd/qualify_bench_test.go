package cmd

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/cmd/internal/samples"
	"github.com/roo-trade/roo/internal/xlsxstream"
)

// largeKind is one kind of generated workbook, written once per test
// binary.
type largeKind struct {
	once  sync.Once
	excel bool
	path  string
	err   error
}

var (
	largeInline = &largeKind{}            // excelize's streaming writer: inline strings
	largeExcel  = &largeKind{excel: true} // as Excel saves: shared strings, styles
)

// largeWorkbook generates, once per test binary, a workbook of 1,000 goods
// × 100 BOM lines (100,000 lines) with multi-level BOMs and mixed origins,
// of the given kind.
// ROO_BENCH_WORKBOOK names another workbook to measure instead, such as the
// million-line one the sample generator writes:
//
//	go run ./cmd/internal/samples/gen -large 10000x100 -out /tmp/1m.xlsx
//	ROO_BENCH_WORKBOOK=/tmp/1m.xlsx go test ./cmd -run XXX -bench 100k -benchtime 1x
func largeWorkbook(b *testing.B, k *largeKind) string {
	if p := os.Getenv("ROO_BENCH_WORKBOOK"); p != "" {
		return p
	}
	k.once.Do(func() {
		dir, err := os.MkdirTemp("", "roo-bench-")
		if err != nil {
			k.err = err
			return
		}
		k.path = filepath.Join(dir, "large.xlsx")
		f, err := os.Create(k.path)
		if err != nil {
			k.err = err
			return
		}
		defer f.Close()
		k.err = samples.WriteLarge(f, samples.LargeOptions{Goods: 1000, LinesPerGood: 100, Seed: 1, Excel: k.excel})
	})
	if k.err != nil {
		b.Fatal(k.err)
	}
	return k.path
}

// BenchmarkQualify100k reads and evaluates the 100,000-line workbook end to
// end (JSON output discarded). Compare with BenchmarkExcelizeStream100k.
func BenchmarkQualify100k(b *testing.B)      { benchQualify(b, largeInline) }
func BenchmarkQualify100kExcel(b *testing.B) { benchQualify(b, largeExcel) }

func benchQualify(b *testing.B, k *largeKind) {
	path := largeWorkbook(b, k)
	b.ReportAllocs()
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		ios.Out = io.Discard
		if code := Run(context.Background(), ios, []string{"qualify", path, "--format", "json"}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkExcelizeStream100k is the yardstick of issue 14: excelize
// streaming every row of the same workbook with raw values, doing nothing
// else.
func BenchmarkExcelizeStream100k(b *testing.B)      { benchExcelize(b, largeInline) }
func BenchmarkExcelizeStream100kExcel(b *testing.B) { benchExcelize(b, largeExcel) }

func benchExcelize(b *testing.B, k *largeKind) {
	path := largeWorkbook(b, k)
	b.ReportAllocs()
	for b.Loop() {
		f, err := excelize.OpenFile(path)
		if err != nil {
			b.Fatal(err)
		}
		for _, sheet := range []string{"Goods", "BOM"} {
			rows, err := f.Rows(sheet)
			if err != nil {
				b.Fatal(err)
			}
			for rows.Next() {
				if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
					b.Fatal(err)
				}
			}
			rows.Close()
		}
		f.Close()
	}
}

// BenchmarkXLSXStream100k is roo's own reader streaming every row of the
// same workbook, doing nothing else: the floor of reading.
func BenchmarkXLSXStream100k(b *testing.B)      { benchXLSXStream(b, largeInline) }
func BenchmarkXLSXStream100kExcel(b *testing.B) { benchXLSXStream(b, largeExcel) }

func benchXLSXStream(b *testing.B, k *largeKind) {
	path := largeWorkbook(b, k)
	b.ReportAllocs()
	for b.Loop() {
		book, err := xlsxstream.Open(path, xlsxstream.DefaultLimits)
		if err != nil {
			b.Fatal(err)
		}
		for _, sheet := range book.SheetNames() {
			rows, err := book.Rows(sheet)
			if err != nil {
				b.Fatal(err)
			}
			for rows.Next() {
			}
			if err := rows.Err(); err != nil {
				b.Fatal(err)
			}
			rows.Close()
		}
		book.Close()
	}
}
