package tariffs

import (
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// baseOverlays are TEST FIXTURES, not law: made-up rates and dates that
// exercise each base and each sparing rule. The example with real sources
// is testdata/overlays/example.csv.
const baseOverlays = `hts_prefix,countries,spares,base,rate,from,to,label,source
8708,,none,customs-value,10%,2025-01-01,2025-06-30,cv-none,test fixture
8708,,usmca-qualifying,customs-value,20%,2025-01-01,,cv-qual,test fixture
8708,,none,non-us-content,25%,2025-04-01,,nonus,test fixture
8708,,none,steel-content,50%,2025-01-01,2025-12-31,steel,test fixture
8708,,none,aluminum-content,50%,2026-01-01,,alu,test fixture
8708,,usmca-qualifying,copper-content,50%,2025-01-01,,copper,test fixture
8708,,all,customs-value,99%,2025-01-01,,listed,test fixture
`

// TestOverlayBasesAndSparing prices a good of customs value 1000.00 (MFN
// 2.5% on 8708.29.51, USMCA Free) with non-US content 400, steel 100,
// aluminum 60 and copper 20 on three dates, qualifying and not:
//
//	2025-03-01: cv-none 10%×1000=100; cv-qual 20%×1000=200 (spared if
//	            qualifying); steel 50%×100=50; copper 50%×20=10 (spared if
//	            qualifying); listed 0. nonus not yet.
//	            not qualifying: 25 + 100 + 200 + 50 + 10        = 385
//	            qualifying:      0 + 100 + 50                    = 150
//	2025-09-01: cv-none ended; nonus from 2025-04-01:
//	            25% × 1000 (not qualifying) = 250, × 400 (qualifying) = 100
//	            not qualifying: 25 + 200 + 250 + 50 + 10        = 535
//	            qualifying:      0 + 100 + 50                    = 150
//	2026-02-01: steel ended, aluminum from 2026-01-01: 50%×60 = 30
//	            not qualifying: 25 + 200 + 250 + 30 + 10        = 515
//	            qualifying:      0 + 100 + 30                    = 130
func TestOverlayBasesAndSparing(t *testing.T) {
	ovs, err := ReadOverlays(strings.NewReader(baseOverlays), "bases.csv")
	if err != nil {
		t.Fatal(err)
	}
	l := line(t, "8708.29.51")
	bases := Bases{NonUSContent: decimal.NewNullDecimal(dec("400")), Steel: decimal.NewNullDecimal(dec("100")),
		Aluminum: decimal.NewNullDecimal(dec("60")), Copper: decimal.NewNullDecimal(dec("20"))}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	tests := []struct {
		date        string
		status      origin.Status
		duty, saved string
		lines       int
	}{
		{"2025-03-01", origin.DoesNotQualify, "385", "0", 5},
		{"2025-03-01", origin.Qualifies, "150", "235", 5},
		{"2025-09-01", origin.DoesNotQualify, "535", "0", 5},
		{"2025-09-01", origin.Qualifies, "150", "385", 5},
		{"2026-02-01", origin.DoesNotQualify, "515", "0", 5},
		{"2026-02-01", origin.Qualifies, "130", "385", 5},
		{"2026-02-01", origin.NeedsReview, "515", "0", 5},
	}
	for _, tt := range tests {
		t.Run(tt.date+" "+string(tt.status), func(t *testing.T) {
			e := Assess(Entry{Line: l, Status: tt.status, CustomsValue: dec("1000"), Producer: "MX", Date: day(tt.date), Bases: bases}, ovs)
			if len(e.Overlays) != tt.lines {
				t.Errorf("%d overlay lines, want %d", len(e.Overlays), tt.lines)
			}
			if !e.Duty.PerUnit.Equal(dec(tt.duty)) || !e.Saved.PerUnit.Equal(dec(tt.saved)) {
				t.Errorf("duty %s saved %s, want %s and %s", e.Duty.PerUnit, e.Saved.PerUnit, tt.duty, tt.saved)
			}
			for _, oc := range e.Overlays {
				if oc.Overlay.Label == "listed" && (oc.Paid || !oc.Duty.Amount.IsZero()) {
					t.Errorf("a line that spares all was charged: %+v", oc)
				}
				if oc.Overlay.Label == "nonus" && tt.status == origin.Qualifies && (!oc.BaseValue.Equal(dec("400")) || oc.Base != BaseNonUSContent || oc.Assumes == "") {
					t.Errorf("non-US content line on a qualifying good: base %s %s, assumes %q", oc.Base, oc.BaseValue, oc.Assumes)
				}
				if oc.Overlay.Label == "nonus" && tt.status != origin.Qualifies && (!oc.BaseValue.Equal(dec("1000")) || oc.Base != BaseCustomsValue) {
					t.Errorf("non-US content line on a good that does not qualify: base %s %s, want the customs value", oc.Base, oc.BaseValue)
				}
			}
		})
	}
}

func TestOverlayUnknownBaseIsIncomplete(t *testing.T) {
	ovs, err := ReadOverlays(strings.NewReader(baseOverlays), "bases.csv")
	if err != nil {
		t.Fatal(err)
	}
	e := Assess(Entry{Line: line(t, "8708.29.51"), Status: origin.Qualifies, CustomsValue: dec("1000"), Producer: "MX",
		Date: time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)}, ovs)
	if e.Complete || !strings.Contains(strings.Join(e.Notes, " "), "non-us-content is not known") {
		t.Errorf("complete %v notes %q", e.Complete, e.Notes)
	}
}

func TestReadOverlaysSparesAndBase(t *testing.T) {
	head := "hts_prefix,spares,applies_to,base,rate,from\n"
	tests := []struct{ in, want string }{
		{head + "8708,some,,,25%,2025-01-01\n", `spares is "some"`},
		{head + "8708,none,non-qualifying,,25%,2025-01-01\n", "contradicts"},
		{head + "8708,,,,25%,2025-01-01\n", "neither spares nor applies_to"},
		{head + "8708,none,,metal,25%,2025-01-01\n", `base is "metal"`},
		{head + "8708,none,,steel-content,$1/kg,2025-01-01\n", "takes an ad valorem rate"},
	}
	for _, tt := range tests {
		_, err := ReadOverlays(strings.NewReader(tt.in), "o.csv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.in, err, tt.want)
		}
	}
	// An overlay file of the older layout (applies_to, no base) still reads.
	ovs, err := ReadOverlays(strings.NewReader("hts_prefix,countries,applies_to,rate,from,to,label\n8708,MX,non-qualifying,25%,2025-05-03,,old\n"), "old.csv")
	if err != nil || len(ovs) != 1 || ovs[0].Spares != SparesQualifying || ovs[0].Base != BaseCustomsValue {
		t.Errorf("old layout: %+v, %v", ovs, err)
	}
}
