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
)

var (
	largeOnce sync.Once
	largePath string
	largeErr  error
)

// largeWorkbook generates, once per test binary, a workbook of 1,000 goods
// × 100 BOM lines (100,000 lines) with multi-level BOMs and mixed origins.
// ROO_BENCH_WORKBOOK names another workbook to measure instead, such as the
// million-line one the sample generator writes:
//
//	go run ./cmd/internal/samples/gen -large 10000x100 -out /tmp/1m.xlsx
//	ROO_BENCH_WORKBOOK=/tmp/1m.xlsx go test ./cmd -run XXX -bench 100k -benchtime 1x
func largeWorkbook(b *testing.B) string {
	if p := os.Getenv("ROO_BENCH_WORKBOOK"); p != "" {
		return p
	}
	largeOnce.Do(func() {
		dir, err := os.MkdirTemp("", "roo-bench-")
		if err != nil {
			largeErr = err
			return
		}
		largePath = filepath.Join(dir, "large.xlsx")
		f, err := os.Create(largePath)
		if err != nil {
			largeErr = err
			return
		}
		defer f.Close()
		largeErr = samples.WriteLarge(f, samples.LargeOptions{Goods: 1000, LinesPerGood: 100, Seed: 1})
	})
	if largeErr != nil {
		b.Fatal(largeErr)
	}
	return largePath
}

// BenchmarkQualify100k reads and evaluates the 100,000-line workbook end to
// end (JSON output discarded). Compare with BenchmarkExcelizeStream100k.
func BenchmarkQualify100k(b *testing.B) {
	path := largeWorkbook(b)
	b.ReportAllocs()
	for b.Loop() {
		ios, _, _, _ := iostreams.Test()
		ios.Out = io.Discard
		if code := Run(context.Background(), ios, []string{"qualify", path, "--format", "json"}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// BenchmarkExcelizeStream100k is the floor: excelize streaming every row of
// the same workbook with raw values, doing nothing else.
func BenchmarkExcelizeStream100k(b *testing.B) {
	path := largeWorkbook(b)
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
