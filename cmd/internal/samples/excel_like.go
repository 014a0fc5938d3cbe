package samples

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// writeExcelLike writes the generated workbook as Excel saves one: every
// text cell a shared string (t="s"), the table written after the sheets,
// amounts with the "#,##0.00" number format (style 1), rows with spans
// and each cell with its reference.
func writeExcelLike(w io.Writer, o LargeOptions) error {
	zw := zip.NewWriter(w)
	static := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`},
		{"xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr defaultThemeVersion="166925"/><bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews><sheets><sheet name="Goods" sheetId="1" r:id="rId1"/><sheet name="BOM" sheetId="2" r:id="rId2"/></sheets><calcPr calcId="191029"/></workbook>`},
		{"xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`},
		{"xl/styles.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`},
	}
	for _, p := range static {
		pw, err := zw.Create(p.name)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(pw, p.body); err != nil {
			return err
		}
	}
	sst := &sstWriter{index: map[string]int{}}
	var sw *sheetWriter
	sheetNo := 0
	err := largeRows(o, func(string) error {
		if sw != nil {
			if err := sw.close(); err != nil {
				return err
			}
		}
		sheetNo++
		pw, err := zw.Create(fmt.Sprintf("xl/worksheets/sheet%d.xml", sheetNo))
		if err != nil {
			return err
		}
		sw = &sheetWriter{w: bufio.NewWriterSize(pw, 64<<10), sst: sst}
		sw.open()
		return nil
	}, func(row []any) error { return sw.row(row) })
	if err != nil {
		return err
	}
	if err := sw.close(); err != nil {
		return err
	}
	pw, err := zw.Create("xl/sharedStrings.xml")
	if err != nil {
		return err
	}
	if err := sst.write(pw); err != nil {
		return err
	}
	return zw.Close()
}

// sstWriter collects the shared strings in order of first use.
type sstWriter struct {
	index map[string]int
	list  []string
	uses  int
}

func (s *sstWriter) id(v string) int {
	s.uses++
	i, ok := s.index[v]
	if !ok {
		i = len(s.list)
		s.index[v] = i
		s.list = append(s.list, v)
	}
	return i
}

func (s *sstWriter) write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`+"\r\n"+`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">`, s.uses, len(s.list))
	for _, v := range s.list {
		bw.WriteString("<si><t")
		if strings.TrimSpace(v) != v {
			bw.WriteString(` xml:space="preserve"`)
		}
		bw.WriteString(">")
		escapeText(bw, v)
		bw.WriteString("</t></si>")
	}
	bw.WriteString("</sst>")
	return bw.Flush()
}

// sheetWriter writes one worksheet's XML.
type sheetWriter struct {
	w   *bufio.Writer
	sst *sstWriter
	n   int
	buf []byte
}

func (s *sheetWriter) open() {
	s.w.WriteString(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\r\n" + `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData>`)
}

func (s *sheetWriter) row(cells []any) error {
	s.n++
	b := s.buf[:0]
	b = append(b, `<row r="`...)
	b = strconv.AppendInt(b, int64(s.n), 10)
	b = append(b, `" spans="1:`...)
	b = strconv.AppendInt(b, int64(len(cells)), 10)
	b = append(b, `" x14ac:dyDescent="0.25">`...)
	for i, c := range cells {
		if c == nil {
			continue
		}
		ref, _ := excelize.CoordinatesToCellName(i+1, s.n)
		b = append(b, `<c r="`...)
		b = append(b, ref...)
		switch v := c.(type) {
		case string:
			if s.n == 1 {
				b = append(b, `" s="2`...) // a bold header
			}
			b = append(b, `" t="s"><v>`...)
			b = strconv.AppendInt(b, int64(s.sst.id(v)), 10)
		case float64:
			b = append(b, `" s="1"><v>`...)
			b = strconv.AppendFloat(b, v, 'f', -1, 64)
		case int:
			b = append(b, `"><v>`...)
			b = strconv.AppendInt(b, int64(v), 10)
		default:
			return fmt.Errorf("cell of type %T", c)
		}
		b = append(b, `</v></c>`...)
	}
	b = append(b, `</row>`...)
	s.buf = b
	_, err := s.w.Write(b)
	return err
}

func (s *sheetWriter) close() error {
	s.w.WriteString(`</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`)
	return s.w.Flush()
}

func escapeText(w *bufio.Writer, v string) {
	for _, r := range v {
		switch r {
		case '<':
			w.WriteString("&lt;")
		case '>':
			w.WriteString("&gt;")
		case '&':
			w.WriteString("&amp;")
		default:
			w.WriteRune(r)
		}
	}
}
