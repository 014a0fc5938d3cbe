package auto

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/rules"
)

func nd(s string) decimal.NullDecimal {
	if s == "" {
		return decimal.NullDecimal{}
	}
	return decimal.NewNullDecimal(decimal.RequireFromString(s))
}

func claim(capacity map[AssemblyKind]string) AssemblyClaim {
	a := AssemblyClaim{Known: true, Claimed: capacity != nil, Capacity: map[AssemblyKind]decimal.Decimal{}}
	for k, v := range capacity {
		a.Capacity[k] = decimal.RequireFromString(v)
	}
	return a
}

// TestLVC checks the arithmetic of UR §18 on both bases, with the credits
// at, below and beyond their caps, against the requirement by class and date.
func TestLVC(t *testing.T) {
	noPlant := AssemblyClaim{Known: true}
	for _, tc := range []struct {
		name     string
		in       LVCInputs
		class    Class
		day      rules.Date
		outcome  Outcome
		high     string // points, shown
		tech     string
		assembly string
		total    string
	}{
		{"net cost basis alone, exactly 40", LVCInputs{HWM: nd("3000"), HWLC: nd("1000"), NetCost: nd("10000"), Assembly: noPlant},
			PassengerVehicle, "2023-07-01", Met, "40.0", "0.0", "0", "40.0"},
		{"a hair below 40 fails", LVCInputs{HWM: nd("2999.99"), HWLC: nd("1000"), NetCost: nd("10000"), Assembly: noPlant},
			PassengerVehicle, "2023-07-01", NotMet, "40.0", "0.0", "0", "40.0"},
		{"the same figures met 36 in 2022", LVCInputs{HWM: nd("2999.99"), HWLC: nd("1000"), NetCost: nd("10000"), Assembly: noPlant},
			PassengerVehicle, "2023-06-30", Met, "40.0", "0.0", "0", "40.0"},
		{"technology credit at its cap", LVCInputs{HWM: nd("2000"), HWLC: nd("500"), NetCost: nd("10000"), TechWages: nd("100"), ProductionWages: nd("1000"), Assembly: claim(map[AssemblyKind]string{Engines: "100000"})},
			PassengerVehicle, "2023-07-01", Met, "25.0", "10.0", "5", "40.0"},
		{"technology credit beyond its cap counts 10", LVCInputs{HWM: nd("2000"), HWLC: nd("500"), NetCost: nd("10000"), TechWages: nd("400"), ProductionWages: nd("1000"), Assembly: noPlant},
			PassengerVehicle, "2023-07-01", NotMet, "25.0", "10.0", "0", "35.0"},
		{"credits cannot make up the high-wage minimum", LVCInputs{HWM: nd("2000"), HWLC: nd("499"), NetCost: nd("10000"), TechWages: nd("400"), ProductionWages: nd("1000"), Assembly: claim(map[AssemblyKind]string{Transmissions: "150000"})},
			PassengerVehicle, "2023-07-01", NotMet, "25.0", "10.0", "5", "40.0"},
		{"assembly credit needs the capacity", LVCInputs{HWM: nd("2500"), NetCost: nd("10000"), TechWages: nd("100"), ProductionWages: nd("1000"), Assembly: claim(map[AssemblyKind]string{Engines: "99999"})},
			PassengerVehicle, "2023-07-01", NotMet, "25.0", "10.0", "0", "35.0"},
		{"battery packs: 25,000 is enough", LVCInputs{HWM: nd("2500"), NetCost: nd("10000"), TechWages: nd("100"), ProductionWages: nd("1000"), Assembly: claim(map[AssemblyKind]string{BatteryPacks: "25000"})},
			PassengerVehicle, "2023-07-01", Met, "25.0", "10.0", "5", "40.0"},
		{"an unknown assembly claim that would decide leaves it open", LVCInputs{HWM: nd("2500"), NetCost: nd("10000"), TechWages: nd("100"), ProductionWages: nd("1000")},
			PassengerVehicle, "2023-07-01", Open, "25.0", "10.0", "0", "35.0"},
		{"an unknown assembly claim that would not decide does not matter", LVCInputs{HWM: nd("4000"), NetCost: nd("10000")},
			PassengerVehicle, "2023-07-01", Met, "40.0", "0.0", "0", "40.0"},
		{"light truck: 45 with 30 high-wage", LVCInputs{HWM: nd("2500"), HWLC: nd("500"), NetCost: nd("10000"), TechWages: nd("100"), ProductionWages: nd("1000"), Assembly: claim(map[AssemblyKind]string{Engines: "100000"})},
			LightTruck, "2020-07-01", Met, "30.0", "10.0", "5", "45.0"},
		{"heavy truck: 20,000 engines earn the assembly credit", LVCInputs{HWM: nd("3000"), NetCost: nd("10000"), TechWages: nd("100"), ProductionWages: nd("1000"), Assembly: claim(map[AssemblyKind]string{Engines: "20000"})},
			HeavyTruck, "2026-01-01", Met, "30.0", "10.0", "5", "45.0"},
		{"light truck: 20,000 engines do not", LVCInputs{HWM: nd("3000"), NetCost: nd("10000"), TechWages: nd("100"), ProductionWages: nd("1000"), Assembly: claim(map[AssemblyKind]string{Engines: "20000"})},
			LightTruck, "2026-01-01", NotMet, "30.0", "10.0", "0", "40.0"},
		{"purchase value basis with HWLC in both terms", LVCInputs{APV: nd("3000"), TAPV: nd("9000"), HWLC: nd("1000"), Assembly: noPlant},
			PassengerVehicle, "2023-07-01", Met, "40.0", "0.0", "0", "40.0"},
		{"purchase value basis without HWLC", LVCInputs{APV: nd("3600"), TAPV: nd("9000"), Assembly: noPlant},
			PassengerVehicle, "2023-07-01", Met, "40.0", "0.0", "0", "40.0"},
		{"the better basis counts", LVCInputs{HWM: nd("1000"), NetCost: nd("10000"), APV: nd("3600"), TAPV: nd("9000"), Assembly: noPlant},
			PassengerVehicle, "2023-07-01", Met, "40.0", "0.0", "0", "40.0"},
		{"no figures", LVCInputs{}, PassengerVehicle, "2023-07-01", Open, "0.0", "0.0", "0", "0.0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := ComputeLVC(tc.in, tc.class, tc.day)
			if r.Outcome != tc.outcome {
				t.Fatalf("outcome %s, want %s\n%s", r.Outcome, tc.outcome, strings.Join(r.Lines, "\n"))
			}
			if tc.outcome == Open && len(r.Missing) == 0 {
				t.Error("open with nothing missing")
			}
			if len(r.Lines) > 1 && tc.name != "no figures" {
				got := []string{Show(r.HighWage), Show(r.Tech), r.Assembly.String(), Show(r.Total)}
				want := []string{tc.high, tc.tech, tc.assembly, tc.total}
				if strings.Join(got, " ") != strings.Join(want, " ") {
					t.Errorf("high, tech, assembly, total = %v, want %v\n%s", got, want, strings.Join(r.Lines, "\n"))
				}
			}
		})
	}
}

func TestLVCRequirementByDate(t *testing.T) {
	for _, tc := range []struct {
		c           Class
		day         rules.Date
		total, high string
	}{
		{PassengerVehicle, "2020-07-01", "30", "15"},
		{PassengerVehicle, "2021-06-30", "30", "15"},
		{PassengerVehicle, "2021-07-01", "33", "18"},
		{PassengerVehicle, "2022-07-01", "36", "21"},
		{PassengerVehicle, "2023-07-01", "40", "25"},
		{LightTruck, "2020-07-01", "45", "30"},
		{HeavyTruck, "2029-01-01", "45", "30"},
	} {
		r, ok := LVCRequirementFor(tc.c, tc.day)
		if !ok || r.Total.String() != tc.total || r.HighWage.String() != tc.high {
			t.Errorf("%s on %s: %+v, want %s with %s", tc.c, tc.day, r, tc.total, tc.high)
		}
	}
	if _, ok := LVCRequirementFor(OtherVehicle, "2025-01-01"); ok {
		t.Error("an other vehicle has an LVC requirement")
	}
	if _, ok := LVCRequirementFor(PassengerVehicle, "2020-06-30"); ok {
		t.Error("an LVC requirement before the agreement")
	}
}

func TestExcessTruckCredit(t *testing.T) {
	r := ComputeLVC(LVCInputs{HWM: nd("3500"), NetCost: nd("10000"), Assembly: AssemblyClaim{Known: true}, TechWages: nd("100"), ProductionWages: nd("1000")}, HeavyTruck, "2025-01-01")
	pts, floor, _, ok := ExcessTruckCredit(r, "2025-01-01")
	if !ok || pts.String() != "5" || floor.String() != "60" {
		t.Fatalf("got %s (floor %s, ok %v), want 5 over 30 points", pts, floor, ok)
	}
	if _, _, _, ok := ExcessTruckCredit(r, "2027-07-01"); ok {
		t.Error("credited after June 30, 2027")
	}
}

func TestPurchases(t *testing.T) {
	for _, tc := range []struct {
		name        string
		metal       Metal
		total, orig string
		outcome     Outcome
	}{
		{"exactly 70% of steel", Steel, "1000", "700", Met},
		{"a cent short of 70%", Steel, "1000", "699.99", NotMet},
		{"exactly 70% of aluminum", Aluminum, "333.33", "233.331", Met},
		{"just under 70% of aluminum", Aluminum, "333.33", "233.3309", NotMet},
		{"all originating", Steel, "5", "5", Met},
		{"no total", Steel, "", "700", Open},
		{"no originating figure", Aluminum, "1000", "", Open},
		{"more originating than bought", Steel, "100", "101", Open},
		{"none bought", Aluminum, "0", "0", Met},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := CheckPurchases(tc.metal, Purchases{Total: nd(tc.total), Originating: nd(tc.orig)}, "2026-01-01")
			if r.Outcome != tc.outcome {
				t.Fatalf("%s: %s", r.Outcome, r.Why)
			}
			if r.Outcome == NotMet && (!r.Shortfall.Valid || !r.Shortfall.Decimal.IsPositive()) {
				t.Errorf("no shortfall: %v", r.Shortfall)
			}
			if tc.total == "0" && r.Assumed == "" {
				t.Error("no purchases, and nothing said")
			}
		})
	}
	r := CheckPurchases(Steel, Purchases{Total: nd("100"), Originating: nd("80")}, "2027-07-01")
	if !strings.Contains(r.Why, "melted and poured") {
		t.Errorf("from July 2027 the steel test should say what originating steel means: %s", r.Why)
	}
}

// Figures on two footings (an annual HWM over a unit net cost) are caught,
// never passed.
func TestLVCFootings(t *testing.T) {
	r := ComputeLVC(LVCInputs{HWM: nd("9200000"), NetCost: nd("32000"), Assembly: AssemblyClaim{Known: true}}, LightTruck, "2026-01-01")
	if r.Outcome != Open || len(r.Missing) == 0 || !strings.Contains(r.Missing[0], "one footing") {
		t.Fatalf("%s %v", r.Outcome, r.Missing)
	}
}
