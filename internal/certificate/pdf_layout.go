package certificate

import (
	"strings"

	"github.com/go-pdf/fpdf"
)

// pdfBox is a titled box of lines: one data element.
type pdfBox struct {
	title string
	lines []string
}

// pdfPage lays boxes and tables out down the pages of a document.
type pdfPage struct {
	pdf *fpdf.Fpdf
}

// width is the width between the margins.
func (p *pdfPage) width() float64 {
	w, _ := p.pdf.GetPageSize()
	return w - 2*pdfMargin
}

// room is the height left on the page above the footer.
func (p *pdfPage) room() float64 {
	_, h := p.pdf.GetPageSize()
	return h - pdfBottom - p.pdf.GetY()
}

// ensure starts a new page unless h millimetres are left on this one.
func (p *pdfPage) ensure(h float64) {
	if p.room() < h {
		p.pdf.AddPage()
	}
}

// heading writes the document's title.
func (p *pdfPage) heading() {
	p.pdf.SetFont("go", "B", 15)
	p.pdf.CellFormat(0, 8, strings.ToUpper(titleDocument), "", 1, "L", false, 0, "")
	p.pdf.SetFont("go", "", pdfBodySize)
	p.pdf.CellFormat(0, 5, titleSubtitle, "", 1, "L", false, 0, "")
	p.pdf.Ln(2)
}

// boxes writes a row of boxes of equal width and height across the page.
func (p *pdfPage) boxes(bs ...pdfBox) {
	w := p.width() / float64(len(bs))
	wrapped := make([][]string, len(bs))
	h := 0.0
	for i, b := range bs {
		p.pdf.SetFont("go", "", pdfBodySize)
		for _, l := range b.lines {
			wrapped[i] = append(wrapped[i], p.wrap(l, w-2*pdfPad)...)
		}
		h = max(h, 2*pdfPad+pdfTitleLine+float64(len(wrapped[i]))*pdfLine)
	}
	p.ensure(h)
	x0, y0 := p.pdf.GetX(), p.pdf.GetY()
	for i, b := range bs {
		x := x0 + float64(i)*w
		p.pdf.Rect(x, y0, w, h, "D")
		p.pdf.SetXY(x+pdfPad, y0+pdfPad)
		p.pdf.SetFont("go", "B", pdfTitleSize)
		p.pdf.CellFormat(w-2*pdfPad, pdfTitleLine, b.title, "", 2, "L", false, 0, "")
		p.pdf.SetFont("go", "", pdfBodySize)
		for _, l := range wrapped[i] {
			p.pdf.CellFormat(w-2*pdfPad, pdfLine, l, "", 2, "L", false, 0, "")
		}
	}
	p.pdf.SetXY(x0, y0+h)
}

// goods writes the goods table (elements 6 and 7), its header repeated on
// every page it runs over.
func (p *pdfPage) goods(goods []Good) {
	p.pdf.SetFont("go", "B", pdfTitleSize)
	title := func() {
		p.pdf.CellFormat(0, 2*pdfPad+pdfTitleLine, titleGoods, "LTR", 1, "L", false, 0, "")
	}
	header := func() {
		p.row(goodsHeaders, "B", true)
	}
	first := true
	for _, g := range goods {
		h := p.rowHeight(goodsRow(g), "")
		need := h
		if first {
			p.pdf.SetFont("go", "B", pdfTitleSize)
			need += 2*pdfPad + pdfTitleLine + p.rowHeight(goodsHeaders, "B")
		}
		if p.room() < need {
			p.pdf.AddPage()
			first = true
		}
		if first {
			p.pdf.SetFont("go", "B", pdfTitleSize)
			title()
			header()
			first = false
		}
		p.row(goodsRow(g), "", false)
	}
}

// rowHeight is the height of a table row with the given cells.
func (p *pdfPage) rowHeight(cells []string, style string) float64 {
	p.pdf.SetFont("go", style, pdfTableSize)
	n := 1
	for i, c := range cells {
		n = max(n, len(p.wrap(c, pdfColumns[i]-2*pdfPad)))
	}
	return float64(n)*pdfLine + pdfPad
}

// row writes one table row, each cell wrapped within its column.
func (p *pdfPage) row(cells []string, style string, fill bool) {
	h := p.rowHeight(cells, style)
	x0, y0 := p.pdf.GetX(), p.pdf.GetY()
	if fill {
		p.pdf.SetFillColor(225, 230, 238)
	}
	x := x0
	for i, c := range cells {
		w := pdfColumns[i]
		rectStyle := "D"
		if fill {
			rectStyle = "FD"
		}
		p.pdf.Rect(x, y0, w, h, rectStyle)
		p.pdf.SetXY(x+pdfPad, y0+pdfPad/2)
		for _, l := range p.wrap(c, w-2*pdfPad) {
			p.pdf.CellFormat(w-2*pdfPad, pdfLine, l, "", 2, "L", false, 0, "")
		}
		x += w
	}
	p.pdf.SetXY(x0, y0+h)
}

// signature writes element 9: the statement, the signature line, and the
// signatory's name, title and the date, kept together on one page.
func (p *pdfPage) signature(s Signature) {
	w := p.width()
	p.pdf.SetFont("go", "", pdfBodySize)
	stmt := p.wrap(s.Statement, w-2*pdfPad)
	h := 2*pdfPad + pdfTitleLine + float64(len(stmt))*pdfLine + 14 + 3*pdfLine
	p.ensure(h)
	x0, y0 := p.pdf.GetX(), p.pdf.GetY()
	p.pdf.Rect(x0, y0, w, h, "D")
	p.pdf.SetXY(x0+pdfPad, y0+pdfPad)
	p.pdf.SetFont("go", "B", pdfTitleSize)
	p.pdf.CellFormat(w-2*pdfPad, pdfTitleLine, titleSignature, "", 2, "L", false, 0, "")
	p.pdf.SetFont("go", "", pdfBodySize)
	for _, l := range stmt {
		p.pdf.CellFormat(w-2*pdfPad, pdfLine, l, "", 2, "L", false, 0, "")
	}
	y := p.pdf.GetY() + 12
	p.pdf.SetXY(x0+pdfPad, y-pdfLine)
	p.pdf.CellFormat(22, pdfLine, "Signature:", "", 0, "L", false, 0, "")
	p.pdf.Line(x0+pdfPad+22, y, x0+pdfPad+110, y)
	p.pdf.SetXY(x0+pdfPad, y+2)
	for _, l := range []string{"Name: " + s.Name, "Title: " + s.Title, "Date: " + s.Date} {
		p.pdf.CellFormat(w-2*pdfPad, pdfLine, l, "", 2, "L", false, 0, "")
	}
	p.pdf.SetXY(x0, y0+h)
}

// wrap breaks text into lines no wider than w in the current font, at
// spaces, and within a word only when the word alone is wider than w.
func (p *pdfPage) wrap(s string, w float64) []string {
	if s == "" {
		return []string{""}
	}
	var lines []string
	cur := ""
	for _, word := range strings.Fields(s) {
		try := word
		if cur != "" {
			try = cur + " " + word
		}
		if p.pdf.GetStringWidth(try) <= w {
			cur = try
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = ""
		for p.pdf.GetStringWidth(word) > w {
			n := p.fit(word, w)
			lines = append(lines, word[:n])
			word = word[n:]
		}
		cur = word
	}
	if cur != "" || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}

// fit is how many bytes of word's leading runes fit in w (at least one rune).
func (p *pdfPage) fit(word string, w float64) int {
	n := 0
	for i, r := range word {
		next := i + len(string(r))
		if n > 0 && p.pdf.GetStringWidth(word[:next]) > w {
			break
		}
		n = next
	}
	return n
}
