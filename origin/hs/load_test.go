package hs

import (
	"strings"
	"testing"
)

// The decoders refuse a damaged embedded file instead of answering from it.
func TestParseNomenclatureRejects(t *testing.T) {
	tests := []struct{ name, text, wantErr string }{
		{"missing field", "87\t7\n", "malformed entry"},
		{"odd code", "870\t7\tVehicles\n", "malformed entry"},
		{"bad editions", "87\t8\tVehicles\n", "malformed entry"},
		{"no description", "87\t7\t\n", "malformed entry"},
		{"out of order", "87\t7\tVehicles\n8708\t7\tParts\n86\t7\tRailway\n", "line 4: code 86 is out of order"},
		{"duplicate", "87\t7\tVehicles\n87\t7\tVehicles\n", "out of order"},
	}
	for _, tt := range tests {
		_, err := parseNomenclature("# header\n" + tt.text)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: error = %v, want %q", tt.name, err, tt.wantErr)
		}
	}
	n, err := parseNomenclature("# header\n87\t7\tVehicles\n8708\t7\tParts\n870830\t7\tBrakes\n870890\t3\tOld\n")
	if err != nil || len(n.hs22) != 3 || len(n.others) != 1 || n.index22("870830") != 2 || n.index22("870890") != -1 {
		t.Errorf("good file: %v, %+v", err, n)
	}
}

func TestParseCorrelationsRejects(t *testing.T) {
	tests := []struct{ name, text, wantErr string }{
		{"unknown year", "2007\t940390\t940391\n", "malformed correlation"},
		{"short code", "2017\t94039\t940391\n", "malformed correlation"},
		{"no targets field", "2017\t940390\n", "malformed correlation"},
		{"bad target", "2017\t940390\t94039*\n", `malformed HS 2022 code "94039*"`},
		{"out of order", "2017\t940390\t940391\n2017\t940190\t940191\n", "2017 940190 is out of order"},
	}
	for _, tt := range tests {
		_, err := parseCorrelations("# header\n" + tt.text)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("%s: error = %v, want %q", tt.name, err, tt.wantErr)
		}
	}
	c, err := parseCorrelations("2017\t300219\t\tno row\n2017\t940390\t940391 940399\n2012\t220290\t220291 220299 300693*\n")
	if err != nil {
		t.Fatal(err)
	}
	sp, ok := c.hs2017.lookup("300219")
	if !ok || sp.start != sp.end || sp.doubt != "no row" {
		t.Errorf("300219: %+v, %v", sp, ok)
	}
	sp, _ = c.hs2012.lookup("220290")
	if got := c.links[sp.start:sp.end]; len(got) != 3 || got[2] != (Link{To: "300693", Partial: true}) || got[0].Partial {
		t.Errorf("220290 links = %v", got)
	}
}

func TestRelationshipString(t *testing.T) {
	want := map[Relationship]string{NoCounterpart: "none", OneToOne: "1:1", OneToMany: "1:n", ManyToOne: "n:1", ManyToMany: "n:n"}
	for r, s := range want {
		if r.String() != s {
			t.Errorf("%d.String() = %q, want %q", r, r.String(), s)
		}
	}
	if Edition(3).String() != "unknown HS edition" || Status(9).String() != "status(9)" || Relationship(7).String() != "relationship(7)" {
		t.Errorf("fallback names wrong")
	}
}
