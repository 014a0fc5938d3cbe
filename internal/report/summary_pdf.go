package report

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/internal/pdffont"
	"github.com/roo-trade/roo/origin"
)

// summaryRisks is how many goods the summary lists as most at risk.
const summaryRisks = 10

// thinMargin is the margin, in percentage points, under which a qualifying
// good is listed as at risk: a small change of price or supplier would
// make it fail.
var thinMargin = decimal.NewFromInt(2)

// SummaryPDFOptions are what the portfolio summary prints besides results.
type SummaryPDFOptions struct {
	RooVersion string
	Created    time.Time // the date printed; zero: none
}

// SummaryPDFWriter writes a one-page portfolio summary for a manager: the
// verdict counts, the duty saved and at stake, the goods closest to their
// RVC threshold, the non-originating value by country and the goods most
// at risk. It keeps a few figures per good, never the goods themselves.
type SummaryPDFWriter struct {
	out       io.Writer
	opts      SummaryPDFOptions
	picker    rvcPicker
	countries countryTotals
	risks     []riskGood
}

// riskGood is a good that fails, needs review, errs or qualifies by a thin
// margin, with the duty a year its verdict is worth.
type riskGood struct {
	seq        int
	id, desc   string
	status     origin.Status
	margin     decimal.NullDecimal
	year, unit decimal.NullDecimal
	currency   string
	thin       bool
}

// NewSummaryPDFWriter prepares a summary to be written to w by Close.
func NewSummaryPDFWriter(w io.Writer, opts SummaryPDFOptions) *SummaryPDFWriter {
	return &SummaryPDFWriter{out: w, opts: opts, picker: rvcPicker{limit: 12}}
}

// Good takes the figures of one good.
func (s *SummaryPDFWriter) Good(g Good) error {
	s.picker.add(g)
	s.countries.add(g)
	m := margin(g)
	thin := g.Status == origin.Qualifies && m.Valid && m.Decimal.LessThan(thinMargin)
	if g.Status != origin.Qualifies || thin {
		y, u := stake(g)
		s.risks = append(s.risks, riskGood{seq: len(s.risks), id: g.GoodID, desc: g.Description, status: g.Status, margin: m, year: y, unit: u, currency: goodCurrency(g), thin: thin})
		if len(s.risks) > 4*summaryRisks {
			s.trim()
		}
	}
	return nil
}

// trim keeps the goods most at risk: by duty a year, then a unit, then
// the smallest margin, then the order they came in.
func (s *SummaryPDFWriter) trim() {
	slices.SortStableFunc(s.risks, func(a, b riskGood) int {
		for _, p := range [][2]decimal.NullDecimal{{a.year, b.year}, {a.unit, b.unit}} {
			if p[0].Valid != p[1].Valid {
				if p[0].Valid {
					return -1
				}
				return 1
			}
			if p[0].Valid {
				if c := p[1].Decimal.Cmp(p[0].Decimal); c != 0 {
					return c
				}
			}
		}
		if a.margin.Valid && b.margin.Valid {
			if c := a.margin.Decimal.Cmp(b.margin.Decimal); c != 0 {
				return c
			}
		}
		return a.seq - b.seq
	})
	if len(s.risks) > summaryRisks {
		s.risks = s.risks[:summaryRisks]
	}
}

// Close lays out the page and writes the PDF.
func (s *SummaryPDFWriter) Close(files []File, sum Summary) error {
	s.trim()
	pdf := fpdf.New("P", "mm", "Letter", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(s.opts.Created)
	pdf.SetModificationDate(s.opts.Created)
	pdf.SetTitle("USMCA origin portfolio summary", true)
	pdf.SetCreator("roo "+s.opts.RooVersion, true)
	pdf.SetProducer("roo", true)
	pdf.SetLang("en")
	regular, bold := pdffont.Fonts()
	pdf.AddUTF8FontFromBytes("go", "", regular)
	pdf.AddUTF8FontFromBytes("go", "B", bold)
	pdf.SetMargins(15, 14, 15)
	pdf.SetAutoPageBreak(false, 10)
	pdf.AddPage()
	p := &summaryPage{pdf: pdf, w: 215.9 - 30}

	p.text("B", 16, "USMCA origin portfolio summary")
	made := fmt.Sprintf("%d %s in %d %s", sum.Goods, pl(sum.Goods, "good", "goods"), len(files), pl(len(files), "file", "files"))
	if !s.opts.Created.IsZero() {
		made += ", as of " + s.opts.Created.Format(time.DateOnly)
	}
	p.text("", 9, made+". Made by roo "+s.opts.RooVersion+"; the verdicts, reasons and figures good by good are in roo's XLSX or JSON report.")
	if sum.Scenario != nil {
		p.text("B", 9, "SCENARIO, not the law in force: every figure is what the proposed changes would make of the portfolio.")
	}
	if sum.Selection != nil {
		p.text("", 9, fmt.Sprintf("The counts and totals cover every good; the lists below only the %d shown (%s).", sum.Selection.Shown, sum.Selection.Filter))
	}
	p.gap(3)
	p.counts(sum)
	p.gap(3)
	p.money(sum.Exposure)
	p.gap(3)
	p.risks(s.risks)
	p.gap(3)
	p.rvc(s.picker.goods())
	p.gap(3)
	p.countryBars(s.countries)
	pdf.SetY(-14)
	p.text("", 7, "Not a certification of origin. Per-year figures cover the goods with an annual volume; amounts in different currencies are never added.")
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("summary pdf: %w", err)
	}
	return pdf.Output(s.out)
}

// summaryPage draws the sections of the summary down the page.
type summaryPage struct {
	pdf *fpdf.Fpdf
	w   float64 // the width between the margins, mm
}

func (p *summaryPage) text(style string, size float64, s string) {
	p.pdf.SetFont("go", style, size)
	p.pdf.MultiCell(p.w, size*0.45, s, "", "L", false)
}

func (p *summaryPage) gap(mm float64) { p.pdf.Ln(mm) }

func (p *summaryPage) section(title string) {
	p.pdf.SetFont("go", "B", 11)
	p.pdf.SetTextColor(31, 78, 120)
	p.pdf.CellFormat(p.w, 6, title, "B", 1, "L", false, 0, "")
	p.pdf.SetTextColor(0, 0, 0)
	p.pdf.Ln(1)
}

// statusColours are the fills of the verdict boxes (Excel's Good, Bad,
// Neutral, and grey for errors), as in the XLSX report.
var statusColours = map[origin.Status][3]int{
	origin.Qualifies:      {198, 239, 206},
	origin.DoesNotQualify: {255, 199, 206},
	origin.NeedsReview:    {255, 235, 156},
	origin.StatusError:    {217, 217, 217},
}

func (p *summaryPage) counts(sum Summary) {
	p.section("Verdicts")
	boxes := []struct {
		st    origin.Status
		n     int
		label string
	}{
		{origin.Qualifies, sum.Qualifies, pl(sum.Qualifies, "qualifies", "qualify")},
		{origin.DoesNotQualify, sum.DoesNotQualify, pl(sum.DoesNotQualify, "does not qualify", "do not qualify")},
		{origin.NeedsReview, sum.NeedsReview, pl(sum.NeedsReview, "needs review", "need review")},
		{origin.StatusError, sum.Errors, pl(sum.Errors, "could not be evaluated", "could not be evaluated")},
	}
	bw := (p.w - 9) / 4
	x0, y := p.pdf.GetX(), p.pdf.GetY()
	for i, b := range boxes {
		c := statusColours[b.st]
		p.pdf.SetFillColor(c[0], c[1], c[2])
		x := x0 + float64(i)*(bw+3)
		p.pdf.Rect(x, y, bw, 17, "F")
		p.pdf.SetXY(x, y+1.5)
		p.pdf.SetFont("go", "B", 16)
		p.pdf.CellFormat(bw, 7, fmt.Sprint(b.n), "", 2, "C", false, 0, "")
		p.pdf.SetFont("go", "", 8)
		share := ""
		if sum.Goods > 0 {
			share = " (" + share100(b.n, sum.Goods) + ")"
		}
		p.pdf.CellFormat(bw, 4, b.label+share, "", 2, "C", false, 0, "")
	}
	p.pdf.SetXY(x0, y+19)
}

// share100 is n of total as a percentage to one decimal.
func share100(n, total int) string {
	return decimal.NewFromInt(int64(n)).Mul(decimal.NewFromInt(100)).DivRound(decimal.NewFromInt(int64(total)), 1).StringFixed(1) + "%"
}

func (p *summaryPage) money(ps []Portfolio) {
	p.section("Duty a year")
	if len(ps) == 0 {
		p.text("", 9, "No good could be priced: give the importing country's schedule (see roo tariff --help).")
		return
	}
	p.pdf.SetFont("go", "B", 8)
	cols := []float64{22, 38, 38, 38, 49.9}
	for i, h := range []string{"Currency", "Saved (qualify)", "At stake (need review)", "Paid (do not qualify)", "Goods without annual volume"} {
		p.pdf.CellFormat(cols[i], 5, h, "B", 0, alignOf(i), false, 0, "")
	}
	p.pdf.Ln(-1)
	p.pdf.SetFont("go", "", 9)
	for _, pf := range ps {
		for i, v := range []string{pf.Currency, money(pf.SavedPerYear, ""), money(pf.AtStakePerYear, ""), money(pf.DutyPerYear, ""), fmt.Sprint(pf.WithoutVolume)} {
			p.pdf.CellFormat(cols[i], 5, v, "", 0, alignOf(i), false, 0, "")
		}
		p.pdf.Ln(-1)
	}
}

func alignOf(i int) string {
	if i == 0 {
		return "L"
	}
	return "R"
}

func (p *summaryPage) risks(rs []riskGood) {
	p.section("Goods most at risk")
	if len(rs) == 0 {
		p.text("", 9, "Every good qualifies with more than 2 percentage points of margin.")
		return
	}
	cols := []float64{30, 70, 30, 22, 33.9}
	p.pdf.SetFont("go", "B", 8)
	for i, h := range []string{"Good", "Description", "Verdict", "RVC margin", "Duty a year"} {
		a := "L"
		if i >= 3 {
			a = "R"
		}
		p.pdf.CellFormat(cols[i], 5, h, "B", 0, a, false, 0, "")
	}
	p.pdf.Ln(-1)
	p.pdf.SetFont("go", "", 8)
	for _, r := range rs {
		verdict := strings.ReplaceAll(string(r.status), "-", " ")
		if r.thin {
			verdict = "qualifies, thin margin"
		}
		m := "—"
		if r.margin.Valid {
			m = signed(r.margin.Decimal.String())
		}
		duty := "—"
		switch {
		case r.year.Valid:
			duty = money(r.year.Decimal.String(), r.currency)
		case r.unit.Valid:
			duty = money(r.unit.Decimal.String(), r.currency) + " a unit"
		}
		for i, v := range []string{fit(p.pdf, r.id, cols[0]), fit(p.pdf, r.desc, cols[1]), verdict, m, duty} {
			a := "L"
			if i >= 3 {
				a = "R"
			}
			p.pdf.CellFormat(cols[i], 4.6, v, "", 0, a, false, 0, "")
		}
		p.pdf.Ln(-1)
	}
}

// fit shortens s with an ellipsis to the width w, mm, in the current font.
func fit(pdf *fpdf.Fpdf, s string, w float64) string {
	if pdf.GetStringWidth(s) <= w-1 {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && pdf.GetStringWidth(string(r)+"…") > w-1 {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// rvc draws the goods closest to their threshold: the best RVC as a bar,
// the threshold as a tick.
func (p *summaryPage) rvc(goods []chartGood) {
	p.section("Regional value content of the goods closest to their threshold")
	if len(goods) == 0 {
		p.text("", 9, "No good has a regional value content to chart.")
		return
	}
	const label, barW, rowH = 32.0, 120.0, 4.2
	x0 := p.pdf.GetX()
	for _, g := range goods {
		y := p.pdf.GetY()
		rvc, min := bestRVC(g)
		p.pdf.SetFont("go", "", 7.5)
		p.pdf.CellFormat(label, rowH, fit(p.pdf, g.id, label), "", 0, "L", false, 0, "")
		p.pdf.SetFillColor(235, 235, 235)
		p.pdf.Rect(x0+label, y+0.6, barW, rowH-1.2, "F")
		fill := [3]int{112, 173, 71}
		if g.hasMin && rvc.LessThan(min) {
			fill = [3]int{192, 80, 77}
		}
		p.pdf.SetFillColor(fill[0], fill[1], fill[2])
		v, _ := rvc.Float64() // drawing only: the figure printed is the decimal
		p.pdf.Rect(x0+label, y+0.6, barW*clamp(v/100), rowH-1.2, "F")
		text := rvc.StringFixed(1) + "%"
		if g.hasMin {
			t, _ := min.Float64()
			tx := x0 + label + barW*clamp(t/100)
			p.pdf.SetDrawColor(0, 0, 0)
			p.pdf.Line(tx, y, tx, y+rowH)
			text += " (threshold " + min.String() + "%)"
		}
		p.pdf.SetXY(x0+label+barW+2, y)
		p.pdf.CellFormat(p.w-label-barW-2, rowH, text, "", 1, "L", false, 0, "")
		p.pdf.SetX(x0)
	}
}

func clamp(f float64) float64 { return max(0, min(1, f)) }

// bestRVC is the chart's RVC of a good: the method with the best margin,
// or the higher RVC when no method has a threshold.
func bestRVC(g chartGood) (rvc, threshold decimal.Decimal) {
	type m struct{ v, min string }
	var best decimal.Decimal
	var bestMin decimal.Decimal
	found := false
	for _, x := range []m{{g.tv, g.tvMin}, {g.nc, g.ncMin}} {
		v, err := decimal.NewFromString(x.v)
		if err != nil {
			continue
		}
		mn, errMin := decimal.NewFromString(x.min)
		if g.hasMin && errMin != nil {
			continue
		}
		if !found || (g.hasMin && v.Sub(mn).GreaterThan(best.Sub(bestMin))) || (!g.hasMin && v.GreaterThan(best)) {
			best, bestMin, found = v, mn, true
		}
	}
	return best, bestMin
}

// countryBars draws the non-originating value by country of origin, in
// the first currency of the portfolio.
func (p *summaryPage) countryBars(c countryTotals) {
	rows := c.rows()
	if len(rows) == 0 || len(c.currencies) == 0 {
		p.section("Non-originating value by country")
		p.text("", 9, "No non-originating material.")
		return
	}
	cur := c.currencies[0]
	p.section("Non-originating value by country of origin (" + cur + ", all goods)")
	if len(rows) > 8 {
		rows = rows[:8]
	}
	top, _ := rows[0].values[0].Float64()
	const label, barW, rowH = 32.0, 120.0, 4.2
	x0 := p.pdf.GetX()
	for _, r := range rows {
		y := p.pdf.GetY()
		p.pdf.SetFont("go", "", 7.5)
		p.pdf.CellFormat(label, rowH, r.country, "", 0, "L", false, 0, "")
		v, _ := r.values[0].Float64()
		p.pdf.SetFillColor(68, 114, 196)
		if top > 0 {
			p.pdf.Rect(x0+label, y+0.6, barW*clamp(v/top), rowH-1.2, "F")
		}
		p.pdf.SetXY(x0+label+barW+2, y)
		p.pdf.CellFormat(p.w-label-barW-2, rowH, money(Money(r.values[0]), cur), "", 1, "L", false, 0, "")
		p.pdf.SetX(x0)
	}
	if len(c.currencies) > 1 {
		p.text("", 7, "Goods priced in "+strings.Join(c.currencies[1:], ", ")+" are in the XLSX report's Charts sheet.")
	}
}
