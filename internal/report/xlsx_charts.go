package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Chart colours: RVC columns in blue shades, thresholds as dark red marks.
const (
	colourRVCTV     = "2E75B6"
	colourRVCNC     = "9DC3E6"
	colourThreshold = "C00000"
)

// currencyColours tell the currencies apart in the country chart.
var currencyColours = []string{"ED7D31", "7F7F7F", "FFC000", "70AD47", "5B9BD5", "264478"}

// Chart geometry, in pixels. A default row is 20 pixels high in Excel and
// 17 in LibreOffice; charts are spaced for the smaller, so that they never
// overlap.
const (
	rowPixels      = 17
	rvcChartHeight = 420
	chartDataCol   = 15 // column O: where the RVC chart's data starts
)

// axisFont is dark enough to read on paper; the default is a pale grey.
var axisFont = excelize.Font{Family: fontFamily, Size: 9, Color: "404040"}

// noVary keeps one colour per series: a chart that varies colours by point
// gets a legend entry per category.
var noVary = false

// countryBars is how many countries the country chart shows at most, the
// largest first; the Portfolio sheet lists them all.
const countryBars = 20

// writeCharts writes the Charts sheet: the RVC chart with its data to the
// right, and the chart of non-originating value by country below it.
func (x *XLSXWriter) writeCharts(ct countryTable) error {
	if _, err := x.f.NewSheet(SheetCharts); err != nil {
		return err
	}
	if err := printSetup(x.f, SheetCharts, -1); err != nil {
		return err
	}
	g := &grid{f: x.f, sheet: SheetCharts}
	top, err := x.rvcChart(g)
	if err != nil {
		return err
	}
	if err := x.countryChart(g, ct, top); err != nil {
		return err
	}
	below := top + 3
	if n := min(ct.last-ct.first+1, countryBars); n > 0 {
		below = top + countryChartHeight(n, len(ct.currencies))/rowPixels + 3
	}
	return x.contentChart(g, below)
}

// rvcChartHead is the header row of the RVC chart's data.
const rvcChartHead = 3

// rvcChartData writes the goods of the RVC chart from column O and says
// which of its four series (RVC and threshold by each method) have values.
func (x *XLSXWriter) rvcChartData(g *grid, goods []chartGood) (has [4]bool) {
	st, c0 := x.st, chartDataCol
	for i := 0; i < 5; i++ {
		name, _ := excelize.ColumnNumberToName(c0 + i)
		if g.err == nil {
			g.err = x.f.SetColWidth(SheetCharts, name, name, 15) // whole characters
		}
	}
	g.text(c0, 1, "Data of the RVC chart", st.section)
	note := fmt.Sprintf("All %d goods with an RVC, those with a threshold first, smallest margin first.", len(goods))
	if x.picker.seen > len(goods) {
		note = fmt.Sprintf("The %d goods nearest to or furthest below their threshold, out of %d with an RVC; all are on the Summary sheet.", len(goods), x.picker.seen)
	}
	g.text(c0, 2, note, st.note)
	g.header(c0, rvcChartHead, st.header, "Good ID")
	g.header(c0+1, rvcChartHead, st.headerNum, "RVC (TV)", "Threshold (TV)", "RVC (NC)", "Threshold (NC)")
	for i, cg := range goods {
		r := rvcChartHead + 1 + i
		g.text(c0, r, cg.id, 0)
		for j, v := range []string{cg.tv, cg.tvMin, cg.nc, cg.ncMin} {
			if v != "" {
				has[j] = true
				g.percentText(c0+1+j, r, v, st.percent)
			}
		}
	}
	return has
}

// rvcChart draws RVC against threshold per good at A1: RVC by each method
// as columns, thresholds as marks; a method or threshold no good has is
// left out. It returns the first free row below the chart.
func (x *XLSXWriter) rvcChart(g *grid) (int, error) {
	goods := x.picker.goods()
	has := x.rvcChartData(g, goods)
	if g.err != nil {
		return 0, fmt.Errorf("xlsx report: charts sheet: %w", g.err)
	}
	if len(goods) == 0 {
		g.text(1, 1, "No good has a regional value content to chart.", x.st.note)
		return 3, g.err
	}
	c0, first, last := chartDataCol, rvcChartHead+1, rvcChartHead+len(goods)
	cats := g.absRef(c0, first, last)
	var cols, marks []excelize.ChartSeries
	for j, colour := range []string{colourRVCTV, colourThreshold, colourRVCNC, colourThreshold} {
		if !has[j] {
			continue
		}
		s := excelize.ChartSeries{Name: g.absCell(c0+1+j, rvcChartHead), Categories: cats, Values: g.absRef(c0+1+j, first, last)}
		fill := excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}
		switch j {
		case 0, 2: // RVC
			s.Fill = fill
			cols = append(cols, s)
		case 1: // threshold (TV)
			s.Line, s.Marker = excelize.LineOptions{Type: excelize.LineNone}, excelize.ChartMarker{Symbol: "dash", Size: 14, Fill: fill}
			marks = append(marks, s)
		case 3: // threshold (NC)
			s.Line, s.Marker = excelize.LineOptions{Type: excelize.LineNone}, excelize.ChartMarker{Symbol: "diamond", Size: 7, Fill: fill}
			marks = append(marks, s)
		}
	}
	chart := &excelize.Chart{
		Type:       excelize.Col,
		Series:     cols,
		Dimension:  excelize.ChartDimension{Width: uint(max(160+44*len(goods), 640)), Height: rvcChartHeight},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Regional value content against threshold"}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		YAxis:      excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}, Font: axisFont},
		XAxis:      excelize.ChartAxis{Alignment: excelize.Alignment{TextRotation: -45}, Font: axisFont},
		VaryColors: &noVary,
	}
	var combo []*excelize.Chart
	if len(marks) > 0 {
		// The combined chart's axes replace the first's: give it the same.
		combo = append(combo, &excelize.Chart{Type: excelize.Line, Series: marks, XAxis: chart.XAxis, YAxis: chart.YAxis})
	}
	if err := x.f.AddChart(SheetCharts, "A1", chart, combo...); err != nil {
		return 0, fmt.Errorf("xlsx report: RVC chart: %w", err)
	}
	return rvcChartHeight/rowPixels + 3, nil
}

// countryChart draws non-originating value by country from the Portfolio
// sheet's table, at row top of the Charts sheet: the largest countries, one
// series per currency.
func (x *XLSXWriter) countryChart(g *grid, ct countryTable, top int) error {
	n := min(ct.last-ct.first+1, countryBars)
	if n <= 0 {
		g.text(1, top, "No material was counted as non-originating: nothing to chart by country.", x.st.note)
		return g.err
	}
	last := ct.first + n - 1
	var series []excelize.ChartSeries
	for i := range ct.currencies {
		series = append(series, excelize.ChartSeries{
			Name:       ct.g.absCell(2+i, ct.header),
			Categories: ct.g.absRef(1, ct.first, last),
			Values:     ct.g.absRef(2+i, ct.first, last),
			Fill:       excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{currencyColours[i%len(currencyColours)]}},
		})
	}
	title := "Non-originating value by country of origin (per unit, all goods)"
	if len(series) == 1 {
		title = "Non-originating value by country of origin (" + ct.currencies[0] + " per unit, all goods)"
	}
	if n < ct.last-ct.first+1 {
		title += fmt.Sprintf(", the %d largest", n)
	}
	chart := &excelize.Chart{
		Type:       excelize.Bar,
		Series:     series,
		Dimension:  excelize.ChartDimension{Width: 720, Height: uint(countryChartHeight(n, len(series)))},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		XAxis:      excelize.ChartAxis{ReverseOrder: true, Font: axisFont}, // largest at the top
		YAxis:      excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}, Font: axisFont},
		VaryColors: &noVary,
	}
	if len(series) == 1 {
		chart.Legend.Position = "none" // the currency is in the title
	}
	if err := x.f.AddChart(SheetCharts, g.ref(1, top), chart); err != nil {
		return fmt.Errorf("xlsx report: country chart: %w", err)
	}
	return g.err
}
