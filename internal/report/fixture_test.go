package report

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
)

// Strings that a spreadsheet would run as formulas if they were written as
// such (OWASP "CSV Injection" examples).
const (
	injectHyperlink = `=HYPERLINK("http://x","y")`
	injectMinus     = "-5 brackets"
	injectAt        = "@SUM(A1)"
)

func sp(s string) *string { return &s }
func bp(b bool) *bool     { return &b }

// fixtureGoods is a small portfolio covering every verdict, a failing
// margin, amounts finer than a cent, two currencies, a nested BOM, blank
// countries, and text that looks like formulas. The figures are made up
// but consistent: VNM is the sum of the counted lines.
func fixtureGoods() []Good {
	return []Good{
		{
			File: "plant-a.xlsx", GoodID: "QUAL-1", Description: injectHyperlink, HTS: "8708.30.50",
			ProducerCountry: "MX", ImportingCountry: "US", Currency: "USD", AsOf: "2026-07-01",
			Status: origin.Qualifies, Criterion: sp("B"), Rule: sp("GN 11(o) ch. 87 rule 25(B)"),
			Reasons: []string{"meets the RVC of rule 25(B)"},
			RVC: []RVC{
				{Method: origin.TransactionValue, Base: "100.00", VNM: "11.05", Value: "88.950000", Display: "89.0", Threshold: sp("60"), Margin: sp("28.950000"), Headroom: sp("28.95"), Meets: bp(true)},
				{Method: origin.NetCost, Base: "90.00", VNM: "11.05", Value: "87.722222", Display: "87.7", Threshold: sp("50"), Margin: sp("37.722222"), Headroom: sp("33.95"), Meets: bp(true)},
			},
			VNM: sp("11.05"),
			Materials: []Material{
				{Ref: "BOM row 2", Depth: 0, PartNumber: "HSG", Description: "Housing", HTS: "8708.30.50", OriginStatus: "unknown", Country: "MX", Kind: origin.KindSelfProduced, Value: "29.80", Counted: "0.00", Treatment: origin.TreatTraced, Why: "self-produced"},
				{Ref: "BOM row 3", Depth: 1, PartNumber: "CAST", Description: "Casting", HTS: "7325.10.00", OriginStatus: "non-originating", Country: "CN", Kind: origin.KindMaterial, Supplier: injectAt, Value: "9.80", Counted: "9.80", NonOriginating: true, Treatment: origin.TreatNonOriginating, Why: "non-originating"},
				{Ref: "BOM row 4", Depth: 0, PartNumber: "SEAL", Description: "Seal kit", HTS: "4016.93.50", OriginStatus: "non-originating", Country: "JP", Kind: origin.KindMaterial, Value: "1.25", Counted: "1.25", NonOriginating: true, Treatment: origin.TreatNonOriginating, Why: "non-originating"},
				{Ref: "BOM row 5", Depth: 0, PartNumber: "BRKT", Description: "Bracket", HTS: "8708.30.50", OriginStatus: "originating", Country: "MX", Kind: origin.KindMaterial, Value: "20.00", Counted: "0.00", Treatment: origin.TreatOriginating, Why: "originating"},
			},
			Assumptions: []Assumption{}, MissingFacts: []Fact{},
			Exposure: &Exposure{Available: true, Schedule: "US HTS", Currency: "USD", Line: "8708.30.50", MFNRate: "2.5%", USMCARate: "Free",
				CustomsValue: sp("100.00"), DutyPerUnit: sp("0.00"), DutyPerYear: sp("0.00"), SavedPerUnit: sp("2.50"), SavedPerYear: sp("25000.00"),
				Overlays: []Charge{}, Complete: true, Notes: []string{}},
			Problems: []Problem{},
		},
		{
			File: "plant-a.xlsx", GoodID: "FAIL-2", Description: injectMinus, HTS: "8544.30.00",
			ProducerCountry: "US", ImportingCountry: "US", Currency: "USD", AsOf: "2026-07-01",
			Status: origin.DoesNotQualify, Criterion: nil, Rule: sp("GN 11(o) ch. 85 rule 3"),
			Reasons: []string{"RVC below the threshold by either method", "no tariff shift"},
			RVC: []RVC{
				{Method: origin.TransactionValue, Base: "10.00", VNM: "4.20", Value: "58.000000", Display: "58.0", Threshold: sp("60"), Margin: sp("-2.000000"), Headroom: sp("-0.20"), Meets: bp(false)},
				{Method: origin.NetCost, Base: "8.00", VNM: "4.20", Value: "47.500000", Display: "47.5", Threshold: sp("50"), Margin: sp("-2.500000"), Headroom: sp("-0.20"), Meets: bp(false)},
			},
			VNM: sp("4.20"),
			Materials: []Material{
				{Ref: "BOM row 7", PartNumber: "WIRE", Description: "Copper wire", HTS: "8544.42.90", OriginStatus: "non-originating", Country: "CN", Kind: origin.KindMaterial, Value: "3.20", Counted: "3.20", NonOriginating: true, Treatment: origin.TreatNonOriginating, Why: "non-originating"},
				{Ref: "BOM row 8", PartNumber: "CLIP", Description: "Clip", HTS: "3926.90.99", OriginStatus: "unknown", Country: "", Kind: origin.KindMaterial, Value: "1.00", Counted: "1.00", NonOriginating: true, Treatment: origin.TreatNonOriginating, Why: "origin unknown, treated as non-originating"},
			},
			Assumptions:  []Assumption{{Code: origin.AssumeUnknownOrigin, Ref: "BOM row 8", Part: "CLIP", Message: "origin of CLIP is unknown: treated as non-originating"}},
			MissingFacts: []Fact{},
			Exposure: &Exposure{Available: true, Schedule: "US HTS", Currency: "USD", Line: "8544.30.00.00", MFNRate: "5%", USMCARate: "Free",
				CustomsValue: sp("0.90"), DutyPerUnit: sp("0.045"), DutyPerYear: nil, Overlays: []Charge{}, Complete: true, Notes: []string{}},
			Problems: []Problem{},
		},
		{
			File: "plant-b.csv", GoodID: "ERR-3", Description: "Table", HTS: "9403.60",
			ProducerCountry: "US", ImportingCountry: "US", Currency: "USD", AsOf: "2026-07-01",
			Status: origin.StatusError, Reasons: []string{"the good's input has errors; fix them and run again"},
			RVC: []RVC{}, Materials: []Material{}, Assumptions: []Assumption{}, MissingFacts: []Fact{},
			Problems: []Problem{{Severity: "error", File: "plant-b.csv", Row: 3, Column: "H", Header: "Unit cost", Message: `"12,50" is not a number`, Expected: "a number such as 1234.56", Hint: "remove thousands separators"}},
		},
		{
			File: "plant-c.xlsx", GoodID: "REV-4", Description: "Seat frame", HTS: "9401.99.10",
			ProducerCountry: "CA", ImportingCountry: "CA", Currency: "CAD", AsOf: "2026-09-01",
			Status: origin.NeedsReview, Reasons: []string{"product-specific rule not evaluated"},
			RVC:          []RVC{{Method: origin.TransactionValue, Base: "50.00", VNM: "5.00", Value: "90.000000", Display: "90.0"}},
			VNM:          sp("5.00"),
			Materials:    []Material{{Ref: "BOM row 2", PartNumber: "TUBE", Description: "Steel tube", HTS: "7306.30.50", OriginStatus: "non-originating", Country: "CN", Kind: origin.KindMaterial, Value: "5.00", Counted: "5.00", NonOriginating: true, Treatment: origin.TreatNonOriginating, Why: "non-originating"}},
			Assumptions:  []Assumption{},
			MissingFacts: []Fact{{Key: "cut-knit-sewn-in-territory", Question: "Is the good cut and sewn in the territory?"}},
			Exposure:     Unpriced("Canada's tariff schedule is missing"),
			Problems:     []Problem{},
		},
	}
}

// fixtureFiles are the inputs of fixtureGoods, one with a file-level problem.
func fixtureFiles() []File {
	return []File{
		{Name: "plant-a.xlsx", Layout: "two sheets", Goods: 2, Problems: []Problem{}},
		{Name: "plant-b.csv", Layout: "one flat sheet", Goods: 1, Problems: []Problem{{Severity: "warning", Sheet: "BOM", Row: 9, Message: "BOM row names good ZZZ, which the Goods sheet lacks"}}},
		{Name: "plant-c.xlsx", Layout: "two sheets", Goods: 1, Problems: []Problem{}},
	}
}

// fixtureSummary counts fixtureGoods as the qualify command would.
func fixtureSummary(goods []Good) Summary {
	var s Summary
	for _, g := range goods {
		s.Add(g.Status)
	}
	s.Exposure = []Portfolio{{Currency: "USD", Goods: 2, DutyPerYear: "0.00", SavedPerYear: "25000.00", AtStakePerYear: "0.00", WithoutVolume: 1}}
	return s
}

// sampleGoods evaluates the sample workbooks of the repository, as roo
// qualify does (without the duty, which the command prices).
func sampleGoods(t testing.TB) ([]Good, []File) {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "*.xlsx"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample workbooks: %v", err)
	}
	today := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	var goods []Good
	var files []File
	for _, p := range paths {
		wb, err := workbook.Read(p, nil, workbook.Options{})
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, File{Name: wb.Name, Layout: wb.Layout, Goods: len(wb.Goods), Problems: []Problem{}})
		for _, gi := range wb.Goods {
			res := origin.Evaluate(gi.Good, origin.Options{Today: today})
			goods = append(goods, FromResult(wb.Name, res, gi.Problems))
		}
	}
	return goods, files
}
