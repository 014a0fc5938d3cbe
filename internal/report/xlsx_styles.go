package report

import (
	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/origin"
)

// Number formats of the XLSX report. Cells hold numbers; these only say
// how Excel shows them.
// The "_)" leaves a little space after right-aligned numbers so that they
// do not touch the text of the next column, as accountants' formats do.
const (
	fmtMoney   = `#,##0.00_);[Red]-#,##0.00_)`
	fmtPercent = `0.0%_)`
	fmtShare   = `0.0%_)`
	fmtPoints  = `+0.0" pts"_);[Red]-0.0" pts"_);0.0" pts"_)`
	fmtDate    = `yyyy-mm-dd`
	fmtCount   = `#,##0_)`
	// fmtBOMRow shows a BOM line's row number as roo names it, "BOM row 14",
	// while the cell holds 14, so that the column sorts 2, 3, …, 14.
	fmtBOMRow = `"BOM row "0`
)

// fontFamily is the font of the whole report: Excel's default, which
// LibreOffice replaces with its metric-compatible Carlito.
const fontFamily = "Calibri"

// maxIndent is the deepest BOM level shown indented; deeper lines share it.
const maxIndent = 8

// xlsxStyles are the style IDs of the report, created once per workbook.
type xlsxStyles struct {
	header, headerNum, title, section, note, label int
	money, percent, points, date, count, share     int
	bomRow                                         int
	status                                         map[origin.Status]int
	indent                                         [maxIndent + 1]int
}

// headerFill is the dark blue of header rows; statusFills are the light
// fills and dark fonts Excel uses for its Good, Bad and Neutral styles.
const headerFill = "1F4E78"

var statusFills = []struct {
	status     origin.Status
	fill, font string
}{
	{origin.Qualifies, "C6EFCE", "006100"},
	{origin.DoesNotQualify, "FFC7CE", "9C0006"},
	{origin.NeedsReview, "FFEB9C", "9C5700"},
	{origin.StatusError, "D9D9D9", "3F3F3F"},
}

func newXLSXStyles(f *excelize.File) (*xlsxStyles, error) {
	s := &xlsxStyles{status: map[origin.Status]int{}}
	var err error
	style := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	numFmt := func(code string) *excelize.Style { return &excelize.Style{CustomNumFmt: &code} }

	header := func(align string) *excelize.Style {
		return &excelize.Style{
			Font:      &excelize.Font{Family: fontFamily, Size: 11, Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{headerFill}},
			Alignment: &excelize.Alignment{Horizontal: align, Vertical: "center"},
			Border:    []excelize.Border{{Type: "bottom", Color: "000000", Style: 1}},
		}
	}
	s.header = style(header("left"))
	s.headerNum = style(header("right"))
	s.title = style(&excelize.Style{Font: &excelize.Font{Family: fontFamily, Bold: true, Size: 14, Color: headerFill}})
	s.section = style(&excelize.Style{Font: &excelize.Font{Family: fontFamily, Bold: true, Size: 12, Color: headerFill}})
	s.note = style(&excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Italic: true, Color: "595959"}})
	s.label = style(&excelize.Style{Font: &excelize.Font{Family: fontFamily, Size: 11, Bold: true}})
	s.money = style(numFmt(fmtMoney))
	s.percent = style(numFmt(fmtPercent))
	s.points = style(numFmt(fmtPoints))
	s.date = style(numFmt(fmtDate))
	s.count = style(numFmt(fmtCount))
	s.bomRow = style(numFmt(fmtBOMRow))
	s.share = style(numFmt(fmtShare))
	for _, c := range statusFills {
		s.status[c.status] = style(&excelize.Style{
			Font: &excelize.Font{Family: fontFamily, Size: 11, Color: c.font},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c.fill}},
		})
	}
	for i := range s.indent {
		s.indent[i] = style(&excelize.Style{Alignment: &excelize.Alignment{Indent: i}})
	}
	return s, err
}
