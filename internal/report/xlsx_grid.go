package report

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// grid writes the small, normal-mode sheets (Portfolio, Charts) cell by
// cell. Text goes in string cells, never formulas; numbers go in number
// cells with their exact decimal digits (SetCellDefault), no floating
// point involved. The first error sticks and later writes do nothing.
type grid struct {
	f     *excelize.File
	sheet string
	err   error
}

func (g *grid) ref(col, row int) string {
	c, err := excelize.CoordinatesToCellName(col, row)
	if err != nil && g.err == nil {
		g.err = err
	}
	return c
}

// absRef is an absolute, sheet-qualified reference for charts:
// Portfolio!$B$4:$B$9.
func (g *grid) absRef(col, fromRow, toRow int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("%s!$%s$%d:$%s$%d", quoteSheet(g.sheet), name, fromRow, name, toRow)
}

// absCell is an absolute, sheet-qualified reference to one cell.
func (g *grid) absCell(col, row int) string {
	name, _ := excelize.ColumnNumberToName(col)
	return fmt.Sprintf("%s!$%s$%d", quoteSheet(g.sheet), name, row)
}

// quoteSheet quotes a sheet name for a reference when it needs it.
func quoteSheet(s string) string {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return "'" + s + "'"
		}
	}
	return s
}

func (g *grid) style(col, row, style int) {
	if g.err == nil && style != 0 {
		c := g.ref(col, row)
		g.err = g.f.SetCellStyle(g.sheet, c, c, style)
	}
}

// text writes a string cell.
func (g *grid) text(col, row int, s string, style int) {
	if g.err != nil || s == "" {
		return
	}
	g.err = g.f.SetCellStr(g.sheet, g.ref(col, row), s)
	g.style(col, row, style)
}

// count writes a whole number.
func (g *grid) count(col, row, n, style int) {
	if g.err != nil {
		return
	}
	g.err = g.f.SetCellInt(g.sheet, g.ref(col, row), int64(n))
	g.style(col, row, style)
}

// number writes an exact decimal as a number cell.
func (g *grid) number(col, row int, d decimal.Decimal, style int) {
	if g.err != nil {
		return
	}
	g.err = g.f.SetCellDefault(g.sheet, g.ref(col, row), d.String())
	g.style(col, row, style)
}

// decimalText writes a decimal given as text (as the JSON has it) as a
// number cell; an empty string leaves the cell blank.
func (g *grid) decimalText(col, row int, s string, style int) {
	if g.err != nil || s == "" {
		return
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		g.err = fmt.Errorf("xlsx report: %q is not a decimal number", s)
		return
	}
	g.number(col, row, d, style)
}

// header writes a header row starting at col.
func (g *grid) header(col, row, style int, names ...string) {
	for i, n := range names {
		g.text(col+i, row, n, style)
	}
}

// widths sets column widths in characters, from column A.
func (g *grid) widths(w ...int) {
	for i, n := range w {
		if g.err != nil {
			return
		}
		name, _ := excelize.ColumnNumberToName(i + 1)
		// excelize takes widths as float64; these are whole characters.
		g.err = g.f.SetColWidth(g.sheet, name, name, float64(n))
	}
}

// percentText writes a percentage given in percent ("62.427746") as the
// fraction a percentage format expects (0.62427746), exactly.
func (g *grid) percentText(col, row int, s string, style int) {
	if g.err != nil || s == "" {
		return
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		g.err = fmt.Errorf("xlsx report: %q is not a percentage", s)
		return
	}
	g.number(col, row, d.Shift(-2), style)
}
