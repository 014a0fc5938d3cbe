package certificate

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/internal/xlsxzip"
)

// SheetName is the name of the XLSX certification's one sheet.
const SheetName = "Certification"

// xlsxWidths are the widths of columns A to E, which the goods table uses
// one per column and every other element spans.
var xlsxWidths = []float64{18, 44, 17, 15, 34}

// xlsxLastCol is the last column the certification uses.
const xlsxLastCol = "E"

// xlsxStyles are the style IDs of the certification.
type xlsxStyles struct {
	title, subtitle, section, text, header, cell, date, statement, sigLine int
}

// xlsxDoc writes the certification down the sheet.
type xlsxDoc struct {
	f   *excelize.File
	st  xlsxStyles
	row int
	err error
}

// WriteXLSX writes the certification as a workbook of one sheet laid out
// as a form, ready to print on one page wide. Every value is a value, never
// a formula: text is written as string cells, whatever it starts with, and
// dates as date cells.
func WriteXLSX(w io.Writer, c Certification, opts FileOptions) error {
	f := excelize.NewFile()
	defer f.Close()
	x := &xlsxDoc{f: f}
	if err := f.SetSheetName(f.GetSheetName(0), SheetName); err != nil {
		return err
	}
	if err := x.styles(); err != nil {
		return err
	}
	for i, wd := range xlsxWidths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		x.check(f.SetColWidth(SheetName, col, col, wd))
	}
	x.line(strings.ToUpper(titleDocument), x.st.title)
	x.line(titleSubtitle, x.st.subtitle)
	x.row++
	x.section(titleRole, []string{roleLine(c.Certifier.Role)})
	x.section(titleCertifier, certifierLines(c.Certifier))
	x.section(titleExporter, partyLines(c.Exporter))
	x.section(titleProducer, partyLines(c.Producer))
	x.section(titleImporter, partyLines(c.Importer))
	x.goods(c.Goods)
	if c.InvoiceNumber != nil {
		x.section(titleInvoice, []string{*c.InvoiceNumber})
	}
	x.blanket(c)
	x.signature(c.Signature)
	x.printSetup()
	x.properties(c, opts)
	if x.err != nil {
		return fmt.Errorf("xlsx certification: %w", x.err)
	}
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return xlsxzip.New(w) })
	return f.Write(w)
}

func (x *xlsxDoc) check(err error) {
	if err != nil && x.err == nil {
		x.err = err
	}
}

func (x *xlsxDoc) styles() error {
	var err error
	style := func(s *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = x.f.NewStyle(s)
		return id
	}
	const font = "Calibri"
	dateFmt := "yyyy-mm-dd"
	thin := []excelize.Border{{Type: "left", Color: "808080", Style: 1}, {Type: "right", Color: "808080", Style: 1},
		{Type: "top", Color: "808080", Style: 1}, {Type: "bottom", Color: "808080", Style: 1}}
	x.st = xlsxStyles{
		title:    style(&excelize.Style{Font: &excelize.Font{Family: font, Size: 15, Bold: true}}),
		subtitle: style(&excelize.Style{Font: &excelize.Font{Family: font, Size: 10, Italic: true}}),
		section: style(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11, Bold: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E1E6EE"}}}),
		text: style(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11}, Alignment: &excelize.Alignment{Vertical: "top"}}),
		header: style(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11, Bold: true}, Border: thin,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),
		cell: style(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11}, Border: thin,
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),
		date: style(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11}, CustomNumFmt: &dateFmt,
			Alignment: &excelize.Alignment{Horizontal: "left"}}),
		statement: style(&excelize.Style{Font: &excelize.Font{Family: font, Size: 11}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}),
		sigLine:   style(&excelize.Style{Border: []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}}}),
	}
	return err
}

// cell names column col (1-based) of the current row.
func (x *xlsxDoc) cell(col int) string {
	name, _ := excelize.CoordinatesToCellName(col, x.row)
	return name
}

// text writes a string cell: never a formula, whatever it starts with.
func (x *xlsxDoc) text(col int, s string, style int) {
	x.check(x.f.SetCellStr(SheetName, x.cell(col), s))
	x.check(x.f.SetCellStyle(SheetName, x.cell(col), x.cell(col), style))
}

// line writes one line of text across the whole width, on a new row.
func (x *xlsxDoc) line(s string, style int) {
	x.row++
	x.text(1, s, style)
	last := fmt.Sprintf("%s%d", xlsxLastCol, x.row)
	x.check(x.f.SetCellStyle(SheetName, x.cell(1), last, style))
	x.check(x.f.MergeCell(SheetName, x.cell(1), last))
}

// section writes an element: its title, then its lines.
func (x *xlsxDoc) section(title string, lines []string) {
	x.line(title, x.st.section)
	for _, l := range lines {
		x.line(l, x.st.text)
	}
	x.row++
}

// goods writes the goods table, one good a row.
func (x *xlsxDoc) goods(goods []Good) {
	x.line(titleGoods, x.st.section)
	x.row++
	for i, h := range goodsHeaders {
		x.text(i+1, h, x.st.header)
	}
	for _, g := range goods {
		x.row++
		for i, v := range goodsRow(g) {
			x.text(i+1, v, x.st.cell)
		}
	}
	x.row++
}

// date writes a label and a date cell on a new row.
func (x *xlsxDoc) date(label, day string) {
	x.row++
	x.text(1, label, x.st.text)
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		x.check(fmt.Errorf("date %q: %w", day, err))
		return
	}
	x.check(x.f.SetCellValue(SheetName, x.cell(2), t))
	x.check(x.f.SetCellStyle(SheetName, x.cell(2), x.cell(2), x.st.date))
}

// blanket writes element 8.
func (x *xlsxDoc) blanket(c Certification) {
	if c.BlanketPeriod == nil {
		x.section(titleBlanket, []string{blanketLine(c)})
		return
	}
	x.line(titleBlanket, x.st.section)
	x.date("From", c.BlanketPeriod.From)
	x.date("To", c.BlanketPeriod.To)
	x.row++
}

// signature writes element 9: the statement, a line to sign on, the name,
// title and date.
func (x *xlsxDoc) signature(s Signature) {
	x.line(titleSignature, x.st.section)
	x.line(s.Statement, x.st.statement)
	// Excel does not grow merged rows to fit wrapped text: size it.
	lines := len(wrap(s.Statement, 115))
	x.check(x.f.SetRowHeight(SheetName, x.row, float64(lines)*15+4))
	x.row += 2
	x.text(1, "Signature", x.st.text)
	x.check(x.f.SetRowHeight(SheetName, x.row, 30))
	x.check(x.f.SetCellStyle(SheetName, x.cell(2), x.cell(3), x.st.sigLine))
	x.row++
	x.text(1, "Name", x.st.text)
	x.text(2, s.Name, x.st.text)
	x.row++
	x.text(1, "Title", x.st.text)
	x.text(2, s.Title, x.st.text)
	x.date("Date", s.Date)
}

// printSetup prints the sheet portrait, one page wide, with the page
// number in the footer.
func (x *xlsxDoc) printSetup() {
	portrait, wide, tall, fit := "portrait", 1, 0, true
	x.check(x.f.SetPageLayout(SheetName, &excelize.PageLayoutOptions{Orientation: &portrait, FitToWidth: &wide, FitToHeight: &tall}))
	x.check(x.f.SetSheetProps(SheetName, &excelize.SheetPropsOptions{FitToPage: &fit}))
	x.check(x.f.SetHeaderFooter(SheetName, &excelize.HeaderFooterOptions{OddFooter: "&C" + titleDocument + " — page &P of &N"}))
}

// properties fills the document properties Excel shows under File > Info.
func (x *xlsxDoc) properties(c Certification, opts FileOptions) {
	p := &excelize.DocProperties{
		Creator:     c.Certifier.Name,
		Title:       titleDocument,
		Subject:     titleSubtitle,
		Description: "Made by roo " + opts.RooVersion,
	}
	if !opts.Created.IsZero() {
		p.Created = opts.Created.UTC().Format(time.RFC3339)
		p.Modified = p.Created
	}
	x.check(x.f.SetDocProps(p))
}
