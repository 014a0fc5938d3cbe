package auto

import (
	"slices"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// stageDates are the days on which some automotive threshold steps up, and
// the days before them.
var stageDates = []rules.Date{"2020-07-01", "2021-06-30", "2021-07-01", "2022-06-30", "2022-07-01", "2023-06-30", "2023-07-01",
	"2024-06-30", "2024-07-01", "2027-06-30", "2027-07-01", "2031-01-01"}

// TestPartProvisionsAgreeWithTheVehicleRules holds the part thresholds
// typed in provisions.go (UR §14(13), (15), §15(2)) against the staged
// thresholds Canada prints in the rules of 87.06 to 87.08, which are data:
// a rule for use in a passenger vehicle or light truck of a Table A.1 good
// must stage exactly as the core parts, of a Table B good as the principal
// parts, and a rule for use in a heavy truck as Table D.
func TestPartProvisionsAgreeWithTheVehicleRules(t *testing.T) {
	tab := tables(t)
	// Printed exceptions, each a doubt the report names: 8708.94(2)(b)'s
	// last stage starts in 2023 (a typo for 2027), and 8708.80(2)(a) sets
	// 50% for McPherson struts for a heavy truck, which UR §15(2) replaces.
	skip := map[string]bool{"UR §13, 8708.94(2)(b)": true, "UR §13, 8708.80(2)(a)": true}
	checked := 0
	for i := range tab.Vehicles {
		v := &tab.Vehicles[i]
		if v.Uses == 0 || skip[v.Cite()] || v.Uses.Has(UseOtherVehicle) {
			continue
		}
		use := UsePassengerVehicle
		if v.Uses.Has(UseHeavyTruck) {
			use = UseHeavyTruck
		}
		code := v.Links[len(v.Links)-1].Code // the provision's own subheading, last in code order
		facts := given(map[string]bool{"table-a1-body-stampings": v.Subject == "a body stamping", "table-a1-chassis-frames": v.Subject == "a chassis frame"})
		pm := tab.PartTable(code, use, facts)
		if use == UseHeavyTruck && code.HasPrefix("8706") {
			pm = PartMatch{Table: TableD} // a chassis for a heavy truck: Table D lists 87.06
		}
		prov, ok := partProvisions[pm.Table]
		if !ok {
			t.Errorf("%s (%s): the good is in no table for %s (%v)", v.Cite(), v.Subject, use, pm.Open)
			continue
		}
		for _, day := range stageDates {
			want, got := v.RVC.At(day), prov.RVC.At(day)
			if !want.NC.Valid {
				continue
			}
			if !got.NC.Valid || !got.NC.Decimal.Equal(want.NC.Decimal) {
				t.Errorf("%s (%s) on %s: the data stages %s%%, %s (%s) gives %v", v.Cite(), v.Subject, day, want.NC.Decimal, prov.Cite, pm.Table.Name(), got.NC)
			}
			checked++
		}
	}
	if checked < 100 {
		t.Fatalf("only %d stages checked", checked)
	}
}

// TestVehicleRulesStageAsTheLVCDoes checks the dates the provisions step on
// against the data: the passenger-vehicle RVC of UR §13 and the LVC of UR
// §18(1) step up on the same days.
func TestVehicleRulesStageAsTheLVCDoes(t *testing.T) {
	tab := tables(t)
	v, ok := tab.VehicleRVC("870323", PassengerVehicle)
	if !ok {
		t.Fatal("no passenger-vehicle rule")
	}
	var dataDays, lvcDays []rules.Date
	for _, th := range v.RVC.Thresholds {
		dataDays = append(dataDays, th.Period.From)
	}
	for _, s := range lvcPassenger {
		lvcDays = append(lvcDays, s.from)
	}
	if !slices.Equal(dataDays, lvcDays) {
		t.Fatalf("RVC stages on %v, LVC on %v", dataDays, lvcDays)
	}
}

// TestClassCodesFollowTheCorrelation derives the HS 2022 codes of each
// vehicle class from the HS 2012 definitions of UR §12 through the UN
// correlation, and compares them with classCodes.
func TestClassCodesFollowTheCorrelation(t *testing.T) {
	derived := map[hs.Code][]Class{}
	for _, def := range classDefinitions {
		excluded := map[hs.Code]bool{}
		for _, e := range def.except {
			m, ok := hs.Successors(e, hs.HS2012)
			if !ok {
				t.Fatalf("%s is not HS 2012", e)
			}
			for _, c := range m.Codes() {
				excluded[c] = true
			}
		}
		for _, r := range def.ranges {
			x, err := hs.ExpandRangeIn(r[0], r[1], hs.HS2012)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range x.Members {
				if slices.Contains(def.except, m) {
					continue
				}
				s, _ := hs.Successors(m, hs.HS2012)
				for _, c := range s.Codes() {
					if !excluded[c] && !slices.Contains(derived[c], def.class) {
						derived[c] = append(derived[c], def.class)
					}
				}
			}
		}
	}
	for c, want := range derived {
		if got := classCodes[c]; !slices.Equal(got, want) {
			t.Errorf("HS 2022 %s: classCodes has %v, the correlation gives %v", c, got, want)
		}
	}
	for c := range classCodes {
		if _, ok := derived[c]; !ok {
			t.Errorf("HS 2022 %s is in classCodes but no definition reaches it", c)
		}
	}
}

// TestStagedPeriods checks the stages the provisions build: each ends the
// day before the next starts, the last never ends.
func TestStagedPeriods(t *testing.T) {
	for tab, p := range partProvisions {
		var ncs []rules.Threshold
		for _, th := range p.RVC.Thresholds {
			if th.Method == rules.NetCost {
				ncs = append(ncs, th)
			}
		}
		if ncs[0].Period.From != entryIntoForce || ncs[len(ncs)-1].Period.To != "" {
			t.Errorf("%s: stages %v", tab, ncs)
		}
		for i := 1; i < len(ncs); i++ {
			if dayBefore(ncs[i].Period.From) != ncs[i-1].Period.To {
				t.Errorf("%s: stage %d ends %s, next starts %s", tab, i, ncs[i-1].Period.To, ncs[i].Period.From)
			}
		}
	}
}

// TestPartThresholdsByTableAndDate reads each table's requirement on the
// days around its steps, for a branch with both methods.
func TestPartThresholdsByTableAndDate(t *testing.T) {
	both := (&rulesRVC60_50).At("2026-01-01")
	for _, tc := range []struct {
		tab    Table
		day    rules.Date
		nc, tv string
	}{
		{TableA1, "2020-07-01", "66", "76"}, {TableA1, "2021-06-30", "66", "76"}, {TableA1, "2021-07-01", "69", "79"},
		{TableA1, "2022-07-01", "72", "82"}, {TableA1, "2023-06-30", "72", "82"}, {TableA1, "2023-07-01", "75", "85"},
		{TableB, "2020-07-01", "62.5", "72.5"}, {TableB, "2021-07-01", "65", "75"}, {TableB, "2022-07-01", "67.5", "77.5"}, {TableB, "2030-01-01", "70", "80"},
		{TableC, "2020-07-01", "62", "72"}, {TableC, "2021-07-01", "63", "73"}, {TableC, "2022-07-01", "64", "74"}, {TableC, "2023-07-01", "65", "75"},
		{TableD, "2020-07-01", "60", "70"}, {TableD, "2024-06-30", "60", "70"}, {TableD, "2024-07-01", "64", "74"}, {TableD, "2027-06-30", "64", "74"}, {TableD, "2027-07-01", "70", "80"},
		{TableE, "2020-07-01", "50", "60"}, {TableE, "2024-07-01", "54", "64"}, {TableE, "2027-07-01", "60", "70"},
		{TableF, "2025-01-01", "60", ""},
	} {
		r, ok := partProvisions[tc.tab].At(tc.day, both)
		tv := ""
		if r.TV.Valid {
			tv = r.TV.Decimal.String()
		}
		if !ok || r.NC.Decimal.String() != tc.nc || tv != tc.tv {
			t.Errorf("%s on %s: %s NC / %q TV, want %s / %q", tc.tab.Name(), tc.day, r.NC.Decimal, tv, tc.nc, tc.tv)
		}
	}
}
