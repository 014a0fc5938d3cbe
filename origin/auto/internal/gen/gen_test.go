package main

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/internal/gendata"
	"github.com/roo-trade/roo/origin/auto"
)

// dataDir finds the shared data, or skips the test: CI clones the
// repository alone, without ../shared.
func dataDir(t *testing.T) string {
	t.Helper()
	return gendata.DataDir(t, tablesFile, vehiclesFile)
}

// TestRegenerate checks that regenerating from the shared data gives
// exactly the committed file, and that two builds agree.
func TestRegenerate(t *testing.T) {
	gendata.Check(t, generator())
}

// TestDataShape checks what the generator made of the data against what a
// reader of the printed tables sees.
func TestDataShape(t *testing.T) {
	dir := dataDir(t)
	_, tab, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	count := map[auto.Table]int{}
	parts := map[string]int{}
	for _, e := range tab.Entries {
		count[e.Table]++
		if e.Table == auto.TableA2 && !e.Component {
			parts[e.Part]++
		}
	}
	// The printed Table A.2 has seven column-1 parts.
	if len(parts) != 7 {
		t.Errorf("Table A.2 has %d column-1 parts, want 7: %v", len(parts), parts)
	}
	for _, tb := range []auto.Table{auto.TableA1, auto.TableA2, auto.TableB, auto.TableC, auto.TableD, auto.TableE, auto.TableF, auto.TableS} {
		if count[tb] == 0 {
			t.Errorf("%s is empty", tb.Name())
		}
	}
	// Every vehicle-rule record with an RVC gave at least one threshold.
	for _, v := range tab.Vehicles {
		if len(v.RVC.Thresholds) == 0 {
			t.Errorf("%s: no threshold", v.Cite())
		}
	}
	// The typo the print carries in 8708.94 is flagged, not corrected.
	found := false
	for _, f := range tab.Flags {
		found = found || strings.Contains(f, "8708.94(2)(b)") && strings.Contains(f, "overlap")
	}
	if !found {
		t.Errorf("the overlapping stages of 8708.94(2)(b) are not flagged; flags: %q", tab.Flags)
	}
}

func TestParseRefs(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"8407.31", "8407.31"},
		{"ex 8408.20", "ex 8408.20"},
		{"40.09", "40.09"},
		{"ex 8407.33; ex 8407.34; ex 8408.20", "ex 8407.33|ex 8407.34|ex 8408.20"},
		{"8482.10 through 8482.80", "8482.10 through 8482.80"},
		{"8507.20.aa, 8507.30.aa, 8507.40.aa and 8507.80.aa", "8507.20.aa|8507.30.aa|8507.40.aa|8507.80.aa"},
	} {
		refs, err := parseRefs(tc.in)
		if err != nil {
			t.Errorf("%q: %v", tc.in, err)
			continue
		}
		var got []string
		for _, r := range refs {
			got = append(got, r.String())
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%q: got %q, want %q", tc.in, g, tc.want)
		}
	}
	for _, bad := range []string{"8407", "ex", "8407.3", "Engines"} {
		if _, err := parseRefs(bad); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func TestReadHead(t *testing.T) {
	for _, tc := range []struct {
		head    string
		subject string
		uses    auto.Use
	}{
		{"A change to a passenger vehicle of subheading 8703.21 through 8703.90 from any other heading", "a passenger vehicle", 0},
		{"For a good of heading 87.06 for use as original equipment in a heavy truck, no required change", "a good", auto.UseHeavyTruck},
		{"For any other good of subheading 8708.10 for use as original equipment in any other vehicle or as an aftermarket part (a) a change", "any other good", auto.UseOtherVehicle | auto.UseAftermarket},
		{"For a body stamping of subheading 8708.29 for use as original equipment in a passenger vehicle or light truck, no required", "a body stamping", auto.UsePassengerVehicle | auto.UseLightTruck},
		{"A change to a good of subheading 8701.10 from any other heading", "a good", 0},
	} {
		s, u := readHead(tc.head)
		if s != tc.subject || u != tc.uses {
			t.Errorf("%q: got %q %s, want %q %s", tc.head, s, u, tc.subject, tc.uses)
		}
	}
}
