package report

import (
	"fmt"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// contentGoods is how many goods the content-by-country chart shows.
const contentGoods = 25

// contentGroups are the stacks of the content chart: the USMCA countries,
// the others together, and the lines of unknown country.
var contentGroups = []string{"US", "CA", "MX", "Other", "Unknown"}

// contentColours colour the stacks.
var contentColours = []string{"1F4E79", "C00000", "548235", "A5A5A5", "FFC000"}

// contentRow is one good of the content chart: its materials' value by
// group, as exact decimals in the good's currency.
type contentRow struct {
	id       string
	currency string
	values   [5]decimal.Decimal
}

// contentPicker keeps the first goods with content by country, in the
// order they came, and counts the others.
type contentPicker struct {
	rows []contentRow
	seen int
}

func (p *contentPicker) add(g Good) {
	if g.Content == nil || len(g.Content.ByCountry) == 0 {
		return
	}
	p.seen++
	if len(p.rows) >= contentGoods {
		return
	}
	r := contentRow{id: g.GoodID, currency: g.Currency}
	for _, cv := range g.Content.ByCountry {
		v, err := decimal.NewFromString(cv.Value)
		if err != nil {
			continue
		}
		i := 3
		switch cv.Country {
		case "US":
			i = 0
		case "CA":
			i = 1
		case "MX":
			i = 2
		case "":
			i = 4
		}
		r.values[i] = r.values[i].Add(v)
	}
	p.rows = append(p.rows, r)
}

// contentChartCol is where the content chart's data starts on the Charts
// sheet (column V), right of the RVC chart's data.
const contentChartCol = 22

// contentChart draws each good's materials by country of origin as a
// 100% stacked bar (US, CA, MX, other, unknown), with its data in column V,
// at row top of the Charts sheet.
func (x *XLSXWriter) contentChart(g *grid, top int) error {
	p := &x.content
	if len(p.rows) == 0 {
		g.text(1, top, "No good has materials with a country of origin: no content-by-country chart.", x.st.note)
		return g.err
	}
	c0, head := contentChartCol, 3
	g.text(c0, 1, "Data of the content-by-country chart", x.st.section)
	note := fmt.Sprintf("Materials' value per unit by country of origin, in each good's currency; %d goods.", len(p.rows))
	if p.seen > len(p.rows) {
		note = fmt.Sprintf("The first %d of %d goods; every good's figures are in the JSON and CSV reports.", len(p.rows), p.seen)
	}
	g.text(c0, 2, note, x.st.note)
	g.header(c0, head, x.st.header, "Good ID")
	g.header(c0+1, head, x.st.headerNum, contentGroups...)
	g.header(c0+1+len(contentGroups), head, x.st.header, "Currency")
	for i := 0; i <= len(contentGroups)+1; i++ {
		name, _ := excelize.ColumnNumberToName(c0 + i)
		if g.err == nil {
			g.err = x.f.SetColWidth(SheetCharts, name, name, 12)
		}
	}
	for i, r := range p.rows {
		row := head + 1 + i
		g.text(c0, row, r.id, 0)
		for j, v := range r.values {
			g.number(c0+1+j, row, v, x.st.money)
		}
		g.text(c0+1+len(contentGroups), row, r.currency, 0)
	}
	if g.err != nil {
		return fmt.Errorf("xlsx report: content chart data: %w", g.err)
	}
	first, last := head+1, head+len(p.rows)
	var series []excelize.ChartSeries
	for j := range contentGroups {
		series = append(series, excelize.ChartSeries{
			Name:       g.absCell(c0+1+j, head),
			Categories: g.absRef(c0, first, last),
			Values:     g.absRef(c0+1+j, first, last),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{contentColours[j]}},
		})
	}
	chart := &excelize.Chart{
		Type:       excelize.BarPercentStacked,
		Series:     series,
		Dimension:  excelize.ChartDimension{Width: 720, Height: uint(max(120+24*len(p.rows), 280))},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Materials by country of origin (share of materials' value per good; separate from USMCA origin)"}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		XAxis:      excelize.ChartAxis{ReverseOrder: true, Font: axisFont},
		YAxis:      excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}, Font: axisFont},
		VaryColors: &noVary,
	}
	if err := x.f.AddChart(SheetCharts, g.ref(1, top), chart); err != nil {
		return fmt.Errorf("xlsx report: content chart: %w", err)
	}
	return g.err
}

// countryChartHeight is the height in pixels countryChart gives its chart
// of n bars in s series, so the content chart can go below it.
func countryChartHeight(n, s int) int { return max(120+28*n*s, 280) }
