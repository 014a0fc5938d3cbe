package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/internal/xlsxstream"
)

// problemsOf returns every problem of a workbook, file-level first, as
// strings without the temporary directory.
func problemsOf(wb *Workbook, dir string) []string {
	var out []string
	add := func(p Problem) {
		s := strings.ReplaceAll(p.Error(), dir+string(filepath.Separator), "")
		if p.Hint != "" {
			s += " | hint: " + p.Hint
		}
		out = append(out, string(p.Severity)+": "+s)
	}
	for _, p := range wb.Problems {
		add(p)
	}
	for _, g := range wb.Goods {
		for _, p := range g.Problems {
			add(p)
		}
	}
	return out
}

func TestReaderCellProblems(t *testing.T) {
	goods := sheet{"Goods", [][]any{goodsHeader, {"G1", "Widget", "8479.89", "US", 100, nil, nil, nil}, {"G2", "Gadget", "8479.89", "CA", 50}}}
	tests := []struct {
		name string
		bom  [][]any
		want []string
	}{
		{
			name: "text in a numeric column",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", "8483.10", "originating", "US", 1, "12,50"}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column I (Unit cost): "12,50" is not a number; expected a number such as 1234.56 | hint: remove thousands separators and use "." as the decimal separator (1234.56, not 1,234.56 or 1234,56)`},
		},
		{
			name: "currency symbol in a number",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", "8483.10", "originating", "US", 1, "$12.50"}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column I (Unit cost): "$12.50" is not a number; expected a number such as 1234.56 | hint: remove the currency symbol or code; give the currency in the Currency column`},
		},
		{
			name: "formula without a cached value",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", "8483.10", "originating", "US", 2, 3, formula("H2*I2")}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column J (Value): the cell holds a formula with no saved result; expected a value | hint: open the workbook in Excel or LibreOffice, let it calculate, and save it; tools that write workbooks without calculating leave formulas empty`},
		},
		{
			name: "excel error value",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", "8483.10", "originating", "US", 1, nil, "#N/A"}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column J (Value): the cell holds the Excel error #N/A | hint: fix the formula or type the value in the workbook`},
		},
		{
			name: "HTS code stored as a number lost its zero",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", 8483.1, "non-originating", "CN", 1, 1}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column E (HTS code): "8483.1" is not a valid HS/HTS code: it has 5 digits, want 6 to 10 digits; expected 6 to 10 digits, dots optional (8708.30.50) | hint: the code looks like it was stored as a number, which drops leading and trailing zeros (0101.21 → 101.21, 8708.30 → 8708.3): format the column as Text and type the code again`},
		},
		{
			name: "origin status that is a country",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", "8483.10", "Mexico", "MX", 1, 1}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column F (Origin status): "Mexico" is not an origin status; expected originating, non-originating or unknown (Spanish: originario, no originario, desconocido; French: originaire, non originaire, inconnu) | hint: write the word in full: roo does not guess what y, yes, o or true mean; country of origin is not origin status`},
		},
		{
			name: "non-originating material without HTS code",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", nil, "non-originating", "CN", 1, 1}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column E (HTS code): a non-originating material has no HTS code; expected the material's classification, 6 to 10 digits | hint: the tariff-shift test needs the code of every non-originating material`},
		},
		{
			name: "no value",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", "8483.10", "originating", "US", 1}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2: the line has no value | hint: give Value, or Quantity and Unit cost`},
		},
		{
			name: "negative value",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", "8483.10", "originating", "US", 1, nil, -4}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column J (Value): Value cannot be negative, got -4; expected zero or a positive number`},
		},
		{
			name: "parent cycle",
			bom: [][]any{bomHeader,
				{"G1", "B", "A", "Sub A", "8483.10", "originating", "US", 1, 1, nil, "self-produced"},
				{"G1", "A", "B", "Sub B", "8483.10", "originating", "US", 1, 1, nil, "self-produced"}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2: parent links form a cycle: A → B → A; a part cannot go into itself | hint: Parent must be the part number of a sub-assembly line of the same good`},
		},
		{
			name: "a line for a good that does not exist makes every good an error; no good is lost",
			bom:  [][]any{bomHeader, {"G9", nil, "A", "Axle", "8483.10", "originating", "US", 1, 1}, {"G2", nil, "B", "Bolt", "7318.15", "originating", "US", 1, 1}},
			want: []string{
				`error: bom.xlsx, sheet "BOM", row 2, column A (Good ID): the BOM line on row 2 names good "G9", which is not on the Goods sheet and is near none of its goods; roo cannot tell which good the line belongs to, so no good of the file is evaluated | hint: correct the Good ID on row 2 to the good the line belongs to, or add good "G9" to the Goods sheet`,
				`error: bom.xlsx, sheet "BOM", row 2, column A (Good ID): a line of sheet "BOM" (row 2) belongs to no good; it may be this good's, so it is not evaluated | hint: correct the Good ID on row 2 to the good the line belongs to, or add good "G9" to the Goods sheet`,
				`error: bom.xlsx, sheet "BOM", row 2, column A (Good ID): a line of sheet "BOM" (row 2) belongs to no good; it may be this good's, so it is not evaluated | hint: correct the Good ID on row 2 to the good the line belongs to, or add good "G9" to the Goods sheet`,
			},
		},
		{
			name: "an HS 2017 code is a warning naming its HS 2022 successors",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Desk part", "9403.90.80", "non-originating", "CN", 1, 1}},
			want: []string{`warning: bom.xlsx, sheet "BOM", row 2, column E (HTS code): 9403.90.80: 9403.90 is an HS 2017 and HS 2012 subheading, not HS 2022; in HS 2022 it became 9403.91 or 9403.99 | hint: classify it in HS 2022 (the 2025 HTS): rules and tariff shifts are tested on the code as given`},
		},
		{
			name: "a code no edition knows",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Mystery", "8799.10", "non-originating", "CN", 1, 1}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column E (HTS code): 8799.10 is not a subheading of HS 2022, HS 2017 or HS 2012 (HS 2022 has no heading 8799); expected a subheading of the HS 2022 nomenclature | hint: check the code for a typo; roo validates its first six digits`},
		},
		{
			name: "date as text in another order",
			bom:  [][]any{bomHeader, {"G1", nil, "A", "Axle", "8483.10", "originating", "US", 1, 1, nil, nil, "31/12/2026"}},
			want: []string{`error: bom.xlsx, sheet "BOM", row 2, column L (Certified until): "31/12/2026" is not a date; expected a date as YYYY-MM-DD (2026-07-01) or an Excel date cell | hint: day/month order differs between countries, so roo only reads ISO dates from text`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeXLSX(t, "bom.xlsx", goods, sheet{"BOM", tt.bom})
			wb := readOne(t, path, Options{})
			got := problemsOf(wb, filepath.Dir(path))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if len(wb.Goods) != 2 {
				t.Errorf("a bad line must not lose goods: got %d goods", len(wb.Goods))
			}
		})
	}
}

func TestReaderGoodProblems(t *testing.T) {
	tests := []struct {
		name  string
		goods [][]any
		want  []string
		fails []bool // per good
	}{
		{
			name:  "duplicate good IDs",
			goods: [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}, {"G2", "B", "8479.89", "US", 10}, {"G1", "C", "8479.90", "US", 11}},
			want:  []string{`error: bom.xlsx, sheet "Goods", row 4: good "G1" is defined twice on the Goods sheet, on rows 2 and 4 | hint: give each good its own ID; roo cannot tell which row's values are right or which good the BOM lines belong to`},
			fails: []bool{true, false},
		},
		{
			name:  "producer outside USMCA",
			goods: [][]any{goodsHeader, {"G1", "A", "8479.89", "CN", 10}},
			want:  []string{`error: bom.xlsx, sheet "Goods", row 2, column D (Producer country): CN is not a USMCA country; expected US, CA or MX | hint: only goods produced in, or imported into, the United States, Canada or Mexico can be USMCA originating`},
			fails: []bool{true},
		},
		{
			name:  "zero transaction value",
			goods: [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 0}},
			want:  []string{`error: bom.xlsx, sheet "Goods", row 2, column E (Transaction value): Transaction value must be greater than zero, got 0; expected a positive number`},
			fails: []bool{true},
		},
		{
			name:  "fact that is not yes or no",
			goods: [][]any{goodsHeader, {"G1", "A", "6109.10", "US", 10, nil, nil, "maybe"}},
			want:  []string{`error: bom.xlsx, sheet "Goods", row 2, column H (Fact: cut and sewn): "maybe" is not yes or no; expected yes or no (sí or no, oui or non) | hint: write yes or no in full: roo does not guess what y, x, 1 or true mean`},
			fails: []bool{true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeXLSX(t, "bom.xlsx", sheet{"Goods", tt.goods}, sheet{"BOM", [][]any{bomHeader}})
			wb := readOne(t, path, Options{})
			got := problemsOf(wb, filepath.Dir(path))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for i, want := range tt.fails {
				if i >= len(wb.Goods) || wb.Goods[i].Failed() != want {
					t.Errorf("good %d failed = %v, want %v", i, i < len(wb.Goods) && wb.Goods[i].Failed(), want)
				}
			}
		})
	}
}

func TestReaderFileErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	valid := writeXLSX(t, "valid.xlsx", sheet{"Goods", [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}}})
	validBytes, _ := os.ReadFile(valid)
	ole := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	encrypted := append(append([]byte{}, ole...), []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")...)

	tests := []struct {
		name string
		path string
		want string
		hint string
	}{
		{"missing file", filepath.Join(dir, "nope.xlsx"), "nope.xlsx: no such file", "check the path; use - to read standard input"},
		{"legacy xls", write("old.xls", ole), "old.xls: is a legacy Excel 97–2003 workbook (.xls), which roo does not read", "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)"},
		{"encrypted", write("secret.xlsx", encrypted), "secret.xlsx: is encrypted with a password", "open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again"},
		{"xlsx named csv", write("book.csv", validBytes), "book.csv: is an Excel workbook (xlsx) but is named .csv", "rename it to .xlsx"},
		{"csv named xlsx", write("data.xlsx", []byte("Good ID,HTS\nA,1\n")), "data.xlsx: is named .xlsx but is not an Excel workbook (it is not a zip package; it looks like text)", "if it is a CSV export, rename it to .csv; if Excel made it, the file is damaged"},
		{"truncated zip", write("cut.xlsx", validBytes[:len(validBytes)/2]), "cut.xlsx: is not a valid xlsx workbook: the zip package is damaged or truncated", "if it was downloaded or copied, fetch it again; otherwise open it in Excel and save it again"},
		{"empty", write("empty.csv", nil), "empty.csv: is empty", ""},
		{"missing required column", writeXLSX(t, "nohts.xlsx", sheet{"Goods", [][]any{{"Good ID", "Description", "Producer country"}, {"G", "x", "US"}}}),
			`nohts.xlsx, sheet "Goods", row 1: the sheet lacks the required column "HTS code"`, "add the column, or map your own header to it: --map 'HTS code=Your header'"},
		{"no header", write("junk.csv", []byte("a,b,c\n1,2,3\n")), "junk.csv: the file has no header row roo recognises in its first 20 rows",
			"the flat (one sheet) layout needs headers such as Good ID, Good HTS code, Producer country, Part number, HTS code, Origin status, Value; run 'roo template' for the canonical workbook, or map your headers with --map 'HTS code=Your header'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.path, nil, Options{})
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("err = %v (%T), want a FileError", err, err)
			}
			got := strings.ReplaceAll(fe.Error(), filepath.Dir(tt.path)+string(filepath.Separator), "")
			if got != tt.want {
				t.Errorf("error = %q\nwant    %q", got, tt.want)
			}
			if fe.Hint() != tt.hint {
				t.Errorf("hint = %q\nwant   %q", fe.Hint(), tt.hint)
			}
		})
	}
}

func TestReaderStdin(t *testing.T) {
	csv := "Good ID,Good HTS code,Producer country,Transaction value,Part number,HTS code,Origin status,Value\nG,9403.60,US,100,LEG,4421.99,non-originating,30\n"
	wb, err := Read("-", strings.NewReader(csv), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if wb.Name != "<stdin>" || len(wb.Goods) != 1 || wb.Goods[0].Good.Materials[0].Value.String() != "30" {
		t.Errorf("stdin read: %+v", wb)
	}
	// An xlsx on stdin is recognised by its content.
	path := writeXLSX(t, "x.xlsx", sheet{"Goods", [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}}})
	data, _ := os.ReadFile(path)
	wb, err = Read("-", bytes.NewReader(data), Options{})
	if err != nil || len(wb.Goods) != 1 {
		t.Errorf("xlsx on stdin: %v %v", wb, err)
	}
}

// The first pass down the Good ID column finds every ID with its first row
// and count, the lines with data but no ID (not an empty row, nor one of
// blanks), the merged ranges over the column, and whether each good's
// lines are together; a sheet it cannot read to the end is an error at the
// row reached.
func TestFollowKeys(t *testing.T) {
	path := writeXLSX(t, "keys.xlsx", sheet{"BOM", [][]any{
		{"Part", "Good ID", "Value"},
		{"a", "G1", 1},
		{"b", " G1 ", 2},
		{"c", nil, 3},
		{"d", "G2", 4},
		{" ", "  ", nil},
		{"e", "G1", 5},
		{"f", 7, 6},
	}})
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.MergeCell("BOM", "B5", "B6"); err != nil {
		t.Fatal(err)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	bk, err := xlsxstream.Open(path, xlsxstream.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	defer bk.Close()
	sv := &sheetSurvey{}
	if _, err := sv.followKeys(bk, "BOM", 2, 1); err != nil {
		t.Fatal(err)
	}
	if got, want := fmt.Sprint(sv.keys.keys), "[{G1 2 3} {G2 5 1} {7 8 1}]"; got != want {
		t.Errorf("keys %s, want %s", got, want)
	}
	if got, want := fmt.Sprint(sv.keys.blanks), "[{4 G1 3}]"; got != want {
		t.Errorf("lines without an ID %s, want %s", got, want)
	}
	if got, want := fmt.Sprint(sv.keys.merges), "[{B5:B6 5 6}]"; got != want {
		t.Errorf("merged ranges %s, want %s", got, want)
	}
	if !sv.runs.broken || sv.runs.brokenKey != "G1" || sv.runs.brokenRow != 7 {
		t.Errorf("runs %+v, want G1 resuming at row 7", sv.runs)
	}

	// The same sheet cut inside row 4.
	cut := filepath.Join(t.TempDir(), "cut.xlsx")
	rewritePart(t, path, cut, "xl/worksheets/sheet1.xml", func(data []byte) []byte {
		return data[:bytes.Index(data, []byte(`<row r="4"`))+30]
	})
	bk2, err := xlsxstream.Open(cut, xlsxstream.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	defer bk2.Close()
	row, err := (&sheetSurvey{}).followKeys(bk2, "BOM", 2, 1)
	if err == nil || row != 4 || !strings.Contains(err.Error(), "truncated") {
		t.Errorf("cut sheet: row %d, error %v; want row 4 and a truncated sheet", row, err)
	}
}

// rewritePart copies the package at src to dst with one part changed.
func rewritePart(t *testing.T, src, dst, part string, change func([]byte) []byte) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == part {
			data = change(data)
		}
		w, _ := zw.Create(f.Name)
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A BOM sheet whose XML stops mid-row (its zip entry intact) is an error
// naming the sheet and the row where reading stopped: excelize stopped
// silently there, roo's reader does not.
func TestTruncatedSheetIsAnError(t *testing.T) {
	goods := sheet{"Goods", [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}}}
	src := writeXLSX(t, "whole.xlsx", goods, sheet{"BOM", [][]any{bomHeader,
		{"G1", nil, "a", "x", "8483.10", "originating", "US", 1, 1},
		{"G1", nil, "b", "x", "8483.10", "originating", "US", 1, 2}}})
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range zr.File {
		rc, _ := f.Open()
		data, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "xl/worksheets/sheet2.xml" {
			i := bytes.Index(data, []byte(`<row r="3"`))
			data = data[:i+40]
		}
		w, _ := zw.Create(f.Name)
		w.Write(data)
	}
	zw.Close()
	path := filepath.Join(t.TempDir(), "cut-sheet.xlsx")
	os.WriteFile(path, buf.Bytes(), 0o644)
	_, err = Read(path, nil, Options{})
	var fe *FileError
	if !errors.As(err, &fe) {
		t.Fatalf("err = %v, want a file error", err)
	}
	got := strings.ReplaceAll(fe.Error(), filepath.Dir(path)+string(filepath.Separator), "")
	if want := `cut-sheet.xlsx, sheet "BOM", row 3: the sheet could not be read to the end: `; !strings.HasPrefix(got, want) || !strings.Contains(got, "truncated") {
		t.Errorf("error %q\nwant one starting %q and saying the sheet is truncated", got, want)
	}
}

// A BOM sheet whose compressed bytes are damaged, its zip directory intact,
// is an error naming the sheet: whichever way the damage shows (corrupt
// DEFLATE data, a checksum that fails, XML that no longer parses), no line
// after it is silently lost.
func TestDamagedCompressedSheetIsAnError(t *testing.T) {
	rows := [][]any{bomHeader}
	for i := range 400 {
		rows = append(rows, []any{"G1", nil, fmt.Sprintf("part %d", i), "x", "8483.10", "originating", "US", 1, i + 1})
	}
	goods := sheet{"Goods", [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}}}
	src := writeXLSX(t, "whole.xlsx", goods, sheet{"BOM", rows})
	whole, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	corrupt := 0 // damage seen as corrupt DEFLATE data
	for _, at := range []int64{2, 3, 4, 6, 8} {
		data := bytes.Clone(whole)
		damage(t, data, at)
		path := filepath.Join(t.TempDir(), "damaged.xlsx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, err = Read(path, nil, Options{})
		var fe *FileError
		if !errors.As(err, &fe) {
			t.Fatalf("damage at 1/%d: err = %v, want a file error", at, err)
		}
		got := fe.Error()
		if !strings.Contains(got, `sheet "BOM"`) || !(strings.Contains(got, "is damaged") || strings.Contains(got, "could not be read to the end")) || fe.Hint() == "" {
			t.Errorf("damage at 1/%d: error %q (hint %q): want the BOM sheet named as damaged, with a hint", at, got, fe.Hint())
		}
		if strings.Contains(got, `is damaged: sheet "BOM" cannot be read: flate: corrupt input`) {
			corrupt++
		}
	}
	if corrupt == 0 {
		t.Error("no damage was reported as corrupt compressed data")
	}
}

// damage flips 16 bytes of the BOM sheet's compressed data, at 1/at of it.
func damage(t *testing.T, data []byte, at int64) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		if f.Name != "xl/worksheets/sheet2.xml" {
			continue
		}
		off, err := f.DataOffset()
		if err != nil {
			t.Fatal(err)
		}
		start := off + int64(f.CompressedSize64)/at
		for i := start; i < start+16; i++ {
			data[i] ^= 0xA5
		}
	}
}

// A TRUE or FALSE cell reads as 1 or 0, and a formula without a saved
// result as empty: roo notes such cells as it reads them, and a sheet with
// more of them than it keeps track of (maxFormulaCells) never has one read
// as a plain value. Streamed, the notes are the current row's only, so the
// 10,001st TRUE is still caught; regrouped, the rows are handled after the
// sheet is read, and running out of room is an error naming the cell.
func TestBooleansPastTheNoteLimit(t *testing.T) {
	goods := sheet{"Goods", [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}, {"G2", "B", "8479.89", "US", 10}}}
	line := func(good string, value any) []any {
		return []any{good, nil, "p", "x", "8483.10", "originating", "US", nil, nil, value}
	}
	many := func() [][]any {
		var rows [][]any
		for range maxFormulaCells {
			rows = append(rows, line("G1", true))
		}
		return rows
	}
	t.Run("streamed", func(t *testing.T) {
		rows := append(append([][]any{bomHeader}, many()...), line("G2", true))
		wb, err := Read(writeXLSX(t, "many.xlsx", goods, sheet{"BOM", rows}), nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var g2 []string
		for _, g := range wb.Goods {
			if g.Good.ID == "G2" {
				for _, p := range g.Problems {
					g2 = append(g2, p.Message)
				}
			}
		}
		if want := "the cell holds TRUE or FALSE"; len(g2) != 1 || !strings.HasPrefix(g2[0], want) {
			t.Errorf("G2's problems %q, want one starting %q", g2, want)
		}
	})
	t.Run("regrouped", func(t *testing.T) {
		rows := append(append([][]any{bomHeader, line("G2", 5)}, many()...), line("G2", true))
		_, err := Read(writeXLSX(t, "many-scattered.xlsx", goods, sheet{"BOM", rows}), nil, Options{})
		var fe *FileError
		if !errors.As(err, &fe) {
			t.Fatalf("err = %v, want a file error", err)
		}
		want := fmt.Sprintf(`sheet "BOM", row %d: the sheet holds more formulas without a saved result and TRUE/FALSE cells than roo keeps track of (%d); cell J%d is the first it cannot check`, maxFormulaCells+3, maxFormulaCells, maxFormulaCells+3)
		if !strings.Contains(fe.Error(), want) || fe.Hint() == "" {
			t.Errorf("error %q\nwant it to contain %q, with a hint", fe.Error(), want)
		}
	})
}
