package xlsxstream_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/roo-trade/roo/internal/xlsxstream"
	"github.com/roo-trade/roo/internal/xlsxstream/xlsxtest"
)

// FuzzSameCellsAsExcelize mutates worksheet XML (seeded with the sheets of
// the tracked workbooks and hand-written cells of every kind) inside a
// package with shared strings and styles, and reads it with both readers:
// xlsxstream must read exactly what excelize reads, or stop with an error
// after reading the same first rows. Mutating the XML rather than the zip
// bytes reaches the reader instead of the zip checksum.
func FuzzSameCellsAsExcelize(f *testing.F) {
	f.Add(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c><c r="C1"><f>A1</f></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#N/A</v></c></row><row><c><v>1.5E+3</v></c><c s="1"><v>45292</v></c></row><row r="4"><c r="C4" t="str"><v>x&amp;y&#13;</v></c></row>`)
	f.Add(`<row r="2" spans="1:3"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>1</v></c></row><!-- c --><row r="3"><c r="A3" t="str"><v><![CDATA[a<b]]></v></c></row>`)
	for _, p := range trackedWorkbooks(f) {
		if st, err := os.Stat(p); err != nil || st.Size() > 256<<10 {
			continue
		}
		zr, err := zip.OpenReader(p)
		if err != nil {
			continue
		}
		for _, zf := range zr.File {
			if !strings.HasPrefix(zf.Name, "xl/worksheets/sheet") || zf.UncompressedSize64 > 64<<10 {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				continue
			}
			b, _ := io.ReadAll(rc)
			rc.Close()
			if i, j := bytes.Index(b, []byte("<sheetData>")), bytes.Index(b, []byte("</sheetData>")); i >= 0 && j > i {
				f.Add(string(b[i+len("<sheetData>") : j]))
			}
		}
		zr.Close()
	}
	sst := []string{`<si><t>Good ID</t></si>`, `<si><r><t>rich</t></r><r><t xml:space="preserve"> run</t></r></si>`, `<si><t>_x0041_</t></si>`}
	f.Fuzz(func(t *testing.T, sheetData string) {
		data := pkgParts{sheetData: sheetData, sst: sst, styles: dateStyles}.build(t)
		out, err := xlsxtest.Compare(data)
		if err != nil {
			t.Fatal(err)
		}
		if out.StreamErr == nil {
			checkUntilColumn(t, data)
		}
	})
}

// checkUntilColumn: reading a row until a column gives the full read's
// rows, each cut after that column when its cell there has text.
func checkUntilColumn(t *testing.T, data []byte) {
	t.Helper()
	for col := 1; col <= 3; col++ {
		full, err := rowsUntil(data, col, false)
		if err != nil {
			t.Fatal(err)
		}
		until, err := rowsUntil(data, col, true)
		if err != nil {
			t.Fatalf("until column %d: %v", col, err)
		}
		if full != until {
			t.Fatalf("until column %d: full read %s, cut %s", col, full, until)
		}
	}
}

func rowsUntil(data []byte, col int, until bool) (string, error) {
	b, err := xlsxstream.OpenReaderAt(bytes.NewReader(data), int64(len(data)), xlsxstream.DefaultLimits)
	if err != nil {
		return "", err
	}
	rows, err := b.Rows("Sheet1")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	if until {
		rows.UntilColumn(col)
	}
	var out []string
	for rows.Next() {
		row := rows.Row()
		if !until && col-1 < len(row) && strings.TrimSpace(row[col-1]) != "" {
			row = row[:col]
		}
		out = append(out, fmt.Sprintf("%d:%q", rows.RowNum(), row))
	}
	return strings.Join(out, " "), rows.Err()
}
