package cmd

import (
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

func lapseMaterial(part, code, supplier string, st origin.OriginStatus, value string) *origin.Material {
	return &origin.Material{PartNumber: part, HTS: hs.MustParse(code), Supplier: supplier, Origin: st, Kind: origin.KindMaterial,
		Value: decimal.RequireFromString(value), Currency: "USD", Ref: "BOM " + part}
}

// TestLapsesEvaluateEachSupplierWithoutItsCertifications: a valve
// (8481.80, rule 244: a change of heading, or from 8481.90 with 45% RVC)
// qualifies because its 8481.90 body is originating. Without the body's
// certification it would not; without the handle's, it still would
// (3926.90 shifts heading). The good's own BOM is untouched.
func TestLapsesEvaluateEachSupplierWithoutItsCertifications(t *testing.T) {
	base, err := rules.Default()
	if err != nil {
		t.Skipf("embedded rules: %v", err)
	}
	body := lapseMaterial("BODY", "8481.90", "Fundiciones Norte", origin.Originating, "60")
	body.Certification, body.CertifiedUntil = "FN-1", time.Date(2027, 1, 15, 0, 0, 0, 0, time.UTC)
	handle := lapseMaterial("HANDLE", "3926.90", "Plasticos", origin.Originating, "10")
	oil := lapseMaterial("OIL", "2710.19", "Fundiciones Norte", origin.Originating, "1")
	oil.Kind = origin.KindIndirect
	g := &origin.Good{ID: "VALVE", HTS: hs.MustParse("8481.80"), ProducerCountry: "US", ImportingCountry: "US", Currency: "USD",
		TransactionValue: decimal.NewNullDecimal(decimal.RequireFromString("100")), Materials: []*origin.Material{body, handle, oil}, Facts: map[string]bool{}}
	eo := origin.Options{Rules: base, AsOf: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)}
	if res := origin.Evaluate(g, eo); res.Status != origin.Qualifies {
		t.Fatalf("the valve %s, want qualifies: %v", res.Status, res.Reasons)
	}
	got := map[string]origin.Status{}
	for _, l := range lapses(g, eo, nil) {
		got[l.Supplier] = l.Status
	}
	if len(got) != 2 || got["Fundiciones Norte"] == origin.Qualifies || got["Plasticos"] != origin.Qualifies {
		t.Errorf("lapses %v: want the body's supplier to flip the valve, the handle's not", got)
	}
	if body.Origin != origin.Originating || body.Certification != "FN-1" || g.Materials[0] != body {
		t.Errorf("the good's own BOM was changed: %+v", body)
	}
}
