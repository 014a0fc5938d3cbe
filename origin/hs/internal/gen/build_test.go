package main

import (
	"strings"
	"testing"
)

func testNomenclature(t *testing.T, name string, bit int, codes ...string) *nomenclature {
	t.Helper()
	n := &nomenclature{bit: bit, name: name}
	var items []item
	for _, c := range codes {
		items = append(items, item{code: c, desc: "d" + c})
	}
	if err := n.index(items); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestNomenclatureCheck(t *testing.T) {
	tests := []struct {
		name    string
		codes   []string
		wantErr string
	}{
		{"fine", []string{"94", "9403", "940391", "940399", "8503", "85", "850300"}, ""},
		{"orphan", []string{"94", "940391"}, "has no parent 9403"},
		{"bare heading", []string{"94", "9403"}, "9403 has no subdivisions"},
		{"00 with siblings", []string{"85", "8503", "850300", "850310"}, "has 8503.00 and other subheadings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []item
			for _, c := range tt.codes {
				items = append(items, item{code: c, desc: "d"})
			}
			err := (&nomenclature{name: "HS 2022"}).index(items)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("error = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

// The UN label is HS 2022 : older; the generator refuses a table whose
// labels do not match its own rows, which is how a reversed reading would
// show.
func TestBuildCorrelationChecksLabels(t *testing.T) {
	hs22 := testNomenclature(t, "HS 2022", bit2022, "94", "9403", "940391", "940399")
	hs17 := testNomenclature(t, "HS 2017", bit2017, "94", "9403", "940390")
	good := []pair{{"940391", "940390", "n:1"}, {"940399", "940390", "n:1"}}
	c, _, err := buildCorrelation(hs22, hs17, good)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(c.links["940390"], " "); got != "940391 940399" {
		t.Errorf("links of 940390 = %q", got)
	}
	reversed := []pair{{"940391", "940390", "1:n"}, {"940399", "940390", "1:n"}}
	if _, _, err := buildCorrelation(hs22, hs17, reversed); err == nil || !strings.Contains(err.Error(), "labelled 1:n") {
		t.Errorf("reversed labels: error = %v", err)
	}
	missing := []pair{{"940391", "940390", "1:1"}}
	if _, _, err := buildCorrelation(hs22, hs17, missing); err == nil || !strings.Contains(err.Error(), "940399 has no row") {
		t.Errorf("uncovered HS 2022 code: error = %v", err)
	}
	unknown := append(good, pair{"940391", "940380", "n:n"})
	if _, _, err := buildCorrelation(hs22, hs17, unknown); err == nil || !strings.Contains(err.Error(), "940380 is not an HS 2017 subheading") {
		t.Errorf("unknown older code: error = %v", err)
	}
}

// A split code whose table rows point only outside its heading, while its
// heading's new subheadings have no source there, is doubtful (8541.50).
func TestBuildCorrelationDoubts(t *testing.T) {
	hs22 := testNomenclature(t, "HS 2022", bit2022, "85", "8541", "854151", "854159", "8549", "854921", "84", "8473", "847330")
	hs17 := testNomenclature(t, "HS 2017", bit2017, "85", "8541", "854150", "84", "8473", "847330", "847340")
	pairs := []pair{
		{"854921", "854150", "1:n"}, {"854921", "847330", "n:n"},
		{"854151", "847330", "n:1"}, {"854159", "847330", "n:1"},
		{"847330", "847330", "n:n"}, {"847330", "847340", "1:n"},
	}
	c, notes, err := buildCorrelation(hs22, hs17, pairs)
	if err != nil {
		t.Fatal(err)
	}
	if d := c.doubts["854150"]; !strings.Contains(d, "8541.51, 8541.59") {
		t.Errorf("doubt on 854150 = %q; notes %q", d, notes)
	}
	if d := c.doubts["847330"]; d != "" {
		t.Errorf("847330 keeps its code: doubt %q", d)
	}
}
