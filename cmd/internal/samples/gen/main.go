// Command gen writes roo's sample workbooks into a directory:
//
//	go run ./cmd/internal/samples/gen -dir testdata
//
// or, with -large, one generated portfolio workbook for measuring speed and
// memory (goods × BOM lines per good):
//
//	go run ./cmd/internal/samples/gen -large 10000x100 -out /tmp/1m.xlsx
//	go run ./cmd/internal/samples/gen -large 10000x100 -shuffled -out /tmp/1m-shuffled.xlsx
//	go run ./cmd/internal/samples/gen -large 10000x100 -excel -out /tmp/1m-excel.xlsx
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/roo-trade/roo/cmd/internal/samples"
)

func main() {
	dir := flag.String("dir", "testdata", "directory to write the samples to")
	large := flag.String("large", "", "write one generated workbook of `GOODSxLINES` (goods × BOM lines per good) instead of the samples")
	shuffled := flag.Bool("shuffled", false, "with -large: scatter each good's BOM lines across the sheet")
	excel := flag.Bool("excel", false, "with -large: lay the package out as Excel saves it (shared strings, styles) instead of excelize's inline strings")
	seed := flag.Uint64("seed", 1, "with -large: the same seed gives the same workbook")
	out := flag.String("out", "large.xlsx", "with -large: the file to write")
	flag.Parse()
	if *large != "" {
		if err := writeLarge(*large, *shuffled, *excel, *seed, *out); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		return
	}
	for _, s := range samples.All() {
		var buf bytes.Buffer
		if err := samples.Write(&buf, s); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %s: %v\n", s.File, err)
			os.Exit(1)
		}
		path := filepath.Join(*dir, s.File)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		fmt.Println("wrote", path)
	}
	if err := writeHostile(*dir); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

// writeLarge writes a generated portfolio workbook of the given shape.
func writeLarge(shape string, shuffled, excel bool, seed uint64, out string) error {
	var o samples.LargeOptions
	if _, err := fmt.Sscanf(shape, "%dx%d", &o.Goods, &o.LinesPerGood); err != nil || o.Goods < 1 || o.LinesPerGood < 1 {
		return errors.New("-large wants GOODSxLINES, such as 10000x100")
	}
	o.Shuffled, o.Excel, o.Seed = shuffled, excel, seed
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := samples.WriteLarge(w, o); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d goods × %d BOM lines\n", out, o.Goods, o.LinesPerGood)
	return nil
}
