package auto

import (
	"testing"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

func tables(t testing.TB) *Tables {
	t.Helper()
	tab, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tab
}

// noFacts answers nothing.
func noFacts(string) (bool, bool) { return false, false }

// given answers the listed facts.
func given(m map[string]bool) Facts {
	return func(k string) (bool, bool) { v, ok := m[k]; return v, ok }
}

func TestDecodeRoundTrip(t *testing.T) {
	tab := tables(t)
	data, err := tab.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != embedded {
		t.Fatal("encoding the decoded tables does not give the embedded text back")
	}
	for _, bad := range []string{"", "roo-auto-appendix 0\n", magic + "\nE|A.9|8407.31|x||0|||| \n", magic + "\nX|y\n", magic + "\nV|x|8701.10||||a good||nc:60:2020-07-01:\n"} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode(%q): no error", bad)
		}
	}
}

// TestPartTable finds the table a part is in for its use, the facts that
// settle an "ex" line, and the complement lines of Tables A.1 and B.
func TestPartTable(t *testing.T) {
	tab := tables(t)
	for _, tc := range []struct {
		name  string
		code  hs.Code
		use   Use
		facts map[string]bool
		want  Table
		open  bool
	}{
		{"brakes are principal parts", "8708305010", UsePassengerVehicle, nil, TableB, false},
		{"gear boxes are core parts", "870840", UseLightTruck, nil, TableA1, false},
		{"wiring sets are complementary", "854430", UsePassengerVehicle, nil, TableC, false},
		{"brakes for a heavy truck are Table D", "870830", UseHeavyTruck, nil, TableD, false},
		{"ball bearings for a heavy truck are Table E", "848210", UseHeavyTruck, nil, TableE, false},
		{"an aftermarket part is in no table", "870830", UseAftermarket, nil, "", false},
		{"a good in no table", "940510", UsePassengerVehicle, nil, "", false},
		{"8708.29 needs the body-stamping fact", "870829", UsePassengerVehicle, nil, "", true},
		{"a body stamping is a core part", "870829", UsePassengerVehicle, map[string]bool{"table-a1-body-stampings": true}, TableA1, false},
		{"not a body stamping: the complement is principal", "870829", UsePassengerVehicle, map[string]bool{"table-a1-body-stampings": false}, TableB, false},
		{"a chassis frame is a core part", "870899", UsePassengerVehicle, map[string]bool{"table-a1-chassis-frames": true}, TableA1, false},
		{"HS 2022 8708.22 came from 8708.29", "870822", UsePassengerVehicle, map[string]bool{"table-a1-body-stampings": false}, TableB, false},
		{"engines for an other vehicle are Table F", "840733", UseOtherVehicle, nil, TableF, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := Facts(noFacts)
			if tc.facts != nil {
				f = given(tc.facts)
			}
			p := tab.PartTable(tc.code, tc.use, f)
			if p.Table != tc.want || p.Undetermined() != tc.open {
				t.Fatalf("got table %q open %v (%v; %s), want %q open %v", p.Table, p.Undetermined(), p.Open, p.Why, tc.want, tc.open)
			}
		})
	}
}

// A display module of HS 2022 8524 took goods from 8708.29 among others:
// whether it is in a table depends on its HS 2012 classification.
func TestPartialMappingAsksTheFormerCode(t *testing.T) {
	tab := tables(t)
	p := tab.PartTable("852411", UsePassengerVehicle, noFacts)
	if !p.Undetermined() {
		t.Fatalf("8524.11 is settled without facts: %+v", p)
	}
	var keys []string
	for _, f := range p.Open {
		keys = append(keys, f.Key)
	}
	want := "hs2012-870829"
	found := false
	for _, k := range keys {
		found = found || k == want
	}
	if !found {
		t.Fatalf("open facts %v lack %s", keys, want)
	}
	// Answering that it was 8708.29, and not a body stamping, settles it.
	p = tab.PartTable("852411", UsePassengerVehicle, given(map[string]bool{want: true, "table-a1-body-stampings": false}))
	if p.Table != TableB {
		t.Fatalf("got %q (%v), want Table B", p.Table, p.Open)
	}
}

func TestVehicleRVCByDate(t *testing.T) {
	tab := tables(t)
	for _, tc := range []struct {
		code hs.Code
		c    Class
		day  rules.Date
		nc   string
	}{
		{"870323", PassengerVehicle, "2020-07-01", "66"},
		{"870323", PassengerVehicle, "2021-06-30", "66"},
		{"870323", PassengerVehicle, "2021-07-01", "69"},
		{"870380", PassengerVehicle, "2022-07-01", "72"},
		{"870323", PassengerVehicle, "2023-06-30", "72"},
		{"870323", PassengerVehicle, "2023-07-01", "75"},
		{"870323", PassengerVehicle, "2030-01-01", "75"},
		{"870431", LightTruck, "2022-12-31", "72"},
		{"870421", LightTruck, "2026-07-01", "75"},
		{"870441", LightTruck, "2021-07-01", "69"},
		{"870121", HeavyTruck, "2024-06-30", "60"},
		{"870121", HeavyTruck, "2024-07-01", "64"},
		{"870432", HeavyTruck, "2027-06-30", "64"},
		{"870432", HeavyTruck, "2027-07-01", "70"},
		{"870460", HeavyTruck, "2025-01-01", "64"},
		{"870441", HeavyTruck, "2025-01-01", "64"},
		{"870600", HeavyTruck, "2028-01-01", "70"},
	} {
		v, ok := tab.VehicleRVC(tc.code, tc.c)
		if !ok {
			t.Errorf("%s %s: no vehicle rule", tc.code, tc.c)
			continue
		}
		got := v.RVC.At(tc.day)
		if !got.NC.Valid || got.NC.Decimal.String() != tc.nc || got.TV.Valid {
			t.Errorf("%s %s on %s: got %v (%s), want %s%% NC only", tc.code, tc.c, tc.day, got, v.Cite(), tc.nc)
		}
	}
	if _, ok := tab.VehicleRVC("870323", OtherVehicle); ok {
		t.Error("an other vehicle has a staged requirement")
	}
	if v, ok := tab.VehicleRVC("870323", PassengerVehicle); !ok || v.RVC.At("2020-06-30").NC.Valid {
		t.Error("a threshold is in force before the agreement")
	}
}
