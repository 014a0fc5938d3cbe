package report

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// TestXLSXSingleFile: with one input file the sheets have no File column,
// the good's ID is the one key column printed on every page, and the
// Materials "Ref" column holds numbers, so it sorts 2, 3, …, 14.
func TestXLSXSingleFile(t *testing.T) {
	goods := fixtureGoods()
	var buf bytes.Buffer
	w := NewXLSXWriter(&buf, XLSXOptions{RooVersion: "v0.test", Created: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), SingleFile: true})
	for _, g := range goods {
		if err := w.Good(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(fixtureFiles(), fixtureSummary(goods)); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.GetSheetName(f.GetActiveSheetIndex()) != SheetPortfolio {
		t.Errorf("opens on %s, want Portfolio", f.GetSheetName(f.GetActiveSheetIndex()))
	}
	for _, sheet := range []string{SheetSummary, SheetMaterials, SheetAssumptions, SheetProblems} {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) == 0 {
			t.Fatalf("%s: %v", sheet, err)
		}
		if slices.Contains(rows[0], "File") || rows[0][0] != "Good ID" {
			t.Errorf("%s headers %q: want Good ID first and no File column", sheet, rows[0])
		}
	}
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" && dn.RefersTo != quoteSheet(dn.Scope)+"!$A:$A,"+quoteSheet(dn.Scope)+"!$1:$1" {
			t.Errorf("%s print titles %s, want column A and row 1", dn.Scope, dn.RefersTo)
		}
	}
	ref := columnOf(t, f, SheetMaterials, "Ref")
	raw, err := f.GetCellValue(SheetMaterials, ref+"2", excelize.Options{RawCellValue: true})
	if err != nil || raw != "2" {
		t.Errorf("Materials %s2 holds %q, %v; want the number 2", ref, raw, err)
	}
	if typ, _ := f.GetCellType(SheetMaterials, ref+"2"); typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
		t.Errorf("Materials %s2 is text, want a number", ref)
	}
	shown, _ := f.GetCellValue(SheetMaterials, ref+"2")
	if shown != "BOM row 2" {
		t.Errorf("Materials %s2 shows %q, want BOM row 2", ref, shown)
	}
}

func TestBOMRowNumber(t *testing.T) {
	for ref, want := range map[string]int{"BOM row 2": 2, "BOM row 14": 14, "BOM row 007": -1, "row 3": -1, "BOM row x": -1, "": -1} {
		n, ok := bomRowNumber(ref)
		if (want < 0) == ok || (ok && n != want) {
			t.Errorf("bomRowNumber(%q) = %d, %v", ref, n, ok)
		}
	}
}
