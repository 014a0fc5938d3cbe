package report

import (
	"errors"
	"slices"
	"testing"

	"github.com/roo-trade/roo/origin"
)

// selectionGoods are four goods whose figures order differently by each key.
func selectionGoods() []Good {
	return []Good{
		{GoodID: "B-2", Status: origin.Qualifies, VNM: sp("10.00"),
			RVC:      []RVC{{Margin: sp("-1.5")}, {Margin: sp("4.6")}},
			Exposure: &Exposure{Available: true, SavedPerYear: sp("500.00"), SavedPerUnit: sp("0.50")}},
		{GoodID: "a-1", Status: origin.DoesNotQualify, VNM: sp("30.00"),
			RVC:      []RVC{{Margin: sp("-14.8")}},
			Exposure: &Exposure{Available: true, DutyPerYear: sp("259500.00"), DutyPerUnit: sp("2.16")}},
		{GoodID: "C-3", Status: origin.NeedsReview, VNM: sp("0.06"),
			RVC:      []RVC{{}},
			Exposure: &Exposure{Available: true, AtStakePerUnit: sp("9.00")}}, // no annual volume
		{GoodID: "D-4", Status: origin.StatusError},
	}
}

func goodIDs(gs []Good) []string {
	var out []string
	for _, g := range gs {
		out = append(out, g.GoodID)
	}
	return out
}

func TestSortGoods(t *testing.T) {
	tests := []struct {
		key  string
		want []string
	}{
		{"margin", []string{"a-1", "B-2", "C-3", "D-4"}}, // B-2's best method is +4.6
		{"duty", []string{"a-1", "B-2", "C-3", "D-4"}},   // per year first, then per unit
		{"vnm", []string{"a-1", "B-2", "C-3", "D-4"}},
		{"good", []string{"a-1", "B-2", "C-3", "D-4"}}, // without case
		{"", []string{"B-2", "a-1", "C-3", "D-4"}},     // input order
	}
	for _, tt := range tests {
		gs := selectionGoods()
		SortGoods(gs, tt.key)
		if got := goodIDs(gs); !slices.Equal(got, tt.want) {
			t.Errorf("--sort %s: %q, want %q", tt.key, got, tt.want)
		}
	}
	// The margin order puts the good closest to failing ahead of one with room.
	gs := selectionGoods()[:1]
	gs = append(gs, Good{GoodID: "E", RVC: []RVC{{Margin: sp("0.1")}}})
	SortGoods(gs, "margin")
	if goodIDs(gs)[0] != "E" {
		t.Errorf("margin +0.1 should lead +4.6: %q", goodIDs(gs))
	}
}

func TestSelectionMatch(t *testing.T) {
	sel := Selection{Goods: []string{"b-2", " c-3 "}, Statuses: []origin.Status{origin.NeedsReview}}
	var got []string
	for _, g := range selectionGoods() {
		if sel.Match(g) {
			got = append(got, g.GoodID)
		}
	}
	if !slices.Equal(got, []string{"C-3"}) {
		t.Errorf("matched %q, want C-3 (B-2 qualifies)", got)
	}
	if d := sel.Describe(); d != "goods b-2, c-3; status needs-review" {
		t.Errorf("Describe = %q", d)
	}
}

func TestSelectionUnmatched(t *testing.T) {
	all := goodIDs(selectionGoods())
	err := Selection{Goods: []string{"A-1", "b2"}}.Unmatched(all)
	if !errors.Is(err, ErrUnknownGood) || err.Error() != `--good b2: no good with this ID in the input (did you mean "B-2"?)` {
		t.Errorf("Unmatched = %v", err)
	}
	if err := (Selection{Goods: []string{"a-1"}}).Unmatched(all); err != nil {
		t.Errorf("a-1 exists: %v", err)
	}
}
