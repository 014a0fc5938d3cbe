package rules

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

func lookup(t *testing.T, q Query) Answer {
	t.Helper()
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := b.Lookup(q)
	if err != nil {
		t.Fatalf("Lookup(%+v): %v", q, err)
	}
	return a
}

// ids lists the record IDs of the candidates.
func ids(a Answer) string {
	var out []string
	for _, c := range a.Candidates {
		out = append(out, c.Rule.ID.String())
	}
	return strings.Join(out, " ")
}

func needs(a Answer) string {
	var out []string
	for _, n := range a.Needs {
		out = append(out, n.Input)
	}
	return strings.Join(out, " ")
}

func TestLookup(t *testing.T) {
	const today = "2026-01-01"
	route := func(s string) Route {
		r, err := ParseRoute(s)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tests := []struct {
		name      string
		q         Query
		rules     string // candidate record IDs
		needs     string // inputs asked for
		noRule    string // part of the no-rule-data reason
		conflict  bool
		uncovered bool
	}{
		{"use decides: passenger vehicle", Query{Code: "870830", Date: today, Use: PassengerVehicle}, "87/27", "", "", false, false},
		{"use decides: heavy truck", Query{Code: "8708305050", Date: today, Use: HeavyTruck}, "87/27", "", "", false, false},
		{"use decides: aftermarket", Query{Code: "870830", Date: today, Use: OtherUse}, "87/28", "", "", false, false},
		{"use not given", Query{Code: "870830", Date: today}, "87/27 87/28", "vehicle use", "", false, false},
		{"tariff-item rule first", Query{Code: "18061043", Date: today}, "18/2", "", "", false, false},
		{"6 digits under tariff-item rules", Query{Code: "180610", Date: today}, "18/2 18/3", "tariff item", "", false, false},
		{"other item of the subheading", Query{Code: "1806102000", Date: today}, "18/3", "", "", false, false},
		{"version before 2025-07-01", Query{Code: "85043140", Date: "2025-06-30"}, "85/11", "", "", false, false},
		{"version from 2025-07-01", Query{Code: "85043140", Date: "2025-07-01"}, "85/12", "", "", false, false},
		{"a cited tariff item gone from the HTS", Query{Code: "85049096", Date: "2025-07-01"}, "85/18 85/20", "former code (the good's classification in the HS edition the rule cites)", "", false, false},
		{"gap between versions", Query{Code: "860791", Date: "2023-03-01"}, "", "", "is in force on 2023-03-01", false, false},
		{"incomplete phase-2 rule", Query{Code: "730810", Date: "2024-01-01"}, "73/9", "", "marks this rule incomplete", false, false},
		{"phase-1 rule roo cannot model", Query{Code: "730810", Date: "2021-01-01"}, "73/8", "", "production processes", false, false},
		{"complete phase-2 rule", Query{Code: "730840", Date: "2024-01-01"}, "73/10", "", "", false, false},
		{"truncated rule", Query{Code: "841460", Date: today}, "84/54", "", "truncated", false, false},
		{"missing chapter", Query{Code: "640110", Date: today}, "", "", "no rules for chapter 64", false, false},
		{"Canada-US trade", Query{Code: "511211", Date: today, Route: route("CA-US")}, "51/4", "", "", false, false},
		{"Mexico-US is other trade here", Query{Code: "511211", Date: today, Route: route("MX-US")}, "51/5", "", "", false, false},
		{"trade not given", Query{Code: "511211", Date: today}, "51/4 51/5", "trade", "", false, false},
		{"unstated use read as the other uses", Query{Code: "840991", Date: today, Use: OtherUse}, "84/36", "", "", false, false},
		{"stated use", Query{Code: "840991", Date: today, Use: LightTruck}, "84/34", "", "", false, false},
		{"cited HS 2017 code, split", Query{Code: "940391", Date: today}, "94/7", "", "", false, false},
		{"HS 2022 code traced to its former code", Query{Code: "870822", Date: today, Use: PassengerVehicle}, "87/24 87/25", "", "", false, false},
		{"two rules for the same goods", Query{Code: "8708998100", Date: today, Use: OtherUse}, "87/55 87/57", "", "", true, false},
		{"tariff-item rule for a use", Query{Code: "87089906", Date: today, Use: PassengerVehicle}, "87/54", "", "", false, false},
		{"only described goods covered", Query{Code: "870421", Date: today}, "87/9", "", "", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := lookup(t, tt.q)
			if got := ids(a); got != tt.rules {
				t.Errorf("rules = %q, want %q", got, tt.rules)
			}
			if got := needs(a); got != tt.needs {
				t.Errorf("needs = %q, want %q", got, tt.needs)
			}
			if !strings.Contains(a.NoRuleData, tt.noRule) || (tt.noRule == "") != (a.NoRuleData == "") {
				t.Errorf("no rule data = %q, want %q", a.NoRuleData, tt.noRule)
			}
			if (a.Conflict != "") != tt.conflict {
				t.Errorf("conflict = %q, want %v", a.Conflict, tt.conflict)
			}
			if (a.Uncovered != "") != tt.uncovered {
				t.Errorf("uncovered = %q, want %v", a.Uncovered, tt.uncovered)
			}
		})
	}
}

func TestLookupMapping(t *testing.T) {
	a := lookup(t, Query{Code: "870822", Date: "2026-01-01", Use: PassengerVehicle})
	for _, c := range a.Candidates {
		if !c.Match.Mapped || c.Match.In != Yes || !strings.Contains(c.Match.Why, "HS 2017 8708.29") {
			t.Errorf("%s matched %+v, want a mapped Yes through HS 2017 8708.29", c.Rule.Citation(), c.Match)
		}
	}
	a = lookup(t, Query{Code: "852411", Date: "2026-01-01"})
	if needs(a) != "former code (the good's classification in the HS edition the rule cites)" {
		t.Errorf("8524.11 (HS 2022, from several HS 2017 codes): needs %q, candidates %s", needs(a), ids(a))
	}
}

func TestLookupNotes(t *testing.T) {
	has := func(a Answer, id string) bool {
		for _, n := range a.Notes {
			if n.ID.String() == id {
				return true
			}
		}
		return false
	}
	tests := []struct {
		code    string
		date    Date
		want    []string
		notWant []string
	}{
		{"610910", "2022-06-01", []string{"61/1", "61/2", "61/3", "61/4"}, nil},
		{"610910", "2021-01-01", []string{"61/1"}, []string{"61/2", "61/3", "61/4"}},
		{"290110", "2026-01-01", []string{"28-38/1", "28-38/2", "28-38/3", "28-38/9"}, []string{"28-38/4", "28-38/5"}},
		{"330112", "2026-01-01", nil, []string{"28-38/2", "28-38/3"}},
		{"291632", "2026-01-01", []string{"28-38/3"}, []string{"28-38/2"}},
		{"870840", "2026-01-01", []string{"87/29"}, nil},
		{"940110", "2026-01-01", []string{"94/1", "94/2"}, nil},
	}
	for _, tt := range tests {
		a := lookup(t, Query{Code: hs.Code(tt.code), Date: tt.date, Use: OtherUse})
		for _, id := range tt.want {
			if !has(a, id) {
				t.Errorf("%s on %s: note %s missing", tt.code, tt.date, id)
			}
		}
		for _, id := range tt.notWant {
			if has(a, id) {
				t.Errorf("%s on %s: note %s should not govern it", tt.code, tt.date, id)
			}
		}
	}
}

func TestLookupErrors(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Lookup(Query{Code: "8708", Date: "2026-01-01"}); err == nil {
		t.Error("a 4-digit code was accepted")
	}
	if _, err := b.Lookup(Query{Code: "870830"}); err == nil {
		t.Error("a lookup without a date was accepted")
	}
}
