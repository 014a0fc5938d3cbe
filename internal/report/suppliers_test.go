package report

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/origin"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// supplierGoods are three goods: PUMP qualifies on Alpha's lapsing
// certification and Beta's in-force one (only Alpha's lapse would flip it);
// FAN qualifies on Gamma's expired certification's line being counted
// non-originating already, and on a line claimed originating with no
// certification named; DRILL fails for want of Delta's certificate.
func supplierGoods() ([]Good, [][]Lapse) {
	pump := Good{GoodID: "PUMP", Status: "qualifies", Currency: "USD",
		Materials: []Material{
			{Ref: "r2", PartNumber: "CASING", Supplier: "Alpha", OriginStatus: "originating", Kind: origin.KindMaterial, Certification: "A-1", CertifiedUntil: "2027-01-10", Counted: "0.00"},
			{Ref: "r3", PartNumber: "SHAFT", Supplier: "Beta", OriginStatus: "originating", Kind: origin.KindMaterial, Certification: "B-7", CertifiedUntil: "2028-01-01", Counted: "0.00"},
			{Ref: "r4", PartNumber: "BOLT", Supplier: "Omega", OriginStatus: "non-originating", Kind: origin.KindMaterial, NonOriginating: true, Counted: "4.50"},
			{Ref: "r5", PartNumber: "OIL", Supplier: "Alpha", OriginStatus: "originating", Kind: origin.KindIndirect, Counted: "0.00"},
		},
		Exposure: &Exposure{Available: true, Currency: "USD", SavedPerUnit: sp("12.00"), SavedPerYear: sp("12000.00")}}
	fan := Good{GoodID: "FAN", Status: "qualifies", Currency: "USD",
		Materials: []Material{
			{Ref: "r6", PartNumber: "BLADE", Supplier: "Gamma", OriginStatus: "originating", Kind: origin.KindMaterial, Certification: "G-0", CertifiedUntil: "2026-05-31", NonOriginating: true, Counted: "3.00"},
			{Ref: "r7", PartNumber: "GRILL", Supplier: "Beta", OriginStatus: "originating", Kind: origin.KindMaterial, Counted: "0.00"},
			{Ref: "r8", PartNumber: "WIRE", OriginStatus: "non-originating", Kind: origin.KindMaterial, NonOriginating: true, Counted: "1.25"},
		},
		Exposure: &Exposure{Available: true, Currency: "USD", SavedPerUnit: sp("2.00"), SavedPerYear: sp("800.00")}}
	drill := failing("DRILL", "Delta", "unknown", true, "5000.00")
	return []Good{pump, fan, drill}, [][]Lapse{
		{{Supplier: "Alpha", Status: origin.DoesNotQualify}, {Supplier: "Beta", Status: origin.Qualifies}},
		{{Supplier: "Beta", Status: origin.NeedsReview}, {Supplier: "Gamma", Status: origin.Qualifies}},
		nil,
	}
}

func supplierView(t *testing.T) *SupplierView {
	t.Helper()
	goods, lapses := supplierGoods()
	var s Suppliers
	for i, g := range goods {
		s.Add(g, lapses[i])
	}
	return s.View(day("2026-12-01"), day("2027-03-01"))
}

func TestSupplierViewRanksByDutyAtStakeIfLapsed(t *testing.T) {
	v := supplierView(t)
	var order []string
	for _, e := range v.Suppliers {
		order = append(order, e.Supplier)
	}
	// Alpha puts 12,000 a year at stake, Beta 800 (FAN would need review);
	// Delta's certificate would save 5,000 (the campaign); Gamma has an
	// expired certification; Omega and the unnamed supplier only supply
	// non-originating value, most first.
	want := []string{"Alpha", "Beta", "Delta", "Gamma", "Omega", NoSupplier}
	if !slices.Equal(order, want) {
		t.Fatalf("order %q, want %q", order, want)
	}
	alpha, beta, delta, gamma := v.Suppliers[0], v.Suppliers[1], v.Suppliers[2], v.Suppliers[3]
	if alpha.IfLapsed.DutyPerYear["USD"] != "12000.00" || alpha.IfLapsed.DutyPerUnit["USD"] != "12.00" || !slices.Equal(alpha.IfLapsed.Goods, []string{"PUMP"}) {
		t.Errorf("Alpha if lapsed %+v, want PUMP and 12.00 a unit, 12000.00 a year", alpha.IfLapsed)
	}
	if len(alpha.Certifications) != 1 || alpha.Certifications[0].State != CertLapsing || alpha.Lapsing != 1 {
		t.Errorf("Alpha certifications %+v: want A-1 lapsing (its indirect oil rests on no certificate)", alpha.Certifications)
	}
	if !slices.Equal(beta.IfLapsed.Goods, []string{"FAN"}) || beta.IfLapsed.DutyPerYear["USD"] != "800.00" {
		t.Errorf("Beta if lapsed %+v, want FAN (it would need review) and 800.00 a year", beta.IfLapsed)
	}
	var states []string
	for _, c := range beta.Certifications {
		states = append(states, c.Ref+":"+c.State)
	}
	if !slices.Equal(states, []string{"B-7:" + CertInForce, ":" + CertNoneNamed}) {
		t.Errorf("Beta certifications %q, want B-7 in force, then GRILL's claim with none named", states)
	}
	if delta.Campaign == nil || delta.Campaign.DutyPerYear["USD"] != "5000.00" || !slices.Equal(delta.Campaign.Goods, []string{"DRILL"}) {
		t.Errorf("Delta campaign %+v, want DRILL saving 5000.00", delta.Campaign)
	}
	if gamma.Expired != 1 || gamma.Certifications[0].State != CertExpired || gamma.NonOriginatingValue["USD"] != "3.00" || len(gamma.IfLapsed.Goods) != 0 {
		t.Errorf("Gamma %+v: want its expired certification, 3.00 counted non-originating and nothing more at stake", gamma)
	}
	if v.AsOf != "2026-12-01" || v.ExpiringBy != "2027-03-01" {
		t.Errorf("view dates %s, %s", v.AsOf, v.ExpiringBy)
	}
}

func TestCertificationStates(t *testing.T) {
	asOf, by := day("2026-12-01"), day("2027-03-01")
	for _, tc := range []struct {
		ref, until, want string
	}{
		{"C", "2026-11-30", CertExpired},
		{"C", "2026-12-01", CertLapsing}, // valid through its last day
		{"C", "2027-03-01", CertLapsing},
		{"C", "2027-03-02", CertInForce},
		{"C", "", CertNoExpiry},
		{"", "", CertNoneNamed},
	} {
		if got := certState(certKey{tc.ref, tc.until}, asOf, by); got != tc.want {
			t.Errorf("%q until %q: %s, want %s", tc.ref, tc.until, got, tc.want)
		}
	}
}

func TestXLSXSuppliersSheet(t *testing.T) {
	goods := fixtureGoods()
	sum := fixtureSummary(goods)
	sum.Suppliers = supplierView(t)
	f, err := excelize.OpenReader(bytes.NewReader(writeXLSX(t, goods, fixtureFiles(), sum)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if sheets[0] != SheetPortfolio || !slices.Contains(sheets, SheetSuppliers) || slices.Index(sheets, SheetSuppliers) > slices.Index(sheets, SheetCharts) {
		t.Fatalf("sheets %q: want Portfolio first and Suppliers before Charts", sheets)
	}
	rows, err := f.GetRows(SheetSuppliers)
	if err != nil || len(rows) != 7 {
		t.Fatalf("Suppliers rows %d, %v: want a header and six suppliers", len(rows), err)
	}
	if rows[1][1] != "Alpha" || rows[3][1] != "Delta" {
		t.Errorf("rows %q: want Alpha first, Delta third", rows[1:4])
	}
	cert := columnOf(t, f, SheetSuppliers, "Certifications")
	if v, _ := f.GetCellValue(SheetSuppliers, cert+"2"); !strings.Contains(v, "A-1 LAPSES on 2027-01-10 (CASING)") {
		t.Errorf("Alpha's certifications %q", v)
	}
	stake := columnOf(t, f, SheetSuppliers, "At stake / year")
	if raw, _ := f.GetCellValue(SheetSuppliers, stake+"2", excelize.Options{RawCellValue: true}); raw != "12000" {
		t.Errorf("Alpha at stake a year %q, want the number 12000", raw)
	}
	if typ, _ := f.GetCellType(SheetSuppliers, stake+"2"); typ == excelize.CellTypeInlineString || typ == excelize.CellTypeSharedString {
		t.Errorf("at stake is text, want a number")
	}
	next := columnOf(t, f, SheetSuppliers, "Next expiry")
	raw, _ := f.GetCellValue(SheetSuppliers, next+"2", excelize.Options{RawCellValue: true})
	if serial, err := strconv.Atoi(raw); err != nil || serial != 46397 { // 2027-01-10 as an Excel date
		t.Errorf("Alpha's next expiry holds %q, want the date 2027-01-10 as the number 46397", raw)
	}
	// Without a supplier view (other commands' reports), no sheet.
	plain, err := excelize.OpenReader(bytes.NewReader(writeXLSX(t, goods, fixtureFiles(), fixtureSummary(goods))))
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	if slices.Contains(plain.GetSheetList(), SheetSuppliers) {
		t.Errorf("a report without the supplier view has a Suppliers sheet")
	}
}

// TestSupplierViewListsAreBounded: a supplier of thousands of goods names
// the first MaxListed and counts the rest, in memory and on the page.
func TestSupplierViewListsAreBounded(t *testing.T) {
	var s Suppliers
	for i := range 3*MaxListed + 7 {
		id := "G-" + itoa(i)
		s.Add(Good{GoodID: id, Status: "qualifies", Currency: "USD", Materials: []Material{
			{PartNumber: "P-" + itoa(i), Supplier: "Big", OriginStatus: "originating", Kind: origin.KindMaterial, Certification: "BIG-1"}}}, nil)
	}
	v := s.View(day("2026-12-01"), day("2027-03-01"))
	e := v.Suppliers[0]
	c := e.Certifications[0]
	if len(e.Goods) != MaxListed || e.GoodsCount != 3*MaxListed+7 || len(c.Parts) != MaxListed || c.MorePartLines != 2*MaxListed+7 || c.GoodsCount != 3*MaxListed+7 {
		t.Fatalf("goods %d of %d, parts %d and %d more lines, cert goods %d", len(e.Goods), e.GoodsCount, len(c.Parts), c.MorePartLines, c.GoodsCount)
	}
	if got := listed(e.Goods, e.GoodsCount); !strings.HasSuffix(got, " and 107 more") {
		t.Errorf("listed goods end %q", got[len(got)-20:])
	}
}
