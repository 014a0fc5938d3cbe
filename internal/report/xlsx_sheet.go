package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/internal/xlsxzip"
)

// tableStyle is the built-in table style of the data sheets: banded rows
// in Excel; LibreOffice keeps the filters and shows the header cells' own
// style.
const tableStyle = "TableStyleMedium2"

// sheetStream writes one data sheet row by row. excelize's StreamWriter
// lays out the sheet (column widths, the frozen header row, the table that
// gives each header a filter button, print setup); the rows after the
// header are encoded by rowXML and compressed straight into the package
// (xlsxzip.InsertBefore), which splices them into the sheet part before its
// </sheetData>. Memory does not grow with the number of rows: excelize's
// own stream buffered 16 MB of XML a sheet before spilling it to a
// temporary file, and its cells cost several allocations each. A sheet that reaches
// Excel's row limit continues on a new sheet named "Name (2)", and so on.
type sheetStream struct {
	f          *excelize.File
	zip        *xlsxzip.Writer
	st         *xlsxStyles
	base       string // the first sheet's name
	cols       layout
	freezeCols int // columns kept in view when scrolling right
	maxRows    int // rows a sheet may hold, header included

	part int                    // 1 for the first sheet
	name string                 // current sheet
	sw   *excelize.StreamWriter // current writer: the layout and the header row
	rows *xlsxzip.Insertion     // the current sheet's other rows
	enc  rowXML
	row  int // last row written on the current sheet
}

// newSheetStream creates the sheet and writes its header row. The first
// sheet of the workbook (renamed) is used when reuse names it.
func newSheetStream(f *excelize.File, zip *xlsxzip.Writer, st *xlsxStyles, name, reuse string, cols layout, freezeCols int) (*sheetStream, error) {
	s := &sheetStream{f: f, zip: zip, st: st, base: name, cols: cols, freezeCols: freezeCols, maxRows: excelize.TotalRows}
	return s, s.open(reuse)
}

// open starts the next sheet of the stream.
func (s *sheetStream) open(reuse string) error {
	s.part++
	s.name = s.base
	if s.part > 1 {
		s.name = fmt.Sprintf("%s (%d)", s.base, s.part)
	}
	var err error
	if reuse != "" {
		err = s.f.SetSheetName(reuse, s.name)
	} else {
		_, err = s.f.NewSheet(s.name)
	}
	if err != nil {
		return err
	}
	if err := printSetup(s.f, s.name, s.freezeCols); err != nil {
		return err
	}
	if s.sw, err = s.f.NewStreamWriter(s.name); err != nil {
		return err
	}
	if s.rows, err = s.zip.InsertBefore(sheetPart(s.f, s.name), "</sheetData>"); err != nil {
		return err
	}
	for i, w := range s.cols.widths {
		// excelize takes widths as float64; these are whole characters.
		if err := s.sw.SetColWidth(i+1, i+1, float64(w)); err != nil {
			return err
		}
	}
	topLeft, _ := excelize.CoordinatesToCellName(s.freezeCols+1, 2)
	pane := "bottomLeft"
	if s.freezeCols > 0 {
		pane = "bottomRight"
	}
	if err := s.sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: s.freezeCols, YSplit: 1, TopLeftCell: topLeft, ActivePane: pane,
		Selection: []excelize.Selection{{SQRef: topLeft, ActiveCell: topLeft, Pane: pane}}}); err != nil {
		return err
	}
	header := make([]any, len(s.cols.headers))
	for i, h := range s.cols.headers {
		style := s.st.header
		if s.cols.numeric[i] {
			style = s.st.headerNum
		}
		header[i] = excelize.Cell{StyleID: style, Value: h}
	}
	s.row = 1
	return s.sw.SetRow("A1", header)
}

// add writes one row, continuing on a new sheet when this one is full.
func (s *sheetStream) add(cells []xcell) error {
	if s.row >= s.maxRows {
		if err := s.finish(); err != nil {
			return err
		}
		if err := s.open(""); err != nil {
			return err
		}
	}
	s.row++
	b, err := s.enc.appendRow(s.row, cells)
	if err != nil {
		return err
	}
	_, err = s.rows.Write(b)
	return err
}

// sheetPart is the package part of a sheet: excelize names the part of a
// new sheet after its sheet ID. Should that change, the package writer
// fails for want of the part instead of leaving rows out.
func sheetPart(f *excelize.File, name string) string {
	for id, n := range f.GetSheetMap() {
		if n == name {
			return fmt.Sprintf("xl/worksheets/sheet%d.xml", id)
		}
	}
	return "xl/worksheets/" + name
}

// finish makes the rows a filtered table and ends the current sheet.
func (s *sheetStream) finish() error {
	last, err := excelize.CoordinatesToCellName(len(s.cols.headers), max(s.row, 2))
	if err != nil {
		return err
	}
	name := "tbl" + sanitizeTableName(s.base)
	if s.part > 1 {
		name = fmt.Sprintf("%s%d", name, s.part)
	}
	if err := s.sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: name, StyleName: tableStyle}); err != nil {
		return err
	}
	if err := s.rows.Close(); err != nil {
		return err
	}
	return s.sw.Flush()
}

// sanitizeTableName keeps the letters and digits of a sheet name, which is
// what a table name may hold.
func sanitizeTableName(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
			out = append(out, c)
		}
	}
	return string(out)
}
