package report

import (
	"bytes"
	"io"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/internal/xlsxzip"
)

// TestSheetStreamContinues checks that a sheet that reaches its row limit
// goes on to "Name (2)" with the header repeated and its own table.
func TestSheetStreamContinues(t *testing.T) {
	var rows [][]xcell
	for i := range 5 {
		rows = append(rows, []xcell{textCell("G", 0), intCell(i, 0)})
	}
	// A header and two rows a sheet.
	g := writeSheetStream(t, layout{headers: []string{"Good ID", "Value"}, widths: []int{10, 10}, numeric: []bool{false, true}}, 3, rows)
	defer g.Close()
	if got, want := g.GetSheetList(), []string{"Data", "Data (2)", "Data (3)"}; !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	var values []string
	for _, sheet := range g.GetSheetList() {
		rows, _ := g.GetRows(sheet)
		if rows[0][0] != "Good ID" {
			t.Errorf("%s starts with %q, want the header", sheet, rows[0])
		}
		for _, r := range rows[1:] {
			values = append(values, r[1])
		}
		tables, _ := g.GetTables(sheet)
		if len(tables) != 1 {
			t.Errorf("%s has %d tables, want 1", sheet, len(tables))
		}
	}
	if want := []string{"0", "1", "2", "3", "4"}; !slices.Equal(values, want) {
		t.Errorf("rows across the sheets = %q, want %q", values, want)
	}
}

// writeSheetStream writes rows to a sheet "Data" through a sheetStream, as
// the report does (maxRows a sheet when not 0), and opens the workbook.
func writeSheetStream(t *testing.T, cols layout, maxRows int, rows [][]xcell) *excelize.File {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	st, err := newXLSXStyles(f)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := xlsxzip.New(&buf)
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	s, err := newSheetStream(f, zw, st, "Data", f.GetSheetName(0), cols, 1)
	if err != nil {
		t.Fatal(err)
	}
	if maxRows > 0 {
		s.maxRows = maxRows
	}
	for _, r := range rows {
		if err := s.add(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.finish(); err != nil {
		t.Fatal(err)
	}
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	g, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return g
}
