package report

import (
	"fmt"
	"slices"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// goodWithMargins is a good whose RVC by each method has the given margin
// against a 60% threshold ("" for a method without a threshold).
func goodWithMargins(id string, margins ...string) Good {
	g := Good{GoodID: id}
	for i, m := range margins {
		method := origin.TransactionValue
		if i == 1 {
			method = origin.NetCost
		}
		r := RVC{Method: method, Value: "60"}
		if m != "" {
			r.Threshold, r.Margin = sp("60"), sp(m)
		}
		g.RVC = append(g.RVC, r)
	}
	return g
}

func TestRVCPickerKeepsTheGoodsNearestTheirThreshold(t *testing.T) {
	p := rvcPicker{limit: 4}
	for _, g := range []Good{
		goodWithMargins("no-threshold-1", ""),
		goodWithMargins("comfortable", "30.5"),
		goodWithMargins("failing-by-both", "-3", "-1"), // best method -1
		{GoodID: "no-rvc"},
		goodWithMargins("just-passing", "0.2"),
		goodWithMargins("passing-by-nc", "-8", "2"), // best method +2
		goodWithMargins("failing-badly", "-12"),
		goodWithMargins("no-threshold-2", ""),
	} {
		p.add(g)
	}
	var got []string
	for _, c := range p.goods() {
		got = append(got, c.id)
	}
	want := []string{"failing-badly", "failing-by-both", "just-passing", "passing-by-nc"}
	if !slices.Equal(got, want) {
		t.Errorf("charted %q, want %q", got, want)
	}
	if p.seen != 7 {
		t.Errorf("seen %d goods with an RVC, want 7", p.seen)
	}
}

func TestRVCPickerWithoutThresholdsKeepsInputOrder(t *testing.T) {
	p := rvcPicker{limit: 3}
	for i := range 10 {
		p.add(goodWithMargins(fmt.Sprint("G", i), ""))
	}
	var got []string
	for _, c := range p.goods() {
		got = append(got, c.id)
	}
	if want := []string{"G0", "G1", "G2"}; !slices.Equal(got, want) {
		t.Errorf("charted %q, want the first three %q", got, want)
	}
}

func TestCountryTotalsNeverMixCurrencies(t *testing.T) {
	var c countryTotals
	for _, g := range fixtureGoods() {
		c.add(g)
	}
	if !slices.Equal(c.currencies, []string{"USD", "CAD"}) {
		t.Fatalf("currencies = %q", c.currencies)
	}
	got := map[string]string{}
	for _, r := range c.rows() {
		for i, v := range r.values {
			got[r.country+" "+c.currencies[i]] = v.String()
		}
	}
	// By hand from the fixture: CN 9.80 + 3.20 in USD and 5.00 in CAD;
	// JP 1.25; the clip with no country 1.00; originating lines not at all.
	want := map[string]string{"CN USD": "13", "CN CAD": "5", "JP USD": "1.25", "JP CAD": "0", "unknown USD": "1", "unknown CAD": "0"}
	for k, v := range want {
		if !decimal.RequireFromString(got[k]).Equal(decimal.RequireFromString(v)) {
			t.Errorf("%s = %s, want %s", k, got[k], v)
		}
	}
	if len(got) != len(want) {
		t.Errorf("totals = %v, want only %v", got, want)
	}
}
