package report

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// writeXLSX runs goods through an XLSXWriter and returns the file.
func writeXLSX(t testing.TB, goods []Good, files []File, sum Summary) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := NewXLSXWriter(&buf, XLSXOptions{RooVersion: "v0.test", Created: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)})
	for _, g := range goods {
		if err := w.Good(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(files, sum); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func fixtureXLSX(t *testing.T) ([]byte, *excelize.File) {
	t.Helper()
	goods := fixtureGoods()
	data := writeXLSX(t, goods, fixtureFiles(), fixtureSummary(goods))
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("excelize cannot reopen the report: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return data, f
}

// columnOf finds the letter of a header in row 1 of a sheet.
func columnOf(t *testing.T, f *excelize.File, sheet, header string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	i := slices.Index(rows[0], header)
	if i < 0 {
		t.Fatalf("sheet %s has no column %q; headers %q", sheet, header, rows[0])
	}
	name, _ := excelize.ColumnNumberToName(i + 1)
	return name
}

func TestXLSXSheetsAndHeaders(t *testing.T) {
	_, f := fixtureXLSX(t)
	want := []string{"Portfolio", "Summary", "Materials", "Assumptions", "Problems", "Charts"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %q, want %q", got, want)
	}
	if f.GetActiveSheetIndex() != 0 {
		t.Errorf("the workbook opens on sheet %d, want Portfolio (issue 16)", f.GetActiveSheetIndex())
	}
	for sheet, headers := range map[string][]string{
		"Summary": {"File", "Good ID", "Description", "HTS", "Status", "Criterion", "Rule",
			"RVC (TV)", "Threshold (TV)", "Margin (TV)", "RVC (NC)", "Threshold (NC)", "Margin (NC)",
			"VNM", "Duty / unit", "Duty / year", "Saved / unit", "Saved / year", "At stake / unit", "At stake / year"},
		"Materials": {"Good ID", "Ref", "Depth", "Part number", "Description", "HTS", "Origin status", "Country",
			"Kind", "Supplier", "Value", "Counted in VNM", "Treatment", "Why"},
		"Assumptions": {"Good ID", "Code", "Ref", "Assumption"},
		"Problems":    {"File", "Good ID", "Severity", "Row", "Column", "Problem", "Hint"},
	} {
		for _, h := range headers {
			columnOf(t, f, sheet, h)
		}
	}
}

// TestXLSXCellsAreTyped checks cells as stored: numbers are number cells
// with the right format, text is string cells, nothing is a formula.
func TestXLSXCellsAreTyped(t *testing.T) {
	data, f := fixtureXLSX(t)
	pkg := openPackage(t, data)
	summary := pkg.cells(t, "Summary")
	materials := pkg.cells(t, "Materials")

	numFmt := func(c rawCell) string {
		st, err := f.GetStyle(c.Style)
		if err != nil || st.CustomNumFmt == nil {
			return ""
		}
		return *st.CustomNumFmt
	}
	number := func(sheet string, cells map[string]rawCell, col string, row int, want, format string) {
		t.Helper()
		ref := fmt.Sprintf("%s%d", columnOf(t, f, sheet, col), row)
		c := cells[ref]
		if c.Type != "" && c.Type != "n" {
			t.Errorf("%s!%s (%s) is stored as type %q, want a number", sheet, ref, col, c.Type)
			return
		}
		got, err := decimal.NewFromString(c.Value)
		if err != nil || !got.Equal(decimal.RequireFromString(want)) {
			t.Errorf("%s!%s (%s) = %q, want %s", sheet, ref, col, c.Value, want)
		}
		if format != "" && numFmt(c) != format {
			t.Errorf("%s!%s (%s) format = %q, want %q", sheet, ref, col, numFmt(c), format)
		}
	}
	text := func(sheet string, cells map[string]rawCell, col string, row int, want string) {
		t.Helper()
		ref := fmt.Sprintf("%s%d", columnOf(t, f, sheet, col), row)
		c := cells[ref]
		if c.Type != "inlineStr" || c.Inline != want || c.Formula != nil {
			t.Errorf("%s!%s (%s) = type %q %q formula %v, want the text %q", sheet, ref, col, c.Type, c.Inline, c.Formula, want)
		}
	}

	// Row 2 is QUAL-1, row 3 FAIL-2, row 4 ERR-3, row 5 REV-4.
	text("Summary", summary, "Description", 2, injectHyperlink)
	text("Summary", summary, "Description", 3, injectMinus)
	text("Summary", summary, "Good ID", 3, "FAIL-2")
	text("Summary", summary, "Status", 2, "qualifies")
	text("Summary", summary, "HTS", 2, "8708.30.50")
	number("Summary", summary, "RVC (TV)", 2, "0.8895", fmtPercent)
	number("Summary", summary, "Threshold (TV)", 2, "0.6", fmtPercent)
	number("Summary", summary, "RVC (NC)", 2, "0.87722222", fmtPercent)
	number("Summary", summary, "Margin (TV)", 3, "-2", fmtPoints)
	number("Summary", summary, "Headroom (NC)", 3, "-0.2", fmtMoney)
	number("Summary", summary, "VNM", 2, "11.05", fmtMoney)
	number("Summary", summary, "Duty / unit", 3, "0.045", fmtMoney) // finer than a cent, kept
	number("Summary", summary, "Saved / year", 2, "25000", fmtMoney)
	number("Summary", summary, "Assumptions", 3, "1", fmtCount)
	number("Summary", summary, "As of", 2, "46204", fmtDate) // 2026-07-01
	text("Materials", materials, "Supplier", 3, injectAt)
	number("Materials", materials, "Value", 3, "9.8", fmtMoney)
	number("Materials", materials, "Depth", 3, "1", fmtCount)

	// Blank where the JSON has null.
	for _, ref := range []string{columnOf(t, f, "Summary", "RVC (TV)") + "4", columnOf(t, f, "Summary", "Threshold (TV)") + "5", columnOf(t, f, "Summary", "Duty / year") + "3"} {
		if c, ok := summary[ref]; ok && (c.Value != "" || c.Inline != "") {
			t.Errorf("Summary!%s = %+v, want blank", ref, c)
		}
	}
	// The verdict is coloured by its value.
	qual, fail := summary[columnOf(t, f, "Summary", "Status")+"2"], summary[columnOf(t, f, "Summary", "Status")+"3"]
	if qual.Style == 0 || qual.Style == fail.Style {
		t.Errorf("status styles: qualifies %d, does-not-qualify %d; want distinct fills", qual.Style, fail.Style)
	}
	// Nested lines are indented by depth.
	desc := materials[columnOf(t, f, "Materials", "Description")+"3"]
	if st, err := f.GetStyle(desc.Style); err != nil || st.Alignment == nil || st.Alignment.Indent != 1 {
		t.Errorf("depth-1 description style = %+v, want indent 1", st)
	}

	// No formula anywhere in the workbook.
	for _, part := range pkg.partsWithPrefix("xl/worksheets/sheet") {
		if bytes.Contains(pkg.parts[part], []byte("<f>")) || bytes.Contains(pkg.parts[part], []byte("<f ")) {
			t.Errorf("%s contains a formula", part)
		}
	}
}

func TestXLSXFrozenFilteredPrintable(t *testing.T) {
	data, f := fixtureXLSX(t)
	pkg := openPackage(t, data)
	goods := fixtureGoods()
	lines, assumptions := 0, 0
	for _, g := range goods {
		lines += len(g.Materials)
		assumptions += len(g.Assumptions)
	}
	for sheet, rows := range map[string]int{"Summary": len(goods), "Materials": lines, "Assumptions": assumptions, "Problems": 2} {
		p, err := f.GetPanes(sheet)
		if err != nil || !p.Freeze || p.YSplit != 1 || p.XSplit != 2 {
			t.Errorf("%s panes = %+v, %v; want the header row and two columns frozen", sheet, p, err)
		}
		tables, err := f.GetTables(sheet)
		if err != nil || len(tables) != 1 {
			t.Errorf("%s tables = %+v, %v; want one", sheet, tables, err)
			continue
		}
		last, _ := excelize.CoordinatesToCellName(len(pkg.cellsRow(t, sheet, 1)), max(rows+1, 2))
		if tables[0].Range != "A1:"+last {
			t.Errorf("%s table range = %s, want A1:%s", sheet, tables[0].Range, last)
		}
		// Printed at a legible scale, not shrunk to one page wide: the
		// key columns fill the first page width, the rest follow.
		lay, err := f.GetPageLayout(sheet)
		if err != nil || lay.Orientation == nil || *lay.Orientation != "landscape" || lay.AdjustTo == nil || *lay.AdjustTo != dataSheetScale {
			t.Errorf("%s page layout = %+v, want landscape at %d%%", sheet, lay, dataSheetScale)
		}
		if props, err := f.GetSheetProps(sheet); err != nil || props.FitToPage == nil || *props.FitToPage {
			t.Errorf("%s fits to page: %v", sheet, err)
		}
		hf, err := f.GetHeaderFooter(sheet)
		if err != nil || hf.OddHeader != "&L&F&R&A" || hf.OddFooter != "&LPrinted &D&RPage &P of &N" {
			t.Errorf("%s header/footer = %+v, %v; want file and sheet, date printed and page n of N", sheet, hf, err)
		}
	}
	for _, sheet := range []string{"Portfolio", "Charts"} {
		lay, err := f.GetPageLayout(sheet)
		if err != nil || lay.FitToWidth == nil || *lay.FitToWidth != 1 || *lay.Orientation != "landscape" {
			t.Errorf("%s page layout = %+v, want landscape, one page wide", sheet, lay)
		}
	}
	for _, part := range pkg.partsWithPrefix("xl/tables/") {
		if !bytes.Contains(pkg.parts[part], []byte("<autoFilter")) {
			t.Errorf("%s has no auto-filter", part)
		}
	}
	titles := 0
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Titles" {
			titles++
			if want := quoteSheet(dn.Scope) + "!$A:$B," + quoteSheet(dn.Scope) + "!$1:$1"; dn.RefersTo != want {
				t.Errorf("%s prints titles %s, want %s (file and good on every page, the header row too)", dn.Scope, dn.RefersTo, want)
			}
		}
	}
	if titles != 4 {
		t.Errorf("%d sheets repeat their header row when printed, want 4", titles)
	}
}

// cellsRow returns the references of the stored cells of one row.
func (p *xlsxPackage) cellsRow(t *testing.T, sheet string, row int) []string {
	var out []string
	suffix := fmt.Sprint(row)
	for ref := range p.cells(t, sheet) {
		if strings.TrimLeft(ref, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == suffix {
			out = append(out, ref)
		}
	}
	return out
}

func TestXLSXProblemsIncludeFileProblems(t *testing.T) {
	_, f := fixtureXLSX(t)
	rows, err := f.GetRows("Problems")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows[1:] {
		got = append(got, r[0]+"|"+r[1]+"|"+r[2])
	}
	want := []string{"plant-b.csv|ERR-3|error", "plant-b.csv||warning"}
	if !slices.Equal(got, want) {
		t.Errorf("problems = %q, want %q", got, want)
	}
}

func TestXLSXPortfolio(t *testing.T) {
	_, f := fixtureXLSX(t)
	rows, err := f.GetRows("Portfolio", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	find := func(label string) []string {
		for _, r := range rows {
			if len(r) > 0 && r[0] == label {
				return r
			}
		}
		t.Fatalf("Portfolio has no row %q", label)
		return nil
	}
	for label, want := range map[string]string{"qualifies": "1", "does-not-qualify": "1", "needs-review": "1", "error": "1", "all goods": "4"} {
		if got := find(label)[1]; got != want {
			t.Errorf("Portfolio %s = %s goods, want %s", label, got, want)
		}
	}
	if got := find("qualifies")[2]; !decimal.RequireFromString(got).Equal(decimal.RequireFromString("0.25")) {
		t.Errorf("share of qualifying goods = %s, want 0.25", got)
	}
	if got := find("USD"); got[3] != "25000" || got[1] != "2" {
		t.Errorf("USD duty row = %q, want 2 goods priced and 25000 saved", got)
	}
	// Non-originating value by country: USD and CAD never added together.
	header := find("Country of origin")
	if !slices.Equal(header[1:3], []string{"USD", "CAD"}) {
		t.Fatalf("country table header = %q", header)
	}
	for country, want := range map[string][2]string{"CN": {"13", "5"}, "JP": {"1.25", "0"}, "unknown": {"1", "0"}} {
		r := find(country)
		for i := range want {
			if !decimal.RequireFromString(r[1+i]).Equal(decimal.RequireFromString(want[i])) {
				t.Errorf("%s %s = %s, want %s", country, header[1+i], r[1+i], want[i])
			}
		}
	}
	var order []string
	for _, r := range rows {
		if len(r) > 0 && (r[0] == "CN" || r[0] == "JP" || r[0] == "unknown") {
			order = append(order, r[0])
		}
	}
	if !slices.Equal(order, []string{"CN", "JP", "unknown"}) {
		t.Errorf("countries in order %q, want largest first", order)
	}
}

func TestXLSXCharts(t *testing.T) {
	data, f := fixtureXLSX(t)
	pkg := openPackage(t, data)
	charts := pkg.partsWithPrefix("xl/charts/chart")
	slices.Sort(charts)
	if len(charts) != 2 {
		t.Fatalf("chart parts = %q, want 2", charts)
	}
	rvc, country := string(pkg.parts[charts[0]]), string(pkg.parts[charts[1]])
	for _, want := range []string{"<barChart>", `<barDir val="col">`, "<lineChart>", "Charts!$P$4:$P$6", "Charts!$Q$4:$Q$6", "Regional value content against threshold"} {
		if !strings.Contains(rvc, want) {
			t.Errorf("RVC chart lacks %s", want)
		}
	}
	for _, want := range []string{`<barDir val="bar">`, "Portfolio!$A$", "Portfolio!$C$", "Non-originating value by country of origin"} {
		if !strings.Contains(country, want) {
			t.Errorf("country chart lacks %s", want)
		}
	}
	// The charts are drawn on the Charts sheet.
	rels := pkg.parts["xl/worksheets/_rels/"+strings.TrimPrefix(pkg.sheets["Charts"], "xl/worksheets/")+".rels"]
	if !bytes.Contains(rels, []byte("drawing")) {
		t.Errorf("the Charts sheet has no drawing: %s", rels)
	}
	// The goods charted, failing first, then nearest their threshold, then
	// those without a threshold; ERR-3 has no RVC.
	rows, err := f.GetRows("Charts", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rows[3:] {
		if len(r) >= 15 && r[14] != "" {
			ids = append(ids, r[14])
		}
	}
	if want := []string{"FAIL-2", "QUAL-1", "REV-4"}; !slices.Equal(ids, want) {
		t.Errorf("charted goods = %q, want %q", ids, want)
	}
}

func TestXLSXWithoutGoods(t *testing.T) {
	data := writeXLSX(t, nil, nil, Summary{Exposure: []Portfolio{}})
	pkg := openPackage(t, data)
	if charts := pkg.partsWithPrefix("xl/charts/"); len(charts) != 0 {
		t.Errorf("charts without data: %q", charts)
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Charts", "A1"); !strings.Contains(v, "No good") {
		t.Errorf("Charts!A1 = %q, want a note that there is nothing to chart", v)
	}
	if v, _ := f.GetCellValue("Summary", "B1"); v != "Good ID" {
		t.Errorf("Summary!B1 = %q, want the header even without goods", v)
	}
}

func TestXLSXSampleGoods(t *testing.T) {
	goods, files := sampleGoods(t)
	var sum Summary
	lines := 0
	for _, g := range goods {
		sum.Add(g.Status)
		lines += len(g.Materials)
	}
	data := writeXLSX(t, goods, files, sum)
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for sheet, want := range map[string]int{"Summary": len(goods) + 1, "Materials": lines + 1} {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) != want {
			t.Errorf("%s has %d rows, want %d", sheet, len(rows), want)
		}
	}
	rows, _ := f.GetRows("Summary", excelize.Options{RawCellValue: true})
	col := slices.Index(rows[0], "RVC (TV)")
	for i, g := range goods {
		r := rvcBy(g, "transaction-value")
		if r == nil {
			continue
		}
		got := decimal.RequireFromString(rows[i+1][col])
		if want := decimal.RequireFromString(r.Value).Shift(-2); !got.Equal(want) {
			t.Errorf("%s RVC (TV) = %s, want %s", g.GoodID, got, want)
		}
	}
}

type failAfter struct{ n int }

func (w *failAfter) Write(p []byte) (int, error) {
	if w.n -= len(p); w.n < 0 {
		return 0, fmt.Errorf("disk full")
	}
	return len(p), nil
}

func TestXLSXWriteErrorIsReported(t *testing.T) {
	w := NewXLSXWriter(&failAfter{n: 100}, XLSXOptions{})
	for _, g := range fixtureGoods() {
		if err := w.Good(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(fixtureFiles(), Summary{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Close = %v, want the write error", err)
	}
}

// TestXLSXDeterministic checks that the same results give the same
// workbook part by part. The bytes of the zip differ from run to run:
// excelize writes the parts, and the defaults of [Content_Types].xml, in
// map order.
func TestXLSXDeterministic(t *testing.T) {
	goods := fixtureGoods()
	a := openPackage(t, writeXLSX(t, goods, fixtureFiles(), fixtureSummary(goods)))
	b := openPackage(t, writeXLSX(t, goods, fixtureFiles(), fixtureSummary(goods)))
	if len(a.parts) != len(b.parts) {
		t.Fatalf("%d parts, then %d", len(a.parts), len(b.parts))
	}
	for name, pa := range a.parts {
		pb := b.parts[name]
		if name == "[Content_Types].xml" {
			pa, pb = sortedElements(pa), sortedElements(pb)
		}
		if !bytes.Equal(pa, pb) {
			t.Errorf("part %s differs between two runs", name)
		}
	}
}

// sortedElements puts the elements of a flat XML document in order.
func sortedElements(b []byte) []byte {
	parts := strings.SplitAfter(string(b), ">")
	slices.Sort(parts)
	return []byte(strings.Join(parts, ""))
}

// TestXLSXCountryChartShowsTheLargest checks that a portfolio with more
// countries than the chart can show charts the largest and lists them all.
func TestXLSXCountryChartShowsTheLargest(t *testing.T) {
	g := fixtureGoods()[1]
	g.Materials = nil
	for i := range 25 {
		g.Materials = append(g.Materials, Material{Country: fmt.Sprintf("C%c", 'A'+i), Value: fmt.Sprint(i + 1), Counted: fmt.Sprint(i + 1), NonOriginating: true})
	}
	data := writeXLSX(t, []Good{g}, nil, fixtureSummary([]Good{g}))
	pkg := openPackage(t, data)
	country := string(pkg.parts["xl/charts/chart2.xml"])
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows("Portfolio")
	first := 0
	for i, r := range rows {
		if len(r) > 0 && r[0] == "CY" { // the largest, 25
			first = i + 1
		}
	}
	if first == 0 {
		t.Fatal("Portfolio does not list CY")
	}
	for _, want := range []string{fmt.Sprintf("Portfolio!$A$%d:$A$%d", first, first+19), "the 20 largest"} {
		if !strings.Contains(country, want) {
			t.Errorf("country chart lacks %q", want)
		}
	}
	listed := 0
	for _, r := range rows {
		if len(r) > 1 && len(r[0]) == 2 && r[0][0] == 'C' && r[0][1] >= 'A' && r[0][1] <= 'Y' {
			listed++
		}
	}
	if listed != 25 {
		t.Errorf("Portfolio lists %d countries, want all 25", listed)
	}
}
