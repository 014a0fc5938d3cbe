package report

import (
	"archive/zip"
	"bytes"
	"io"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// excelizeRow is the XML excelize's StreamWriter writes for one row.
func excelizeRow(t testing.TB, r int, cells []any) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	cell, _ := excelize.CoordinatesToCellName(1, r)
	if err := sw.SetRow(cell, cells); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	for _, zf := range zr.File {
		if zf.Name != "xl/worksheets/sheet1.xml" {
			continue
		}
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		s := string(b)
		start, end := strings.Index(s, "<sheetData>"), strings.LastIndex(s, "</sheetData>")
		return s[start+len("<sheetData>") : end]
	}
	t.Fatal("no sheet1.xml")
	return ""
}

// excelizeCells are the cells as excelize's StreamWriter takes them.
func excelizeCells(cells []xcell) []any {
	out := make([]any, len(cells))
	for i, c := range cells {
		switch c.kind {
		case xText:
			out[i] = excelize.Cell{StyleID: c.style, Value: c.text}
		case xInt:
			out[i] = excelize.Cell{StyleID: c.style, Value: c.n}
		case xFloat:
			out[i] = excelize.Cell{StyleID: c.style, Value: c.f}
		}
	}
	return out
}

// TestRowXMLMatchesExcelize: every kind of cell the report writes comes out
// as the bytes excelize's StreamWriter writes for it.
func TestRowXMLMatchesExcelize(t *testing.T) {
	texts := []string{
		"", "plain text 123", " leading", "trailing ", "\ttab", "line\nbreak", "ends with newline\n", "cr\rhere",
		`<b>&amp; "quoted" 'single'`, "=HYPERLINK(\"http://x\")", "bell\x07char", "bad utf-8 \xff\xfe", "replacement \uFFFD",
		"emoji 🚗 and ü", "_x0041_", "_x005F_", "_x005F_x0041_", "__x0041__", "_x00G1_", "a_x00e9_b_X0041_", "_x005F_x005F_",
		"snake_case_name", "BOM row 14",
	}
	var cases [][]xcell
	for i, s := range texts {
		cases = append(cases, []xcell{textCell(s, 0), textCell(s, i+1), {}, textCell(s, 0)})
	}
	nums := []float64{0, 1, -1, 0.1, 0.125, 62.427746, 1e21, 1e-7, -0.000001, 123456789.123456789, 12345678901234567890, 1234567.8901234567, math.MaxFloat64, math.SmallestNonzeroFloat64, 0.30000000000000004}
	for i, v := range nums {
		cases = append(cases, []xcell{floatCell(v, 7), floatCell(v, 0), intCell(i, 0), intCell(-i*1000003, 3), {}, {}})
	}
	cases = append(cases, []xcell{}, []xcell{{}}, []xcell{{}, {}, textCell("far", 0)})
	wide := make([]xcell, 30)
	wide[29] = textCell("AD", 0)
	cases = append(cases, wide)
	var w rowXML
	for _, r := range []int{2, 99, 1048576} {
		for _, cells := range cases {
			got, err := w.appendRow(r, cells)
			if err != nil {
				t.Fatalf("%+v: %v", cells, err)
			}
			if want := excelizeRow(t, r, excelizeCells(cells)); string(got) != want {
				t.Errorf("row %d %+v:\n got %s\nwant %s", r, cells, got, want)
			}
		}
	}
}

// TestRowXMLEscapesWhatExcelizeLoses: the two texts excelize's writer
// gets wrong come back whole from a sheet written by the row encoder:
// "_xD800_" (a surrogate's escape, which excelize drops) and overlapping
// escapes such as "_x1000_x0000_" (excelize escapes only the first, so a
// reader finds a NUL character in the second).
func TestRowXMLEscapesWhatExcelizeLoses(t *testing.T) {
	texts := []string{"part _xD800_ note", "_x1000_x0000_0000", "_x0041_x0042_x0043_", "plain", "_x005F_x0041_"}
	var w rowXML
	got, err := w.appendRow(2, []xcell{textCell(texts[0], 0)})
	if err != nil {
		t.Fatal(err)
	}
	if want := `<row r="2"><c r="A2" t="inlineStr"><is><t>part _x005F_xD800_ note</t></is></c></row>`; string(got) != want {
		t.Errorf("got %s, want %s", got, want)
	}

	var cells [][]xcell
	for _, text := range texts {
		cells = append(cells, []xcell{textCell(text, 0)})
	}
	g := writeSheetStream(t, layout{headers: []string{"Text"}, widths: []int{10}, numeric: []bool{false}}, 0, cells)
	defer g.Close()
	rows, err := g.GetRows("Data")
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		if rows[i+1][0] != text {
			t.Errorf("read back %q, wrote %q", rows[i+1][0], text)
		}
	}
}

// TestRowXMLRefusesNonFiniteNumbers: a number that is not finite is an
// error, never a cell written some other way (excelize writes the text
// "NaN"). A formula or a value of another type cannot be a cell at all.
func TestRowXMLRefusesNonFiniteNumbers(t *testing.T) {
	var w rowXML
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, err := w.appendRow(2, []xcell{floatCell(v, 0)}); err == nil {
			t.Errorf("%v: no error", v)
		}
	}
}

var surrogateEscape = regexp.MustCompile(`_x[dD][89a-fA-F][0-9a-fA-F]{2}_`)

// overlappingEscapes says whether s holds an "_xHHHH_" whose last
// underscore begins another, which excelize escapes differently unless
// the first is "_x005F_" (TestRowXMLEscapesWhatExcelizeLoses).
func overlappingEscapes(s string) bool {
	for i := 0; i+6 < len(s); i++ {
		if isHexEscape([]byte(s[i:])) && isHexEscape([]byte(s[i+6:])) && s[i:i+7] != "_x005F_" {
			return true
		}
	}
	return false
}

// FuzzRowXML compares the row encoder with excelize's on any text and
// numbers.
func FuzzRowXML(f *testing.F) {
	f.Add("_x005F_x0041_ <&>", 62.427746, 14, 3)
	f.Add(" \n", 1e21, -1, 0)
	f.Add("\xff\x00ü", -0.1, 0, 120)
	f.Fuzz(func(t *testing.T, s string, v float64, n, style int) {
		if surrogateEscape.MatchString(s) || overlappingEscapes(s) || math.IsNaN(v) || math.IsInf(v, 0) || len(s) > excelize.TotalCellChars {
			t.Skip()
		}
		style = max(0, style%200)
		cells := []xcell{textCell(s, style), floatCell(v, style), {}, intCell(n, 0), textCell(s, 0)}
		var w rowXML
		got, err := w.appendRow(5, cells)
		if err != nil {
			t.Fatal(err)
		}
		if want := excelizeRow(t, 5, excelizeCells(cells)); string(got) != want {
			t.Errorf("got  %s\nwant %s", got, want)
		}
	})
}

// TestRowXMLCutsLongText: any text cell, a verdict or a reference as much
// as a description, longer than Excel's 32,767 characters is cut with a
// note instead of being written whole (Excel would repair the file) or cut
// without a word.
func TestRowXMLCutsLongText(t *testing.T) {
	var w rowXML
	got, err := w.appendRow(2, []xcell{textCell(strings.Repeat("a", 40000), 0)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(got), "[cut at Excel&#39;s limit of 32,767 characters") || strings.Count(string(got), "a") > excelize.TotalCellChars {
		t.Errorf("a 40,000-character text was not cut with its note (%d bytes)", len(got))
	}
}
