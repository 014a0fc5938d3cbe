package tariffs

import (
	"strings"
	"testing"
	"time"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
	"github.com/shopspring/decimal"
)

func line(t *testing.T, code string) Line {
	t.Helper()
	l, err := mustUS(t).Line(hs.MustParse(code))
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func vol(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }

func TestAssess(t *testing.T) {
	day := time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name                       string
		code                       string
		status                     origin.Status
		value                      string
		qty                        []Quantity
		volume                     decimal.NullDecimal
		duty, saved, atStake       string // per unit
		dutyYear, savedYear, stake string // per year; "" = none
		complete                   bool
		note                       string
	}{
		{name: "not qualifying pays MFN 4.4%", code: "8501.10.40", status: origin.DoesNotQualify, value: "120", volume: vol("10000"),
			duty: "5.28", saved: "0", atStake: "0", dutyYear: "52800", complete: true},
		{name: "qualifying saves MFN minus Free", code: "8501.10.40", status: origin.Qualifies, value: "120", volume: vol("10000"),
			duty: "0", saved: "5.28", atStake: "0", dutyYear: "0", savedYear: "52800", complete: true},
		{name: "needs review puts MFN at stake", code: "8708.29.51", status: origin.NeedsReview, value: "80",
			duty: "2", saved: "0", atStake: "2", complete: true},
		{name: "free line saves nothing", code: "0101.21.00", status: origin.Qualifies, value: "5000",
			duty: "0", saved: "0", atStake: "0", complete: true},
		{name: "compound MFN with quantity", code: "0402.99.90", status: origin.DoesNotQualify, value: "100", qty: []Quantity{q("10", "kg")},
			duty: "19.53", saved: "0", atStake: "0", complete: true},
		{name: "compound MFN without quantity is incomplete", code: "0402.99.90", status: origin.DoesNotQualify, value: "100",
			duty: "14.9", saved: "0", atStake: "0", complete: false, note: "needs a quantity in kg"},
		{name: "S+ reference: saving not computed", code: "0402.99.90", status: origin.Qualifies, value: "100", qty: []Quantity{q("10", "kg")},
			duty: "0", saved: "19.53", atStake: "0", complete: false, note: "S+"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Entry{Line: line(t, tt.code), Status: tt.status, CustomsValue: dec(tt.value), Quantities: tt.qty, AnnualVolume: tt.volume, Producer: "MX", Date: day}
			e := Assess(g, nil)
			check := func(what string, got decimal.Decimal, want string) {
				if !got.Equal(dec(want)) {
					t.Errorf("%s = %s, want %s", what, got, want)
				}
			}
			check("duty per unit", e.Duty.PerUnit, tt.duty)
			check("saved per unit", e.Saved.PerUnit, tt.saved)
			check("at stake per unit", e.AtStake.PerUnit, tt.atStake)
			checkYear := func(what string, got decimal.NullDecimal, want string) {
				if want == "" {
					if got.Valid && !got.Decimal.IsZero() {
						t.Errorf("%s = %s, want none", what, got.Decimal)
					}
					return
				}
				if !got.Valid || !got.Decimal.Equal(dec(want)) {
					t.Errorf("%s = %v, want %s", what, got, want)
				}
			}
			checkYear("duty per year", e.Duty.PerYear, tt.dutyYear)
			checkYear("saved per year", e.Saved.PerYear, tt.savedYear)
			checkYear("at stake per year", e.AtStake.PerYear, tt.stake)
			if e.Complete != tt.complete {
				t.Errorf("complete = %v, want %v; notes %q", e.Complete, tt.complete, e.Notes)
			}
			if tt.note != "" && !strings.Contains(strings.Join(e.Notes, "\n"), tt.note) {
				t.Errorf("notes %q do not mention %q", e.Notes, tt.note)
			}
		})
	}
}

func TestAssessNoUSMCARate(t *testing.T) {
	// A dutiable line with no program S: qualifying saves nothing, and says so.
	l := line(t, "8501.10.40")
	l.USMCA, l.USMCAProgram = Rate{}, ""
	e := Assess(Entry{Line: l, Status: origin.Qualifies, CustomsValue: dec("100")}, nil)
	if !e.Saved.PerUnit.IsZero() || !e.Duty.PerUnit.Equal(dec("4.4")) {
		t.Errorf("saved %s duty %s, want 0 and 4.4", e.Saved.PerUnit, e.Duty.PerUnit)
	}
	if !strings.Contains(strings.Join(e.Notes, " "), "no USMCA rate") {
		t.Errorf("notes %q", e.Notes)
	}
}

const overlayCSV = `# test overlays
hts_prefix,countries,applies_to,rate,from,to,label
8501,CN,non-qualifying,25%,2018-07-06,,301 list
8708,CA MX,non-qualifying,25%,2025-05-03,,232 autos parts
8708.29,*,all,1%,2025-01-01,2025-12-31,everyone
`

func TestAssessOverlays(t *testing.T) {
	ovs, err := ReadOverlays(strings.NewReader(overlayCSV), "overlays.csv")
	if err != nil {
		t.Fatal(err)
	}
	l := line(t, "8708.29.51") // MFN 2.5%, USMCA Free
	on := time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		status   origin.Status
		producer string
		date     time.Time
		overlays int
		duty     string
		saved    string
	}{
		// 2.5% + 25% + 1% of 100.
		{"not qualifying pays both", origin.DoesNotQualify, "MX", on, 2, "28.5", "0"},
		// Pays only the all-goods 1%; saves MFN 2.5 and the 25 spared.
		{"qualifying is spared the non-qualifying measure", origin.Qualifies, "MX", on, 2, "1", "27.5"},
		{"other country: only the all-goods overlay", origin.DoesNotQualify, "JP", on, 1, "3.5", "0"},
		{"before the measure", origin.DoesNotQualify, "MX", time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC), 0, "2.5", "0"},
		{"after the end date", origin.DoesNotQualify, "JP", time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 0, "2.5", "0"},
		{"last day is inclusive", origin.DoesNotQualify, "JP", time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), 1, "3.5", "0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := Assess(Entry{Line: l, Status: tt.status, CustomsValue: dec("100"), Producer: tt.producer, Date: tt.date}, ovs)
			if len(e.Overlays) != tt.overlays {
				t.Errorf("%d overlays, want %d", len(e.Overlays), tt.overlays)
			}
			if !e.Duty.PerUnit.Equal(dec(tt.duty)) || !e.Saved.PerUnit.Equal(dec(tt.saved)) {
				t.Errorf("duty %s saved %s, want %s and %s", e.Duty.PerUnit, e.Saved.PerUnit, tt.duty, tt.saved)
			}
		})
	}
	e := Assess(Entry{Line: l, Status: origin.DoesNotQualify, CustomsValue: dec("100"), Producer: "MX"}, ovs)
	if len(e.Overlays) != 0 || !strings.Contains(strings.Join(e.Notes, " "), "no date") {
		t.Errorf("undated good: overlays %d notes %q", len(e.Overlays), e.Notes)
	}
}

func TestReadOverlaysErrors(t *testing.T) {
	head := "hts_prefix,countries,applies_to,rate,from,to,label\n"
	tests := []struct{ in, want string }{
		{"hts_prefix,rate,from\n8708,25%,2025-01-01\n", `no "spares" column`},
		{head + "8708,MX,some,25%,2025-01-01,,x\n", "applies_to is \"some\""},
		{head + "8708,MX,all,The duty provided in the applicable subheading + 25%,2025-01-01,,x\n", "not a rate roo can compute"},
		{head + "8708,MX,all,25%,01/02/2025,,x\n", "from is \"01/02/2025\""},
		{head + "8708,MX,all,25%,2025-02-01,2025-01-01,x\n", "before from"},
		{head + "87A8,MX,all,25%,2025-02-01,,x\n", "hts_prefix"},
		{head + "8708,MEX,all,25%,2025-02-01,,x\n", "not an ISO 3166"},
	}
	for _, tt := range tests {
		_, err := ReadOverlays(strings.NewReader(tt.in), "o.csv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestPortfolio(t *testing.T) {
	l := line(t, "8501.10.40") // 4.4%, USMCA Free
	var p Portfolio
	for _, g := range []Entry{
		{Line: l, Status: origin.DoesNotQualify, CustomsValue: dec("100"), AnnualVolume: vol("1000")}, // 4.40/unit, 4400/yr
		{Line: l, Status: origin.DoesNotQualify, CustomsValue: dec("50")},                             // 2.20/unit, no volume
		{Line: l, Status: origin.Qualifies, CustomsValue: dec("200"), AnnualVolume: vol("10")},        // saves 8.80/unit, 88/yr
		{Line: l, Status: origin.NeedsReview, CustomsValue: dec("10"), AnnualVolume: vol("3")},        // 0.44 at stake, 1.32/yr
	} {
		p.Add(Assess(g, nil))
	}
	if p.Goods != 4 || p.NotQualifying != 2 || p.Qualifying != 1 || p.NeedingReview != 1 || p.WithoutVolume != 1 {
		t.Errorf("counts %+v", p)
	}
	for _, c := range []struct {
		what     string
		got      Totals
		unit, yr string
	}{{"duty", p.Duty, "6.6", "4400"}, {"saved", p.Saved, "8.8", "88"}, {"at stake", p.AtStake, "0.44", "1.32"}} {
		if !c.got.PerUnit.Equal(dec(c.unit)) || !c.got.PerYear.Equal(dec(c.yr)) {
			t.Errorf("%s = %s/unit %s/yr, want %s and %s", c.what, c.got.PerUnit, c.got.PerYear, c.unit, c.yr)
		}
	}
}
