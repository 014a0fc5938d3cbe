package origin

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/rules"
)

func evaluateOn(t *testing.T, g *Good, day string) Result {
	t.Helper()
	return Evaluate(g, Options{Rules: base(t), AsOf: date(day)})
}

func withUse(g *Good, u VehicleUse, facts map[string]bool) *Good {
	g.VehicleUse = u
	for k, v := range facts {
		g.Facts[k] = v
	}
	return g
}

func explainFail(res Result) string {
	return "reasons:\n  " + strings.Join(res.Reasons, "\n  ") + "\nmissing: " + factKeys(res.MissingFacts) + " " + strings.Join(res.MissingInputs, "; ")
}

// TestPartThresholdsByDate: a part for a vehicle use is held to the
// appendix's thresholds in force on the date, in place of its rule's; an
// aftermarket part keeps its rule's.
func TestPartThresholdsByDate(t *testing.T) {
	// A brake (8708.30, Table B / D) whose pistons of 8708.30 keep branch (C)
	// from applying, so that branch (D)'s net-cost RVC decides: RVC 65% NC.
	brake := func(u VehicleUse) *Good {
		return withUse(good("8708.30.50", "", "100", mat("PST", "8708.30.50", NonOriginating, "35")), u,
			map[string]bool{"product-mounted-brake-linings": false, "material-mounted-brake-linings-or-parts-of-1096": true, FactPartsSameSubheading: false})
	}
	// A wiring set (8544.30, Table C) that fails branch (A) on copper wire of
	// its own group, so that branch (B)'s RVC decides: 64% NC, 70% TV.
	harness := func(u VehicleUse) *Good {
		return withUse(good("8544.30.00", "120", "100", mat("CU", "8544.49.30", NonOriginating, "36")), u, nil)
	}
	for _, tc := range []struct {
		name, day string
		good      *Good
		status    Status
		threshold string // the NC threshold the RVC was held to
		cite      string
	}{
		{"principal part, 2021-06-30: 62.5%", "2021-06-30", brake(UsePassengerVehicle), Qualifies, "62.5", "UR §14(15)"},
		{"principal part, 2021-07-01: 65%", "2021-07-01", brake(UsePassengerVehicle), Qualifies, "65", "UR §14(15)"},
		{"principal part, 2022-07-01: 67.5%", "2022-07-01", brake(UseLightTruck), DoesNotQualify, "67.5", "UR §14(15)"},
		{"principal part, 2026: 70%", "2026-07-01", brake(UsePassengerVehicle), DoesNotQualify, "70", "UR §14(15)"},
		{"heavy-truck principal part, 2024-06-30: 60%", "2024-06-30", brake(UseHeavyTruck), Qualifies, "60", "UR §15(2)"},
		{"heavy-truck principal part, 2024-07-01: 64%", "2024-07-01", brake(UseHeavyTruck), Qualifies, "64", "UR §15(2)"},
		{"heavy-truck principal part, 2027-07-01: 70%", "2027-07-01", brake(UseHeavyTruck), DoesNotQualify, "70", "UR §15(2)"},
		{"aftermarket: the rule's 50%, no phase-in", "2026-07-01", brake(UseAftermarket), Qualifies, "50", "UR §14(18)"},
		{"complementary part, 2022-07-01: 64%", "2022-07-01", harness(UsePassengerVehicle), Qualifies, "64", "UR §14(17)"},
		{"complementary part, 2023-07-01: 65%", "2023-07-01", harness(UsePassengerVehicle), DoesNotQualify, "65", "UR §14(17)"},
		{"no vehicle use: the rule's own 50%", "2026-07-01", harness(""), Qualifies, "50", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res := evaluateOn(t, tc.good, tc.day)
			if res.Status != tc.status {
				t.Fatalf("status %s, want %s\n%s", res.Status, tc.status, explainFail(res))
			}
			var nc string
			for _, f := range res.RVC {
				if f.Method == NetCost && f.Threshold.Valid {
					nc = f.Threshold.Decimal.String()
				}
			}
			if nc != tc.threshold {
				t.Errorf("held to %s%% NC, want %s%%", nc, tc.threshold)
			}
			if tc.cite == "" {
				if res.Automotive != nil {
					t.Errorf("no vehicle use, yet the appendix applied: %v", res.Automotive.Provisions)
				}
				return
			}
			if res.Automotive == nil || !strings.Contains(strings.Join(res.Automotive.Provisions, "\n"), tc.cite) {
				t.Errorf("the result does not cite %s: %+v", tc.cite, res.Automotive)
			}
			for _, n := range res.RuleNotes {
				if strings.HasPrefix(n, phaseInNote) {
					t.Errorf("the rule base's phase-in caveat is still shown: %s", n)
				}
			}
		})
	}
}

// TestCorePartTariffShiftIsNotEnough: a body stamping is a Table A.1 core
// part; a branch that asks only a change in tariff classification cannot
// make it originating for a passenger vehicle (UR §14(2)), while a battery
// of 8507.60 may use its rule's change (UR §14(3)).
func TestCorePartTariffShiftIsNotEnough(t *testing.T) {
	// Every material changes heading; the RVC is low (40% NC).
	stamping := func(facts map[string]bool) *Good {
		return withUse(good("8708.29.50", "", "100", mat("COIL", "7208.51.00", NonOriginating, "60")), UsePassengerVehicle, facts)
	}
	// The rule's "any other good" branch of 8708.29 would pass on the shift
	// alone; the appendix fact says the good is a body stamping.
	res := evaluate(t, stamping(map[string]bool{"table-a1-body-stampings": true, "product-a-body-stamping": false}))
	if res.Status == Qualifies {
		t.Fatalf("a body stamping qualified on a tariff shift alone:\n%s", explainFail(res))
	}
	if !strings.Contains(strings.Join(res.Automotive.Provisions, "\n"), "UR §14(2)") {
		t.Errorf("UR §14(2) not cited: %v", res.Automotive.Provisions)
	}
	barred := false
	for _, b := range res.Branches {
		barred = barred || (b.Outcome == NotApplicable && strings.Contains(strings.Join(b.Reasons, " "), "UR §14(2)"))
	}
	if !barred {
		t.Errorf("no branch barred by UR §14(2): %+v", res.Branches)
	}
	// Not a body stamping: a principal part, and the shift is enough.
	res = evaluate(t, stamping(map[string]bool{"table-a1-body-stampings": false, "product-a-body-stamping": false}))
	if res.Status != Qualifies || res.Automotive.Table != auto.TableB {
		t.Fatalf("status %s table %s, want qualifies as Table B\n%s", res.Status, res.Automotive.Table, explainFail(res))
	}
	// Unknown: the shift would be enough for a principal part, not for a
	// core part: the fact decides, so it is asked.
	res = evaluate(t, stamping(map[string]bool{"product-a-body-stamping": false}))
	if res.Status != NeedsReview || !strings.Contains(factKeys(res.MissingFacts), "table-a1-body-stampings") {
		t.Fatalf("status %s, missing %s; want needs-review asking table-a1-body-stampings\n%s", res.Status, factKeys(res.MissingFacts), explainFail(res))
	}
	// A battery of 8507.60 for an electric passenger vehicle: the change of
	// subheading is enough (UR §14(3)).
	battery := withUse(good("8507.60.00", "", "100", mat("CELLS", "8507.90.80", NonOriginating, "10"), mat("BMS", "8537.10.91", NonOriginating, "60")),
		UsePassengerVehicle, map[string]bool{"product-a-battery-of-a-kind-used-6166": true, "material-battery-cells": false})
	res = evaluate(t, battery)
	if res.Status != Qualifies {
		t.Fatalf("battery: %s\n%s", res.Status, explainFail(res))
	}
}

// vehicle is a light truck (8704.31) made in Mexico: a self-produced engine
// with a listed component (a cylinder head) and another input, a bought
// originating transmission, bought axles, a frame stamping.
func vehicle() *Good {
	engine := &Material{PartNumber: "ENG-25", Description: "2.5 L engine", HTS: "8407340000", Kind: KindSelfProduced, Origin: Originating, Value: d("4000"), Ref: "BOM row 2",
		Children: []*Material{
			{PartNumber: "HEAD", Description: "cylinder head", HTS: "8409910000", Origin: NonOriginating, Value: d("600"), Ref: "BOM row 3"},
			{PartNumber: "ECU", Description: "engine control unit", HTS: "8537109170", Origin: NonOriginating, Value: d("700"), Ref: "BOM row 4"},
			{PartNumber: "BLOCK", Description: "block casting", HTS: "8409919990", Origin: Originating, Value: d("900"), Ref: "BOM row 5"},
		}}
	g := good("8704.31.00", "", "30000",
		engine,
		&Material{PartNumber: "TRN-8", Description: "8-speed transmission", HTS: "8708404000", Origin: Originating, Value: d("3000"), Ref: "BOM row 6"},
		&Material{PartNumber: "AXL-R", Description: "rear axle", HTS: "8708508900", Origin: Originating, Value: d("2000"), Ref: "BOM row 7"},
		&Material{PartNumber: "FRM", Description: "frame", HTS: "8708995500", Origin: Originating, Value: d("1500"), Ref: "BOM row 8"},
		mat("SEAT", "9401.20.00", NonOriginating, "1200"),
		mat("TIRES", "4011.10.10", NonOriginating, "800"),
		mat("GLASS", "7007.21.11", NonOriginating, "500"),
	)
	g.VehicleUse = UseLightTruck
	g.Vehicle = &VehicleFigures{
		Ref: "Vehicle row 2",
		LVC: auto.LVCInputs{HWM: nd("11000"), HWLC: nd("2000"), NetCost: nd("30000"), TechWages: nd("120"), ProductionWages: nd("1000"),
			Assembly: auto.AssemblyClaim{Known: true, Claimed: true, Capacity: map[auto.AssemblyKind]decimal.Decimal{auto.Engines: d("150000")}}},
		Steel:     auto.Purchases{Total: nd("1000000"), Originating: nd("720000")},
		Aluminum:  auto.Purchases{Total: nd("400000"), Originating: nd("300000")},
		CoreParts: []CorePartFigures{{PartNumber: "ENG-25", Part: "Engines", NetCost: nd("4200"), Ref: "Vehicle row 3"}, {PartNumber: "FRM", Part: "Body and chassis", Ref: "Vehicle row 4"}},
	}
	return g
}

// TestVehicle is a full determination of a light truck: the staged RVC of
// UR §13, the Table A.2 parts, labour value content, steel and aluminum;
// then each requirement failing or missing in turn.
func TestVehicle(t *testing.T) {
	res := evaluate(t, vehicle())
	if res.Status != Qualifies || res.Criterion != "B" {
		t.Fatalf("status %s criterion %q, want qualifies under B\n%s", res.Status, res.Criterion, explainFail(res))
	}
	a := res.Automotive
	if a == nil || a.Class != auto.LightTruck || a.CoreParts == nil || a.LVC == nil || a.Steel == nil || a.Aluminum == nil {
		t.Fatalf("automotive result incomplete: %+v", a)
	}
	if got := strings.Join(a.Provisions, "\n"); !strings.Contains(got, "UR §13, 8704.31(1): light truck threshold 75% NC as of 2026-07-01") {
		t.Errorf("the staged threshold is not cited:\n%s", got)
	}
	for _, f := range res.RVC {
		if f.Method == NetCost && f.Threshold.Decimal.String() != "75" {
			t.Errorf("held to %s, want 75", f.Threshold.Decimal)
		}
	}
	// The engine: NC 4200, all NOM 1300 (69.0%) fails 75%; counting only
	// the listed head (600: 85.7%) meets it.
	eng := a.CoreParts.Parts[0]
	if eng.Outcome != auto.Met || eng.By != auto.OptionComponents {
		t.Errorf("engine: %s by %s (%s)", eng.Outcome, eng.By, eng.Why)
	}

	cases := []struct {
		name   string
		change func(*Good)
		day    string
		status Status
		want   string // in the reasons or the changes
	}{
		{"in 2022 the light-truck threshold was 72%", func(g *Good) {}, "2022-07-01", Qualifies, "72% NC as of 2022-07-01"},
		{"the LVC falls short of its high-wage points", func(g *Good) { g.Vehicle.LVC.HWM = nd("6000") }, "", DoesNotQualify, "labour value content: 3.3 more points"},
		{"steel at 69.99%", func(g *Good) { g.Vehicle.Steel.Originating = nd("699900") }, "", DoesNotQualify, "steel purchases: 100.00 USD more"},
		{"aluminum at exactly 70%", func(g *Good) { g.Vehicle.Aluminum.Originating = nd("280000") }, "", Qualifies, "70.0%, at least 70%"},
		{"the engine elected to count all its NOM", func(g *Good) { g.Vehicle.Option = auto.OptionAll }, "", DoesNotQualify, "make originating, re-source or certify ENG-25"},
		{"a bought axle that is not originating", func(g *Good) { g.Materials[2].Origin = NonOriginating }, "", DoesNotQualify, "AXL-R"},
		{"no Vehicle sheet", func(g *Good) { g.Vehicle = nil }, "", NeedsReview, "the Vehicle sheet's figures for good G"},
		{"no steel figures", func(g *Good) { g.Vehicle.Steel = auto.Purchases{} }, "", NeedsReview, "Vehicle sheet: steel purchases and originating steel purchases"},
		{"no engine net cost", func(g *Good) { g.Vehicle.CoreParts[0].NetCost = decimal.NullDecimal{} }, "", NeedsReview, "the net cost of ENG-25"},
		{"declared a passenger vehicle", func(g *Good) { g.VehicleUse = UsePassengerVehicle }, "", NeedsReview, "UR §12 defines passenger vehicles"},
		{"no vehicle use", func(g *Good) { g.VehicleUse = "" }, "", NeedsReview, "the vehicle use"},
		{"the vehicle RVC itself fails", func(g *Good) { g.Materials[4].Value = d("8000") }, "", DoesNotQualify, "below 75%"},
		{"an off-road truck is an other vehicle: no LVC, 62.5%", func(g *Good) {
			g.VehicleUse = UseOtherVehicle
			g.Facts["product-a-vehicle-solely-or-principally-for-3f15"] = true
		}, "", Qualifies, "62.5"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			g := vehicle()
			tc.change(g)
			day := tc.day
			if day == "" {
				day = "2026-07-01"
			}
			res := evaluateOn(t, g, day)
			if res.Status != tc.status {
				t.Fatalf("status %s, want %s\n%s", res.Status, tc.status, explainFail(res))
			}
			all := strings.Join(res.Reasons, "\n") + "\n" + strings.Join(res.MissingInputs, "\n")
			for _, c := range res.Changes {
				all += "\n" + c.Text
			}
			if res.Automotive != nil {
				all += "\n" + strings.Join(res.Automotive.Steps(), "\n")
			}
			for _, f := range res.RVC {
				if f.Threshold.Valid {
					all += "\n" + f.Threshold.Decimal.String()
				}
			}
			if !strings.Contains(all, tc.want) {
				t.Errorf("the result does not say %q:\n%s", tc.want, all)
			}
		})
	}
}

// figures gives a vehicle every further requirement, met.
func figures() *VehicleFigures {
	return &VehicleFigures{
		LVC:      auto.LVCInputs{HWM: nd("40"), NetCost: nd("100"), Assembly: auto.AssemblyClaim{Known: true}, TechWages: nd("10"), ProductionWages: nd("100")},
		Steel:    auto.Purchases{Total: nd("100"), Originating: nd("80")},
		Aluminum: auto.Purchases{Total: nd("100"), Originating: nd("80")},
	}
}

// TestVehicleClasses: the class decides the threshold and the further
// requirements, and a class the code cannot have is an open input.
func TestVehicleClasses(t *testing.T) {
	for _, tc := range []struct {
		name      string
		code      string
		use       VehicleUse
		day       string
		nc        string // VNM, on a net cost of 100
		facts     map[string]bool
		f         func(*VehicleFigures)
		status    Status
		threshold string
		want      string
	}{
		{"a road tractor is a heavy truck: 64% in 2025", "8701.21.00", UseHeavyTruck, "2025-01-01", "36", nil, nil, Qualifies, "64", "UR §13, 8701.20: heavy truck threshold 64% NC"},
		{"and 70% from July 2027", "8701.21.00", UseHeavyTruck, "2027-07-01", "36", nil, nil, DoesNotQualify, "70", "below 70%"},
		{"a heavy truck's LVC is 45% with 30 high-wage points", "8704.32.00", UseHeavyTruck, "2025-01-01", "20", nil, func(f *VehicleFigures) { f.LVC.HWM = nd("29.99") }, DoesNotQualify, "64", "high-wage material and labour 30.0 points, below 30"},
		{"an electric truck of 8704.60 came from 8704.90: a heavy truck", "8704.60.00", UseHeavyTruck, "2025-01-01", "20", nil, nil, Qualifies, "64", "UR §13, 8704.32 - 8704.90(1)"},
		{"declared a light truck, 8704.60 cannot be one", "8704.60.00", UseLightTruck, "2025-01-01", "20", nil, nil, NeedsReview, "", "exclude HS 2022 8704.60"},
		{"a hybrid of 8704.41 may be a light truck", "8704.41.00", UseLightTruck, "2025-01-01", "20", nil, nil, Qualifies, "75", "the declaration decides"},
		{"a diesel car is no passenger vehicle", "8703.32.01", UsePassengerVehicle, "2025-01-01", "20", nil, nil, NeedsReview, "", "UR §12 defines passenger vehicles"},
		{"a diesel car as an other vehicle: 62.5%, no LVC", "8703.32.01", UseOtherVehicle, "2025-01-01", "37", map[string]bool{"product-a-passenger-vehicle": false}, func(f *VehicleFigures) { f.LVC = auto.LVCInputs{} }, Qualifies, "62.5", "62.5"},
		{"an other vehicle in a new plant: 50% for five years", "8703.32.01", UseOtherVehicle, "2025-01-01", "45", map[string]bool{"product-a-passenger-vehicle": false},
			func(f *VehicleFigures) { f.NewPlant, f.NewPlantSince = auto.NewBuilding, date("2022-03-01") }, Qualifies, "50", "UR §20(8): new-plant threshold 50% NC"},
		{"not after five years", "8703.32.01", UseOtherVehicle, "2027-03-01", "45", map[string]bool{"product-a-passenger-vehicle": false},
			func(f *VehicleFigures) { f.NewPlant, f.NewPlantSince = auto.NewBuilding, date("2022-03-01") }, DoesNotQualify, "62.5", "does not cover 2027-03-01"},
		{"an electric passenger vehicle of 8703.80: 75%, LVC 40", "8703.80.00", UsePassengerVehicle, "2025-01-01", "25", nil, nil, Qualifies, "75", "UR §18(1): labour value content 50.0% on the net cost basis, 40.0 high-wage points (needs 40% with 25)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := withUse(good(tc.code, "", "100", mat("PART", "8409.91.00", NonOriginating, tc.nc), mat("ENG", "8407.34.48", Originating, "20")), tc.use, tc.facts)
			g.Vehicle = figures()
			if tc.f != nil {
				tc.f(g.Vehicle)
			}
			res := evaluateOn(t, g, tc.day)
			if res.Status != tc.status {
				t.Fatalf("status %s, want %s\n%s", res.Status, tc.status, explainFail(res))
			}
			th := ""
			for _, f := range res.RVC {
				if f.Method == NetCost && f.Threshold.Valid {
					th = f.Threshold.Decimal.String()
				}
			}
			if tc.threshold != "" && th != tc.threshold {
				t.Errorf("held to %s%%, want %s%%", th, tc.threshold)
			}
			all := strings.Join(res.Reasons, "\n") + "\n" + strings.Join(res.MissingInputs, "\n") + "\n" + strings.Join(res.Automotive.Steps(), "\n")
			if !strings.Contains(all, tc.want) {
				t.Errorf("the result does not say %q:\n%s", tc.want, all)
			}
		})
	}
}

// TestCriterionDAutomotive: criterion D's 50% does not let an automotive
// good below the appendix's RVC through.
func TestCriterionDAutomotive(t *testing.T) {
	// A brake whose pistons share its subheading: criterion D with the
	// parts fact, RVC 55% NC.
	brake := withUse(good("8708.30.50", "", "100", mat("PST", "8708.30.50", NonOriginating, "45")), UsePassengerVehicle,
		map[string]bool{"product-mounted-brake-linings": false, "material-mounted-brake-linings-or-parts-of-1096": false, FactPartsSameSubheading: true})
	res := evaluate(t, brake)
	if res.Status != DoesNotQualify || !strings.Contains(strings.Join(res.Reasons, " "), "not the RVC the appendix sets for the good: UR §14(15)") {
		t.Fatalf("brake: %s\n%s", res.Status, explainFail(res))
	}
	// The same brake for the aftermarket keeps criterion D.
	brake.VehicleUse = UseAftermarket
	if res := evaluate(t, brake); res.Status != Qualifies || res.Criterion != "D" {
		t.Fatalf("aftermarket brake: %s %s\n%s", res.Status, res.Criterion, explainFail(res))
	}
	// A light truck imported unassembled (GRI 2(a)): criterion D is not
	// enough below 75%.
	kit := withUse(good("8704.31.00", "", "100", mat("KIT", "8704.31.00", NonOriginating, "40")), UseLightTruck, map[string]bool{FactUnassembled: true})
	kit.Vehicle = figures()
	res = evaluate(t, kit)
	if res.Status != DoesNotQualify || !strings.Contains(strings.Join(res.Reasons, " "), "UR §13, 8704.31(1): light truck threshold 75% NC") {
		t.Fatalf("kit: %s\n%s", res.Status, explainFail(res))
	}
}

// BenchmarkEvaluateVehicle is a full light-truck determination: the rule,
// the staged threshold, the Table A.2 parts, LVC and purchases.
func BenchmarkEvaluateVehicle(b *testing.B) {
	rb, err := rules.Default()
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{Rules: rb, AsOf: date("2026-07-01")}
	g := vehicle()
	Evaluate(g, opts) // load the rule base and the appendix outside the timing
	b.ReportAllocs()
	for b.Loop() {
		Evaluate(g, opts)
	}
}

// A designated intermediate engine is evaluated under its own rule, as a
// core part for the truck's use, and counts as it came out.
func TestDesignatedCorePart(t *testing.T) {
	for _, tc := range []struct {
		head   string // value of the non-originating head in the engine
		status Status
		want   string
	}{
		{"600", Qualifies, "qualifies under its own rule"},
		{"2000", DoesNotQualify, "does not qualify under its own rule"},
	} {
		g := vehicle()
		eng := g.Materials[0]
		eng.Kind = KindIntermediate
		eng.Children[0].Value = d(tc.head)
		eng.Children[1].Origin = Originating
		res := evaluate(t, g)
		if res.Status != tc.status {
			t.Fatalf("head %s: %s\n%s", tc.head, res.Status, explainFail(res))
		}
		if !strings.Contains(strings.Join(res.Automotive.Steps(), "\n"), tc.want) {
			t.Errorf("head %s: steps do not say %q:\n%s", tc.head, tc.want, strings.Join(res.Automotive.Steps(), "\n"))
		}
	}
}

// A Table A.2 part the Vehicle sheet declares and the BOM lacks is named.
func TestDeclaredPartMissing(t *testing.T) {
	g := vehicle()
	g.Vehicle.CoreParts = append(g.Vehicle.CoreParts, CorePartFigures{PartNumber: "AXL-9", Part: "Axles", Ref: "Vehicle row 9"},
		CorePartFigures{PartNumber: "AXL-8", Part: "Axles", Ref: "Vehicle row 10"})
	res := evaluate(t, g)
	if res.Status != NeedsReview {
		t.Fatalf("%s\n%s", res.Status, explainFail(res))
	}
	got := strings.Join(res.MissingInputs, "\n")
	if !strings.Contains(got, "AXL-9 the Vehicle sheet declares (Vehicle row 9)") || strings.Index(got, "AXL-9") > strings.Index(got, "AXL-8") {
		t.Errorf("missing inputs, in sheet order: %s", got)
	}
}
