package certificate

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
)

func openXLSX(t *testing.T, c Certification) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteXLSX(&buf, c, pdfOpts); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("excelize cannot reopen the certification: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestXLSXHasEveryElement reopens the workbook and finds every element in
// its cells, in the order of the Annex.
func TestXLSXHasEveryElement(t *testing.T) {
	c := fixtureDocument(t).Certification
	f := openXLSX(t, c)
	if got := f.GetSheetList(); len(got) != 1 || got[0] != SheetName {
		t.Fatalf("sheets = %q", got)
	}
	rows, err := f.GetRows(SheetName)
	if err != nil {
		t.Fatal(err)
	}
	var cells []string
	for _, r := range rows {
		for _, v := range r {
			if v != "" {
				cells = append(cells, v)
			}
		}
	}
	all := strings.Join(cells, "\n")
	// The blanket period and the signature date are date cells, shown as
	// YYYY-MM-DD; the words around them differ from the PDF's.
	for _, want := range elementTexts(c) {
		switch want {
		case blanketLine(c), "Signature:", "Name: " + c.Signature.Name, "Title: " + c.Signature.Title, "Date: " + c.Signature.Date:
			continue
		}
		if !strings.Contains(all, want) {
			t.Errorf("no cell holds %q", want)
		}
	}
	for _, want := range []string{"From\n2026-01-01\nTo\n2026-12-31", "Signature\nName\n" + c.Signature.Name + "\nTitle\n" + c.Signature.Title + "\nDate\n2026-11-27"} {
		if !strings.Contains(all, want) {
			t.Errorf("the cells lack %q in order:\n%s", want, all)
		}
	}
	if strings.Contains(all, "BRK-CAL-200") {
		t.Error("a refused good is on the certification")
	}
	order := []string{titleRole, titleCertifier, titleExporter, titleProducer, titleImporter, titleGoods, titleBlanket, titleSignature}
	last := -1
	for _, o := range order {
		i := strings.Index(all, o)
		if i < last {
			t.Errorf("%q is out of the Annex's order", o)
		}
		last = i
	}
}

// TestXLSXValues: dates are date cells, and text that looks like a formula
// stays text.
func TestXLSXValues(t *testing.T) {
	d := validDetails()
	d.Certifier.Title = "=HYPERLINK(\"http://evil.example\",\"click\")"
	b := NewBuilder(mustValidate(t, d))
	b.Add("f.xlsx", []origin.Result{qualifying("+SUM(A1:A9)", "@cmd|' /C calc'!A0", "8708.30.50", "2026-01-01", "B", "GN 11(o) ch. 87 rule 28(C)", hs.Subheading)})
	doc, err := b.Document("v")
	if err != nil {
		t.Fatal(err)
	}
	f := openXLSX(t, doc.Certification)
	rows, _ := f.GetRows(SheetName)
	for r, row := range rows {
		for c := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if formula, _ := f.GetCellFormula(SheetName, cell); formula != "" {
				t.Errorf("%s holds the formula %q", cell, formula)
			}
		}
	}
	found := 0
	for r, row := range rows {
		if len(row) > 1 && (row[0] == "From" || row[0] == "To" || row[0] == "Date") {
			cell, _ := excelize.CoordinatesToCellName(2, r+1)
			typ, _ := f.GetCellType(SheetName, cell)
			raw, _ := f.GetCellValue(SheetName, cell, excelize.Options{RawCellValue: true})
			if typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString || strings.Contains(raw, "-") {
				t.Errorf("%s %s is text %q, not a date cell", row[0], cell, raw)
			}
			found++
		}
	}
	if found != 3 {
		t.Errorf("%d date cells, want 3 (from, to, signature date)", found)
	}
}
