package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"path"
	"strings"
	"testing"
)

// xlsxPackage is an XLSX file opened as the zip of XML parts it is, to
// check what excelize's API hides: cell types as stored, formulas, charts.
type xlsxPackage struct {
	parts  map[string][]byte
	sheets map[string]string // sheet name → part path
}

func openPackage(t *testing.T, data []byte) *xlsxPackage {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("not a zip: %v", err)
	}
	p := &xlsxPackage{parts: map[string][]byte{}, sheets: map[string]string{}}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		p.parts[f.Name] = b
	}
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(p.parts["xl/workbook.xml"], &wb); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(p.parts["xl/_rels/workbook.xml.rels"], &rels); err != nil {
		t.Fatal(err)
	}
	for _, s := range wb.Sheets {
		for _, r := range rels.Rels {
			if r.ID == s.RID {
				target := strings.TrimPrefix(r.Target, "/")
				if !strings.HasPrefix(target, "xl/") {
					target = path.Join("xl", target)
				}
				p.sheets[s.Name] = target
			}
		}
	}
	return p
}

// rawCell is a cell as stored: its type attribute, value, inline text and
// formula.
type rawCell struct {
	Ref     string `xml:"r,attr"`
	Type    string `xml:"t,attr"`
	Style   int    `xml:"s,attr"`
	Value   string `xml:"v"`
	Formula *struct {
		Text string `xml:",chardata"`
	} `xml:"f"`
	Inline string `xml:"is>t"`
}

// cells returns the stored cells of a sheet by reference.
func (p *xlsxPackage) cells(t *testing.T, sheet string) map[string]rawCell {
	t.Helper()
	part, ok := p.sheets[sheet]
	if !ok {
		t.Fatalf("no sheet %q", sheet)
	}
	var ws struct {
		Rows []struct {
			Cells []rawCell `xml:"c"`
		} `xml:"sheetData>row"`
	}
	if err := xml.Unmarshal(p.parts[part], &ws); err != nil {
		t.Fatalf("%s: %v", part, err)
	}
	out := map[string]rawCell{}
	for _, r := range ws.Rows {
		for _, c := range r.Cells {
			out[c.Ref] = c
		}
	}
	return out
}

// partsWithPrefix lists the part names that start with prefix.
func (p *xlsxPackage) partsWithPrefix(prefix string) []string {
	var out []string
	for name := range p.parts {
		if strings.HasPrefix(name, prefix) {
			out = append(out, name)
		}
	}
	return out
}
