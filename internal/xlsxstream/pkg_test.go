package xlsxstream_test

import (
	"archive/zip"
	"bytes"
	"testing"
)

const (
	nsMain       = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	nsStrictMain = `xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"`
	relsNS       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	strictRelsNS = "http://purl.oclc.org/ooxml/officeDocument/relationships"
)

// pkgParts are the parts of a one-sheet test package.
type pkgParts struct {
	strict     bool
	workbookPr string // e.g. `<workbookPr date1904="1"/>`
	sheetData  string // the content of <sheetData>, or a whole sheet when it starts with "<?xml" or "<worksheet"
	sst        []string
	styles     string // the content of <styleSheet>
}

// build writes a minimal package as Excel lays it out.
func (p pkgParts) build(t testing.TB) []byte {
	t.Helper()
	ns, rns := nsMain, relsNS
	if p.strict {
		ns, rns = nsStrictMain, strictRelsNS
	}
	sheet := p.sheetData
	if !bytes.HasPrefix([]byte(sheet), []byte("<?xml")) && !bytes.HasPrefix([]byte(sheet), []byte("<worksheet")) {
		sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<worksheet ` + ns + `><dimension ref="A1"/><sheetData>` + p.sheetData + `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
	}
	sst := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<sst ` + ns + `>`
	for _, s := range p.sst {
		sst += s
	}
	sst += `</sst>`
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rns + `/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook ` + ns + `>` + p.workbookPr + `<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="` + rns + `/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="` + rns + `/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="` + rns + `/styles" Target="styles.xml"/></Relationships>`},
		{"xl/worksheets/sheet1.xml", sheet},
		{"xl/sharedStrings.xml", sst},
		{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet ` + ns + `>` + p.styles + `</styleSheet>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, part := range parts {
		w, err := zw.Create(part.name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(part.body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
