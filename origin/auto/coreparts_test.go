package auto

import (
	"testing"

	"github.com/shopspring/decimal"
)

func produced(name, nc, all, comp string) CorePart {
	return CorePart{Name: name, Part: "Engines", Produced: true, NetCost: nd(nc),
		VNMAll: decimal.RequireFromString(all), VNMComponents: decimal.RequireFromString(comp)}
}

// TestCoreParts checks UR §14(4) with each VNM option: all non-originating
// materials, only the Table A.2 column-2 components, and the super-core.
func TestCoreParts(t *testing.T) {
	const day = "2026-07-01" // core parts: 75% NC
	bought := CorePart{Name: "TRN-8", Part: "Transmissions", Originating: true}
	for _, tc := range []struct {
		name    string
		parts   []CorePart
		allowed Option
		outcome Outcome
		by      []Option // per part
	}{
		{"option (a): all NOM, exactly 75%", []CorePart{produced("ENG", "1000", "250", "100")}, OptionAll, Met, []Option{OptionAll}},
		{"option (a) fails at 74.9%", []CorePart{produced("ENG", "1000", "251", "100")}, OptionAll, NotMet, []Option{0}},
		{"option (b): only the listed components", []CorePart{produced("ENG", "1000", "400", "250")}, OptionComponents, Met, []Option{OptionComponents}},
		{"option (b) fails too", []CorePart{produced("ENG", "1000", "400", "260")}, OptionComponents, NotMet, []Option{0}},
		{"any option: (b) saves what (a) fails", []CorePart{produced("ENG", "1000", "400", "250")}, AnyOption, Met, []Option{OptionComponents}},
		{"super-core pools a weak part with a strong one", []CorePart{produced("ENG", "1000", "400", "400"), produced("AXL", "1000", "0", "0")}, OptionSuperCore, Met, []Option{OptionSuperCore, OptionSuperCore}},
		{"super-core that still fails", []CorePart{produced("ENG", "1000", "600", "600"), produced("AXL", "1000", "0", "0")}, OptionSuperCore, NotMet, []Option{0, 0}},
		{"super-core after a part passes alone", []CorePart{produced("ENG", "1000", "400", "400"), produced("AXL", "1000", "0", "0")}, AnyOption, Met, []Option{OptionSuperCore, OptionAll}},
		{"a bought originating part counts as bought", []CorePart{bought}, AnyOption, Met, []Option{0}},
		{"a bought non-originating part fails the vehicle", []CorePart{bought, {Name: "AXL-2", Part: "Axles"}}, AnyOption, NotMet, []Option{0, 0}},
		{"a produced part without its net cost is open", []CorePart{{Name: "ENG", Part: "Engines", Produced: true}}, AnyOption, Open, []Option{0}},
		{"no Table A.2 part at all is open", nil, AnyOption, Open, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := CheckCoreParts(tc.parts, day, tc.allowed)
			if r.Outcome != tc.outcome {
				t.Fatalf("outcome %s, want %s; %+v; %s", r.Outcome, tc.outcome, r.Parts, r.SuperCore)
			}
			if r.Threshold.String() != "75" {
				t.Errorf("threshold %s on %s, want 75", r.Threshold, day)
			}
			for i, want := range tc.by {
				if got := r.Parts[i].By; got != want {
					t.Errorf("part %d met by %s, want %s (%s)", i, got, want, r.Parts[i].Why)
				}
			}
			if r.Outcome == Open && len(r.Missing) == 0 {
				t.Error("open with nothing missing")
			}
		})
	}
	// In 2021-22 the core-part threshold was 69%.
	r := CheckCoreParts([]CorePart{produced("ENG", "1000", "310", "0")}, "2021-07-01", OptionAll)
	if r.Outcome != Met || r.Threshold.String() != "69" {
		t.Errorf("2021-07-01: %s at %s%%", r.Outcome, r.Threshold)
	}
}

// TestPartRequirement checks what the appendix asks of parts beside their
// rule: a Table A.1 part must meet the RVC (except batteries of 8507.60),
// as must an engine, gear box or chassis for a heavy truck; an aftermarket
// part keeps its rule.
func TestPartRequirement(t *testing.T) {
	tab := tables(t)
	for _, tc := range []struct {
		name     string
		code     string
		use      Use
		facts    map[string]bool
		required bool
		cite     string
		prov     string
		open     bool
	}{
		{"a gear box for a passenger vehicle", "870840", UsePassengerVehicle, nil, true, "UR §14(2)", "UR §14(13)", false},
		{"a battery of 8507.60 may use its tariff shift", "850760", UseLightTruck, nil, false, "", "UR §14(13)", false},
		{"a principal part need not", "870830", UsePassengerVehicle, nil, false, "", "UR §14(15)", false},
		{"a complementary part", "853650", UsePassengerVehicle, nil, false, "", "UR §14(17)", false},
		{"an engine for a heavy truck", "840820", UseHeavyTruck, nil, true, "UR §15(4)", "UR §15(2)", false},
		{"8708.99 for a heavy truck asks whether it is a chassis", "870899", UseHeavyTruck, nil, false, "", "UR §15(2)", true},
		{"a chassis of 8708.99 for a heavy truck", "870899", UseHeavyTruck, map[string]bool{"heavy-truck-chassis": true}, true, "UR §15(4)", "UR §15(2)", false},
		{"a heavy-truck complementary part", "848210", UseHeavyTruck, nil, false, "", "UR §15(3)", false},
		{"an aftermarket gear box keeps its rule", "870840", UseAftermarket, nil, false, "", "", false},
		{"an engine for an other vehicle asks which", "840733", UseOtherVehicle, nil, false, "", "", true},
		{"an engine for an other vehicle of UR §20(2)", "840733", UseOtherVehicle, map[string]bool{"other-vehicle-of-ur-20-2": true}, false, "", "UR §20(2)", false},
		{"an engine for an other vehicle of UR §20(3)", "840733", UseOtherVehicle, map[string]bool{"other-vehicle-of-ur-20-2": false}, false, "", "UR §20(3)", false},
		{"a Table F seat", "940120", UseOtherVehicle, nil, false, "", "UR §20(3)", false},
		// HTSUS GN 11, other vehicles, (B)(3); Appendix Art. 10.2: Table F
		// bearings and bearing housings keep their own rule (issue 17 item 5).
		{"a Table F ball bearing of 8482.10 keeps its rule", "848210", UseOtherVehicle, nil, false, "", "", false},
		{"a Table F roller bearing of 8482.80 keeps its rule", "848280", UseOtherVehicle, nil, false, "", "", false},
		{"a Table F bearing housing of 8483.20 keeps its rule", "848320", UseOtherVehicle, nil, false, "", "", false},
		{"a Table F bearing housing of 8483.30 keeps its rule", "848330", UseOtherVehicle, nil, false, "", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Facts(noFacts)
			if tc.facts != nil {
				f = given(tc.facts)
			}
			p := tab.PartRequirement(hsCode(tc.code), tc.use, f)
			prov := ""
			if p.Provision != nil {
				prov = p.Provision.Cite
			}
			if p.RVCRequired != tc.required || p.RequiredBy != tc.cite || prov != tc.prov || p.Undetermined() != tc.open {
				t.Fatalf("got required %v by %q, provision %q, open %v (%v); want %v %q %q %v", p.RVCRequired, p.RequiredBy, prov, p.Undetermined(), p.Open, tc.required, tc.cite, tc.prov, tc.open)
			}
		})
	}
}

func TestPartProvisionAt(t *testing.T) {
	b := partProvisions[TableB]
	withTV := (&rulesRVC60_50).At("2026-07-01")
	r, ok := b.At("2026-07-01", withTV)
	if !ok || r.NC.Decimal.String() != "70" || r.TV.Decimal.String() != "80" {
		t.Fatalf("Table B with a TV branch on 2026-07-01: %v", r)
	}
	if got := b.Describe("2026-07-01", r); got != "UR §14(15): principal part threshold 70% NC (80% TV) as of 2026-07-01" {
		t.Errorf("Describe: %q", got)
	}
	ncOnly := (&rulesRVC70NC).At("2022-07-01")
	r, _ = b.At("2022-07-01", ncOnly)
	if r.TV.Valid || r.NC.Decimal.String() != "67.5" {
		t.Errorf("Table B, NC-only branch, 2022-07-01: %v", r)
	}
	if _, ok := b.At("2020-06-30", ncOnly); ok {
		t.Error("a threshold before the agreement")
	}
}

func TestNewPlant(t *testing.T) {
	for _, tc := range []struct {
		kind       PlantKind
		since, day string
		ok         bool
	}{
		{NewBuilding, "2022-03-01", "2027-02-28", true},
		{NewBuilding, "2022-03-01", "2027-03-01", false},
		{Refit, "2025-01-15", "2027-01-14", true},
		{Refit, "2025-01-15", "2027-01-15", false},
		{NewBuilding, "2026-01-01", "2025-12-31", false},
	} {
		r, why, ok := NewPlantRVC(tc.kind, rulesDate(tc.since), rulesDate(tc.day))
		if ok != tc.ok || (ok && r.NC.Decimal.String() != "50") {
			t.Errorf("%v since %s on %s: %v %v (%s)", tc.kind, tc.since, tc.day, r, ok, why)
		}
	}
}

func TestTableA2Parts(t *testing.T) {
	tab := tables(t)
	if got := len(tab.Parts()); got != 7 {
		t.Fatalf("%d parts: %v", got, tab.Parts())
	}
	for _, tc := range []struct{ name, want string }{{"engine", "Engines"}, {"Body and chassis", "Body and chassis"}, {"advanced battery", "Advanced batteries"}, {"axle", "Axles"}, {"STEERING SYSTEMS", "Steering systems"}} {
		if got, ok := tab.PartNamed(tc.name); !ok || got != tc.want {
			t.Errorf("PartNamed(%q) = %q, %v", tc.name, got, ok)
		}
	}
	if _, ok := tab.PartNamed("wheels"); ok {
		t.Error("wheels are a Table A.2 part")
	}
	if p, ok := tab.CorePartOf("8407340000"); !ok || p != "Engines" {
		t.Errorf("8407.34: %q", p)
	}
	if !tab.IsComponent("840991", "Engines") || tab.IsComponent("840991", "Axles") || !tab.IsComponent("732020", "Suspension systems") {
		t.Error("components of Table A.2 column 2")
	}
	// A body stamping may be a core part or not; 8708.29 says only "may".
	if p, ok := tab.CorePartOf("870829"); !ok || p != "Body and chassis" {
		t.Errorf("8708.29: %q", p)
	}
}
