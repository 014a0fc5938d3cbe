package xlsxstream_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/roo-trade/roo/internal/xlsxstream"
	"github.com/roo-trade/roo/internal/xlsxstream/xlsxtest"
)

// read returns the rows of the package's only sheet as "num:[cells]" and
// the cell descriptions, or the error that stopped the reader.
func read(t *testing.T, data []byte) (string, [][]xlsxstream.Cell, error) {
	t.Helper()
	b, err := xlsxstream.OpenReaderAt(bytes.NewReader(data), int64(len(data)), xlsxstream.DefaultLimits)
	if err != nil {
		return "", nil, err
	}
	rows, err := b.Rows(b.SheetNames()[0])
	if err != nil {
		return "", nil, err
	}
	defer rows.Close()
	var out []string
	var cells [][]xlsxstream.Cell
	for rows.Next() {
		out = append(out, fmt.Sprintf("%d:%q", rows.RowNum(), rows.Row()))
		cells = append(cells, append([]xlsxstream.Cell(nil), rows.Cells()...))
	}
	return strings.Join(out, " "), cells, rows.Err()
}

const dateStyles = `<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd;@"/></numFmts>` +
	`<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="4"/><xf numFmtId="11"/></cellXfs>`

// Each kind of cell Excel and other tools write reads as excelize reads it
// with raw values, and is described by its type.
func TestCellKinds(t *testing.T) {
	tests := []struct {
		name  string
		p     pkgParts
		want  string
		types []xlsxstream.Type // of the first row
	}{
		{name: "shared strings", p: pkgParts{sst: []string{`<si><t>Axle</t></si>`, `<si><t xml:space="preserve"> padded </t></si>`},
			sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`},
			want: `1:["Axle" " padded "]`, types: []xlsxstream.Type{xlsxstream.TypeSharedString, xlsxstream.TypeSharedString}},
		{name: "rich text runs", p: pkgParts{sst: []string{`<si><r><rPr><b/></rPr><t>Brake</t></r><r><t xml:space="preserve"> pad</t></r><rPh sb="0" eb="1"><t>ブ</t></rPh><phoneticPr fontId="1"/></si>`},
			sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`},
			want: `1:["Brake pad"]`},
		{name: "inline strings", p: pkgParts{
			sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>Part &amp; kit</t></is></c><c r="B1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c></row>`},
			want: `1:["Part & kit" "ab"]`, types: []xlsxstream.Type{xlsxstream.TypeInlineString, xlsxstream.TypeInlineString}},
		{name: "character and entity references", p: pkgParts{sst: []string{`<si><t>&lt;&gt;&quot;&apos;&#233;&#xE9;&#x1F600;</t></si>`},
			sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="str"><v>x&#13;y</v></c><c r="C1" t="str"><v><![CDATA[<raw> & ]]>ok</v></c></row>`},
			want: `1:["<>\"'éé😀" "x\ry" "<raw> & ok"]`},
		{name: "OOXML escapes in strings", p: pkgParts{sst: []string{`<si><t>a_x000D_b_x005F_x0041_c</t></si>`},
			sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`},
			want: `1:["a\rb_x0041_c"]`},
		{name: "line ends are normalised", p: pkgParts{sst: []string{"<si><t>a\r\nb\rc</t></si>"},
			sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`},
			want: `1:["a\nb\nc"]`},
		{name: "booleans", p: pkgParts{sheetData: `<row r="1"><c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c></row>`},
			want: `1:["1" "0"]`, types: []xlsxstream.Type{xlsxstream.TypeBool, xlsxstream.TypeBool}},
		{name: "error cells", p: pkgParts{sheetData: `<row r="1"><c r="A1" t="e"><v>#N/A</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`},
			want: `1:["#N/A" "#DIV/0!"]`, types: []xlsxstream.Type{xlsxstream.TypeError, xlsxstream.TypeError}},
		{name: "formulas with and without cached values", p: pkgParts{
			sheetData: `<row r="1"><c r="A1"><f>B1*2</f><v>4</v></c><c r="B1"><f>C1</f></c><c r="C1" t="str"><f>"x"</f><v>x</v></c><c r="D1"><f t="shared" ref="D1:D2" si="0"/></c></row>`},
			want: `1:["4" "" "x" ""]`},
		{name: "numbers as Excel writes them", p: pkgParts{
			sheetData: `<row r="1"><c r="A1"><v>12</v></c><c r="B1" t="n"><v>-4.5</v></c><c r="C1"><v>1E+300</v></c><c r="D1"><v>1.0000000000000001E-2</v></c><c r="E1"><v>0.1</v></c><c r="F1"><v>-0</v></c><c r="G1" s="3"><v>1234.5</v></c></row>`},
			want: `1:["12" "-4.5" "1E+300" "1.0000000000000001E-2" "0.1" "-0" "1234.5"]`},
		{name: "sparse rows and cells", p: pkgParts{
			sheetData: `<row r="2"><c r="C2"><v>1</v></c><c r="E2"><v>2</v></c></row><row r="5" spans="1:3"/><row r="7"><c r="A7"><v>3</v></c></row>`},
			want: `2:["" "" "1" "" "2"] 7:["3"]`, types: []xlsxstream.Type{xlsxstream.TypeNone, xlsxstream.TypeNone, xlsxstream.TypeNumber, xlsxstream.TypeNone, xlsxstream.TypeNumber}},
		{name: "rows and cells without r", p: pkgParts{
			sheetData: `<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row><row r="4"><c r="B4"><v>3</v></c><c><v>4</v></c></row>`},
			want: `1:["1" "2"] 2:["x"] 4:["" "3" "4"]`},
		{name: "empty cells are dropped, trailing ones too", p: pkgParts{
			sheetData: `<row r="1"><c r="A1" s="1"/><c r="B1"><v>1</v></c><c r="C1" t="s"></c><c r="D1" s="2"><v></v></c></row>`},
			want: `1:["" "1"]`},
		{name: "strict namespace", p: pkgParts{strict: true, sst: []string{`<si><t>strict</t></si>`},
			sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2</v></c></row>`},
			want: `1:["strict" "2"]`},
		{name: "namespace prefixes", p: pkgParts{
			sheetData: `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`},
			want: `1:["p"]`},
		{name: "comments and processing instructions", p: pkgParts{
			sheetData: `<!-- a comment --><row r="1"><?pi x?><c r="A1" t="str"><v>a<!-- c -->b</v></c></row>`},
			want: `1:["ab"]`},
		{name: "dates are numbers with a date style", p: pkgParts{styles: dateStyles,
			sheetData: `<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45292.5</v></c><c r="C1" s="3"><v>45292</v></c><c r="D1" t="d"><v>2024-01-01T00:00:00Z</v></c></row>`},
			want: `1:["45292" "45292.5" "45292" "2024-01-01T00:00:00Z"]`, types: []xlsxstream.Type{xlsxstream.TypeNumber, xlsxstream.TypeNumber, xlsxstream.TypeNumber, xlsxstream.TypeDate}},
		{name: "an empty sheet", p: pkgParts{sheetData: ``}, want: ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := tt.p.build(t)
			got, cells, err := read(t, data)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("rows\n got %s\nwant %s", got, tt.want)
			}
			if tt.types != nil {
				var types []xlsxstream.Type
				for _, c := range cells[0] {
					types = append(types, c.Type)
				}
				if fmt.Sprint(types) != fmt.Sprint(tt.types) {
					t.Errorf("types %v, want %v", types, tt.types)
				}
			}
			if _, err := xlsxtest.Compare(data); err != nil {
				t.Errorf("differs from excelize: %v", err)
			}
		})
	}
}

// Formula cells say so, and a formula without a saved result is told
// apart from an empty cell, which excelize cannot do.
func TestFormulaWithoutCachedValue(t *testing.T) {
	data := pkgParts{sheetData: `<row r="1"><c r="A1"><f>B1</f></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1"><v>3</v></c></row>`}.build(t)
	_, cells, err := read(t, data)
	if err != nil {
		t.Fatal(err)
	}
	c := cells[0]
	if !c[0].NoCachedValue("") || c[1].NoCachedValue("2") || !c[1].Formula || c[2].Formula {
		t.Errorf("cells %+v", c)
	}
}

// The styles' number formats say which numbers are dates, and the
// workbook's date system turns the serial number into the right day.
func TestDates(t *testing.T) {
	for _, tt := range []struct {
		pr   string
		want string
	}{
		{"", "2024-01-01"},
		{`<workbookPr date1904="1"/>`, "2028-01-02"},
		{`<workbookPr date1904="false"/>`, "2024-01-01"},
	} {
		data := pkgParts{workbookPr: tt.pr, styles: dateStyles, sheetData: `<row r="1"><c r="A1" s="1"><v>45292</v></c><c r="B1" s="2"><v>45292</v></c><c r="C1" s="3"><v>45292</v></c><c r="D1" s="4"><v>45292</v></c></row>`}.build(t)
		b, err := xlsxstream.OpenReaderAt(bytes.NewReader(data), int64(len(data)), xlsxstream.DefaultLimits)
		if err != nil {
			t.Fatal(err)
		}
		_, cells, err := read(t, data)
		if err != nil {
			t.Fatal(err)
		}
		c := cells[0]
		if !c[0].Date || !c[1].Date || c[2].Date || c[3].Date {
			t.Errorf("date styles %+v: want built-in 14 and custom yyyy-mm-dd as dates, #,##0.00 and 0.00E+00 not", c)
		}
		d, err := xlsxstream.DateOf("45292", b.Date1904())
		if err != nil || d.Format("2006-01-02") != tt.want {
			t.Errorf("%s: DateOf = %v, %v; want %s", tt.pr, d, err, tt.want)
		}
	}
}

func TestDateFormats(t *testing.T) {
	for code, want := range map[string]bool{
		"yyyy-mm-dd": true, `d\-mmm\-yy`: true, "[h]:mm": true, "[$-409]mmmm d, yyyy": true, "hh:mm:ss AM/PM": true,
		"General": false, "0.00": false, "#,##0.00": false, "0.00E+00": false, `"days "0`: false, "[Red]0.00": false, `0.00\h`: false, "@": false,
	} {
		if got := xlsxstream.IsDateFormat(code); got != want {
			t.Errorf("IsDateFormat(%q) = %v, want %v", code, got, want)
		}
	}
}

// What the reader does not understand stops it with an error naming the
// place, never a silent half-read.
func TestNotUnderstood(t *testing.T) {
	tests := []struct {
		name, sheetData string
		sst             []string
		want            string
		rowsBefore      string
	}{
		{"rows out of order", `<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`, nil, "row 2 comes after row 3: the rows are out of order", ""},
		{"cells out of order", `<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>2</v></c></row>`, nil, "cell B1 comes after column C in row 1", ""},
		{"a cell in the wrong row", `<row r="1"><c r="A2"><v>1</v></c></row>`, nil, "cell A2 is inside row 1", ""},
		{"a missing shared string", `<row r="1"><c r="A1" t="s"><v>7</v></c></row>`, []string{`<si><t>a</t></si>`}, "shared string 7 does not exist (the workbook has 1)", ""},
		{"a bad shared string index", `<row r="1"><c r="A1" t="s"><v>x</v></c></row>`, nil, `shared string index "x" is not a whole number`, ""},
		{"an unknown cell type", `<row r="1"><c r="A1" t="q"><v>1</v></c></row>`, nil, `cell type "q" is not one SpreadsheetML defines`, ""},
		{"a row past the last", `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`, nil, "beyond Excel's last row", ""},
		{"a column past XFD", `<row r="1"><c r="XFE1"><v>1</v></c></row>`, nil, "beyond Excel's last column", ""},
		{"an unknown entity", `<row r="1"><c r="A1" t="str"><v>&nbsp;</v></c></row>`, nil, `unknown entity "&nbsp;"`, ""},
		{"a control character", "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>a\x01</v></c></row>", nil, "not valid UTF-8 or holds a character XML does not allow", ""},
		{"an element inside a value", `<row r="1"><c r="A1"><v>1<b/></v></c></row>`, nil, "element <b> inside <v>", ""},
		{"a truncated sheet", `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2`, nil, "the XML ends", `1:["1"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sd := tt.sheetData
			p := pkgParts{sheetData: sd, sst: tt.sst}
			if tt.name == "a truncated sheet" {
				p.sheetData = `<?xml version="1.0"?><worksheet ` + nsMain + `><sheetData>` + sd
			}
			got, _, err := read(t, p.build(t))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want one saying %q", err, tt.want)
			}
			var xe *xlsxstream.Error
			if !asError(err, &xe) || xe.Sheet != "Sheet1" {
				t.Errorf("error %T %+v does not name the sheet", err, err)
			}
			if got != tt.rowsBefore {
				t.Errorf("rows before the error %s, want %s", got, tt.rowsBefore)
			}
		})
	}
}

// A sheet far larger than the reader's buffer, with cells of every kind
// and of varying lengths, so that the buffer's edges fall inside tags,
// values, references, CDATA and comments: it reads as excelize reads it.
func TestBufferBoundaries(t *testing.T) {
	var sd strings.Builder
	for i := 1; i <= 6000; i++ {
		pad := strings.Repeat("x", i%97)
		fmt.Fprintf(&sd, `<row r="%d" spans="1:6"><c r="A%d" t="s"><v>%d</v></c><c r="B%d" t="inlineStr"><is><r><t>%s&amp;</t></r><r><t xml:space="preserve"> %d</t></r></is></c>`, i, i, i%2, i, pad, i)
		fmt.Fprintf(&sd, `<c r="C%d"><f>A%d</f><v>%d.25</v></c><c r="D%d" t="str"><v><![CDATA[%s]]>&#233;<!-- %s --></v></c><c r="F%d" t="b"><v>%d</v></c></row>`+"\r\n", i, i, i, i, pad, pad, i, i%2)
	}
	data := pkgParts{sst: []string{`<si><t>zero</t></si>`, `<si><t>one</t></si>`}, sheetData: sd.String()}.build(t)
	out, err := xlsxtest.Compare(data)
	if err != nil {
		t.Fatal(err)
	}
	if out.StreamErr != nil {
		t.Fatal(out.StreamErr)
	}
}

// UntilColumn stops decoding a row after a column whose cell has text:
// the rows and their numbers are unchanged, a row whose cell there is
// blank or missing is read whole, and the skip never lands inside a cell
// whose markup could hide the row's end.
func TestUntilColumn(t *testing.T) {
	data := pkgParts{sst: []string{`<si><t>G1</t></si>`, `<si><t>G2</t></si>`, `<si><t> </t></si>`},
		sheetData: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x</t></is></c><c r="C1"><v>7</v></c></row>` +
			`<row r="3"><c r="A3" t="str"><v><![CDATA[</row>]]></v></c><c r="B3" t="s"><v>1</v></c><c r="C3"><f>1</f><v>1</v></c></row>` +
			`<row r="4"><c r="B4" t="s"><v>0</v></c><c r="C4"><v>2</v></c></row>` +
			`<row r="5"><c r="B5" t="s"><v>2</v></c><c r="C5"><v>3</v></c></row>` +
			`<x:row r="6"><x:c r="B6" t="s"><x:v>1</x:v></x:c><x:c r="C6"><x:v>4</x:v></x:c></x:row>` +
			`<row r="7"><c r="B7" t="s"><v>1</v></c><c r="C7"><!-- </row> --><v>5</v></c></row>` +
			`<row r="8"><c r="C8"><v>6</v></c></row>`}.build(t)
	b, err := xlsxstream.OpenReaderAt(bytes.NewReader(data), int64(len(data)), xlsxstream.DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := b.Rows("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	rows.UntilColumn(2)
	var got []string
	for rows.Next() {
		got = append(got, fmt.Sprintf("%d:%q", rows.RowNum(), rows.Row()))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	want := []string{`1:["G1" "x"]`, `3:["</row>" "G2"]`, `4:["" "G1"]`, `5:["" " " "3"]`, `6:["" "G2"]`, `7:["" "G2"]`, `8:["" "" "6"]`}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), strings.Join(want, " "))
	}
}
