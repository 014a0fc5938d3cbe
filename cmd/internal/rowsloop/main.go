// Command rowsloop is the yardstick of roo's reading speed: it streams
// every row of every sheet of the given workbooks and does nothing else,
// with excelize's own streaming read (f.Rows, raw values) or, with
// -reader xlsxstream, with roo's reader:
//
//	go run ./cmd/internal/rowsloop /tmp/1m.xlsx
//	farm-bench --vs 'rowsloop /tmp/1m.xlsx' -- roo qualify /tmp/1m.xlsx --format json
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/internal/xlsxstream"
)

func main() {
	reader := flag.String("reader", "excelize", "excelize or xlsxstream")
	flag.Parse()
	for _, path := range flag.Args() {
		var n int
		var err error
		switch *reader {
		case "excelize":
			n, err = excelizeRows(path)
		case "xlsxstream":
			n, err = streamRows(path)
		default:
			err = fmt.Errorf("unknown reader %q", *reader)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "rowsloop: %s: %v\n", path, err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d rows\n", path, n)
	}
}

func excelizeRows(path string) (int, error) {
	f, err := excelize.OpenFile(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	for _, sheet := range f.GetSheetList() {
		rows, err := f.Rows(sheet)
		if err != nil {
			return n, err
		}
		for rows.Next() {
			if _, err := rows.Columns(excelize.Options{RawCellValue: true}); err != nil {
				return n, err
			}
			n++
		}
		if err := rows.Close(); err != nil {
			return n, err
		}
	}
	return n, nil
}

func streamRows(path string) (int, error) {
	b, err := xlsxstream.Open(path, xlsxstream.DefaultLimits)
	if err != nil {
		return 0, err
	}
	defer b.Close()
	n := 0
	for _, sheet := range b.SheetNames() {
		rows, err := b.Rows(sheet)
		if err != nil {
			return n, err
		}
		for rows.Next() {
			n++
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return n, err
		}
	}
	return n, nil
}
