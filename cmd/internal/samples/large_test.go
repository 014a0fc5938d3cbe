package samples

import (
	"bytes"
	"testing"

	"github.com/roo-trade/roo/internal/xlsxstream/xlsxtest"
)

// The generated workbooks, in both layouts, read the same with the
// streaming reader as with excelize, and the Excel-like one holds the
// same cells as the excelize-written one.
func TestLargeWorkbooksReadAlike(t *testing.T) {
	var rows [2][]xlsxtest.Row
	for i, excel := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteLarge(&buf, LargeOptions{Goods: 30, LinesPerGood: 12, Seed: 3, Excel: excel}); err != nil {
			t.Fatal(err)
		}
		out, err := xlsxtest.Compare(buf.Bytes())
		if err != nil {
			t.Fatalf("excel=%v: %v", excel, err)
		}
		if out.StreamErr != nil {
			t.Fatalf("excel=%v: %v", excel, out.StreamErr)
		}
		rows[i], err = xlsxtest.ReadAll(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(rows[0]) != 30+12*30+2 || len(rows[0]) != len(rows[1]) {
		t.Fatalf("%d and %d rows", len(rows[0]), len(rows[1]))
	}
	for i := range rows[0] {
		a, b := rows[0][i], rows[1][i]
		if a.Num != b.Num || len(a.Cells) != len(b.Cells) {
			t.Fatalf("row %d: %q vs %q", i, a.Cells, b.Cells)
		}
		for j := range a.Cells {
			if a.Cells[j] != b.Cells[j] {
				t.Fatalf("row %d: %q vs %q", i, a.Cells, b.Cells)
			}
		}
	}
}
