// Package xlsxtest compares what xlsxstream reads with what excelize reads,
// for the tests of both packages and of the sample generator.
package xlsxtest

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/internal/xlsxstream"
)

// Row is one row with cells.
type Row struct {
	Num   int
	Cells []string
}

// Result of reading one sheet with one reader.
type Result struct {
	Rows []Row
	Err  error
}

// Outcome is what Compare found.
type Outcome struct {
	// StreamErr is the error that stopped xlsxstream, on opening or on a
	// sheet; the rows it read before it agree with excelize's.
	StreamErr error
	// ExcelizeErr is excelize's error on opening, when it refused a package
	// xlsxstream also refused.
	ExcelizeErr error
}

// Compare reads every sheet of the package with both readers. It returns
// an error describing the first difference: a cell that differs, a row one
// reader has and the other lacks, or a package one opens and the other
// refuses. Where xlsxstream stops with an error, the rows it had read must
// be the first rows excelize read.
func Compare(data []byte) (Outcome, error) {
	var out Outcome
	xf, xerr := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true, UnzipSizeLimit: xlsxstream.DefaultLimits.MaxUnzipped})
	if xerr == nil {
		defer xf.Close()
	}
	b, serr := xlsxstream.OpenReaderAt(bytes.NewReader(data), int64(len(data)), xlsxstream.DefaultLimits)
	if serr != nil {
		out.StreamErr, out.ExcelizeErr = serr, xerr
		return out, nil // refusing is allowed; reading differently is not
	}
	defer b.Close()
	if xerr != nil {
		return out, fmt.Errorf("excelize refuses the package (%v) but xlsxstream opens it", xerr)
	}
	names := xf.GetSheetList()
	if !slices.Equal(names, b.SheetNames()) {
		return out, fmt.Errorf("sheets: excelize %q, xlsxstream %q", names, b.SheetNames())
	}
	for _, name := range names {
		want := excelizeRows(xf, name)
		got := streamRows(b, name)
		if got.Err != nil && out.StreamErr == nil {
			out.StreamErr = fmt.Errorf("sheet %q: %w", name, got.Err)
		}
		if err := diff(name, want, got); err != nil {
			return out, err
		}
	}
	return out, nil
}

func excelizeRows(f *excelize.File, sheet string) Result {
	var res Result
	rows, err := f.Rows(sheet)
	if err != nil {
		return Result{Err: err}
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		n++
		cells, err := rows.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			res.Err = err
			return res
		}
		if len(cells) > 0 {
			res.Rows = append(res.Rows, Row{Num: n, Cells: cells})
		}
	}
	res.Err = rows.Error()
	return res
}

func streamRows(b *xlsxstream.Book, sheet string) Result {
	var res Result
	rows, err := b.Rows(sheet)
	if err != nil {
		return Result{Err: err}
	}
	defer rows.Close()
	for rows.Next() {
		if len(rows.Cells()) != len(rows.Row()) {
			return Result{Err: fmt.Errorf("row %d: %d cells described for %d texts", rows.RowNum(), len(rows.Cells()), len(rows.Row()))}
		}
		res.Rows = append(res.Rows, Row{Num: rows.RowNum(), Cells: slices.Clone(rows.Row())})
	}
	res.Err = rows.Err()
	return res
}

func diff(sheet string, want, got Result) error {
	if want.Err != nil && got.Err == nil {
		return fmt.Errorf("sheet %q: excelize fails (%v) where xlsxstream reads %d rows without error", sheet, want.Err, len(got.Rows))
	}
	for i, g := range got.Rows {
		if i >= len(want.Rows) {
			if want.Err != nil && got.Err != nil && i == len(want.Rows) && i == len(got.Rows)-1 {
				// excelize reports an error in a row's successor (such as
				// an invalid r) from Columns of the row itself, and loses
				// that row; xlsxstream hands it out and stops at the next.
				break
			}
			return fmt.Errorf("sheet %q: xlsxstream has row %d %q, which excelize does not read", sheet, g.Num, g.Cells)
		}
		w := want.Rows[i]
		if w.Num != g.Num || !slices.Equal(w.Cells, g.Cells) {
			return fmt.Errorf("sheet %q: excelize row %d %s\nxlsxstream row %d %s", sheet, w.Num, show(w.Cells), g.Num, show(g.Cells))
		}
	}
	if got.Err == nil && len(want.Rows) > len(got.Rows) {
		w := want.Rows[len(got.Rows)]
		return fmt.Errorf("sheet %q: excelize has row %d %s, which xlsxstream does not read", sheet, w.Num, show(w.Cells))
	}
	return nil
}

func show(cells []string) string {
	q := make([]string, len(cells))
	for i, c := range cells {
		if len(c) > 60 {
			c = c[:60] + fmt.Sprintf("…(%d bytes)", len(c))
		}
		q[i] = fmt.Sprintf("%q", c)
	}
	return "[" + strings.Join(q, " ") + "]"
}

// ReadAll reads every row of every sheet with xlsxstream, sheet after
// sheet.
func ReadAll(data []byte) ([]Row, error) {
	b, err := xlsxstream.OpenReaderAt(bytes.NewReader(data), int64(len(data)), xlsxstream.DefaultLimits)
	if err != nil {
		return nil, err
	}
	defer b.Close()
	var out []Row
	for _, name := range b.SheetNames() {
		res := streamRows(b, name)
		if res.Err != nil {
			return nil, res.Err
		}
		out = append(out, res.Rows...)
	}
	return out, nil
}
