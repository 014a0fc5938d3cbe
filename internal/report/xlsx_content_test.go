package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/origin"
)

// TestXLSXContentChart: a good with content by country gets a third chart
// on the Charts sheet, a 100% stacked bar of US, CA, MX, other and unknown,
// with its data in column V; and the Summary sheet marks a scenario result.
func TestXLSXContentChart(t *testing.T) {
	goods := fixtureGoods()
	goods[0].Content = &Content{ByCountry: []CountryValue{{"US", "280.00"}, {"CA", "150.00"}, {"MX", "100.00"}, {"CN", "120.00"}, {"", "50.00"}},
		USContent: "380.00", NonUSContent: sp("620.00")}
	goods[0].Scenario = &Scenario{Name: "proposal.csv", LawStatus: origin.Qualifies, Status: origin.DoesNotQualify, Flipped: true}
	sum := fixtureSummary(goods)
	sum.AddScenario(goods[0])
	data := writeXLSX(t, goods, fixtureFiles(), sum)
	pkg := openPackage(t, data)
	charts := pkg.partsWithPrefix("xl/charts/chart")
	slices.Sort(charts)
	if len(charts) != 3 {
		t.Fatalf("chart parts = %q, want 3", charts)
	}
	content := string(pkg.parts[charts[2]])
	for _, want := range []string{`<grouping val="percentStacked">`, "Charts!$W$4:$W$4", "Charts!$Z$4:$Z$4", "Materials by country of origin"} {
		if !strings.Contains(content, want) {
			t.Errorf("content chart lacks %s", want)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Charts", excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	r := rows[3]
	if len(r) < 27 || r[21] != "QUAL-1" || r[22] != "280" || r[25] != "120" || r[26] != "50" {
		t.Errorf("content chart data row = %q", r[min(21, len(r)):])
	}
	if v, _ := f.GetCellValue("Portfolio", "A4"); !strings.Contains(v, "SCENARIO proposal.csv") || !strings.Contains(v, "1 good flips: QUAL-1") {
		t.Errorf("Portfolio!A4 = %q, want the scenario banner", v)
	}
	rowsSum, err := f.GetRows("Summary")
	if err != nil {
		t.Fatal(err)
	}
	head, first := rowsSum[0], rowsSum[1]
	col := slices.Index(head, "Scenario (not law)")
	if col < 0 || first[col] != "proposal.csv" || first[col+1] != "qualifies" {
		t.Errorf("Summary scenario columns: %q / %q", head, first)
	}
}
