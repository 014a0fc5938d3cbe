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

// writeCharts writes the Charts sheet: the RVC chart with its data to the
// right, and the chart of non-originating value by country below it.
func (x *XLSXWriter) writeCharts(ct countryTable) error {
	if _, err := x.f.NewSheet(SheetCharts); err != nil {
		return err
	}
	if err := printSetup(x.f, SheetCharts, false); err != nil {
		return err
	}
	st := x.st
	g := &grid{f: x.f, sheet: SheetCharts}
	goods := x.picker.goods()

	// The RVC chart's data, from column O.
	c0 := chartDataCol
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
	const head = 3
	g.header(c0, head, st.header, "Good ID")
	g.header(c0+1, head, st.headerNum, "RVC (TV)", "Threshold (TV)", "RVC (NC)", "Threshold (NC)")
	var has [4]bool // which series have any value
	for i, cg := range goods {
		r := head + 1 + i
		g.text(c0, r, cg.id, 0)
		for j, v := range []string{cg.tv, cg.tvMin, cg.nc, cg.ncMin} {
			if v != "" {
				has[j] = true
				g.percentText(c0+1+j, r, v, st.percent)
			}
		}
	}
	if g.err != nil {
		return fmt.Errorf("xlsx report: charts sheet: %w", g.err)
	}

	next := 1
	if len(goods) == 0 {
		g.text(1, 1, "No good has a regional value content to chart.", st.note)
		next = 3
	} else {
		first, last := head+1, head+len(goods)
		cats := g.absRef(c0, first, last)
		var cols, marks []excelize.ChartSeries
		for j, colour := range []string{colourRVCTV, colourThreshold, colourRVCNC, colourThreshold} {
			if !has[j] {
				continue
			}
			s := excelize.ChartSeries{Name: g.absCell(c0+1+j, head), Categories: cats, Values: g.absRef(c0+1+j, first, last)}
			if j%2 == 0 {
				s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}
				cols = append(cols, s)
				continue
			}
			s.Line = excelize.LineOptions{Type: excelize.LineNone}
			s.Marker = excelize.ChartMarker{Symbol: "dash", Size: 14, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{colour}}}
			if j == 3 {
				s.Marker.Symbol = "diamond"
				s.Marker.Size = 7
			}
			marks = append(marks, s)
		}
		width := uint(160 + 44*len(goods))
		chart := &excelize.Chart{
			Type:       excelize.Col,
			Series:     cols,
			Dimension:  excelize.ChartDimension{Width: max(width, 640), Height: rvcChartHeight},
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
		if len(cols) == 0 { // thresholds without any RVC cannot happen; keep AddChart valid anyway
			chart.Series, combo = marks, nil
		}
		if err := x.f.AddChart(SheetCharts, "A1", chart, combo...); err != nil {
			return fmt.Errorf("xlsx report: RVC chart: %w", err)
		}
		next = rvcChartHeight/rowPixels + 3
	}
	return x.countryChart(g, ct, next)
}

// countryChart draws non-originating value by country from the Portfolio
// sheet's table, at row top of the Charts sheet.
func (x *XLSXWriter) countryChart(g *grid, ct countryTable, top int) error {
	n := ct.last - ct.first + 1
	at := g.ref(1, top)
	if n <= 0 {
		g.text(1, top, "No material was counted as non-originating: nothing to chart by country.", x.st.note)
		return g.err
	}
	var series []excelize.ChartSeries
	for i := range ct.currencies {
		s := excelize.ChartSeries{
			Name:       ct.g.absCell(2+i, ct.header),
			Categories: ct.g.absRef(1, ct.first, ct.last),
			Values:     ct.g.absRef(2+i, ct.first, ct.last),
		}
		s.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{currencyColours[i%len(currencyColours)]}}
		series = append(series, s)
	}
	height := uint(min(max(120+28*n*len(ct.currencies), 280), 1000))
	chart := &excelize.Chart{
		Type:       excelize.Bar,
		Series:     series,
		Dimension:  excelize.ChartDimension{Width: 720, Height: height},
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: "Non-originating value by country of origin (per unit, all goods)"}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		XAxis:      excelize.ChartAxis{ReverseOrder: true, Font: axisFont}, // largest at the top
		YAxis:      excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "#,##0"}, Font: axisFont},
		VaryColors: &noVary,
	}
	if len(series) == 1 {
		chart.Legend.Position = "none" // the currency is in the title
		chart.Title.Paragraph[0].Text = "Non-originating value by country of origin (" + ct.currencies[0] + " per unit, all goods)"
	}
	if err := x.f.AddChart(SheetCharts, at, chart); err != nil {
		return fmt.Errorf("xlsx report: country chart: %w", err)
	}
	return g.err
}
