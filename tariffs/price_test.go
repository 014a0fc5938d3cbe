package tariffs

import (
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
)

// TestPricerPolicy checks the choices made before the arithmetic (SPEC §4):
// which value is priced, which goods are priced at all, and why a good is
// not priced.
func TestPricerPolicy(t *testing.T) {
	nd := func(s string) decimal.NullDecimal { return decimal.NewNullDecimal(dec(s)) }
	good := func(mod func(*origin.Good)) *origin.Good {
		g := &origin.Good{ID: "G", HTS: hs.MustParse("8501.10.40"), ImportingCountry: "US", Currency: "USD"}
		mod(g)
		return g
	}
	tests := []struct {
		name      string
		status    origin.Status
		good      *origin.Good
		duty      string // per unit; "" = not priced
		notPriced string // the reason, when not priced
		none      bool   // no exposure at all
	}{
		// 4.4% of the customs value 100 = 4.40.
		{"customs value is priced", origin.DoesNotQualify, good(func(g *origin.Good) { g.CustomsValue, g.TransactionValue = nd("100"), nd("200") }), "4.4", "", false},
		// Without a customs value the transaction value 200 is: 8.80.
		{"transaction value when no customs value", origin.DoesNotQualify, good(func(g *origin.Good) { g.TransactionValue = nd("200") }), "8.8", "", false},
		{"no value at all", origin.DoesNotQualify, good(func(*origin.Good) {}), "", "no customs value or transaction value", false},
		{"amounts in another currency", origin.NeedsReview, good(func(g *origin.Good) { g.Currency, g.CustomsValue = "CAD", nd("100") }), "", "are in CAD but", false},
		{"a subheading is not a tariff item", origin.Qualifies, good(func(g *origin.Good) { g.HTS, g.CustomsValue = hs.MustParse("8501.10"), nd("100") }), "", "full tariff item", false},
		{"no verdict, no exposure", origin.StatusError, good(func(g *origin.Good) { g.CustomsValue = nd("100") }), "", "", true},
	}
	us := mustUS(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := NewPricer(PricerOptions{Schedule: func(string) (*Schedule, error) { return us, nil }})
			e, err := p.Price(origin.Result{Good: tt.good, Status: tt.status})
			switch {
			case tt.none:
				if e != nil || err != nil {
					t.Fatalf("got %v, %v; want no exposure", e, err)
				}
			case tt.notPriced != "":
				if err == nil || !strings.Contains(err.Error(), tt.notPriced) {
					t.Fatalf("err = %v, want %q", err, tt.notPriced)
				}
			default:
				if err != nil {
					t.Fatal(err)
				}
				if !e.Duty.PerUnit.Equal(dec(tt.duty)) {
					t.Errorf("duty %s, want %s", e.Duty.PerUnit, tt.duty)
				}
			}
		})
	}
}

// TestPricerSchedules checks the schedule chosen: each good's importing
// country, unless ImportInto overrides it, each loaded once, a failure
// being the reason the good is not priced.
func TestPricerSchedules(t *testing.T) {
	us := mustUS(t)
	var asked []string
	load := func(country string) (*Schedule, error) {
		asked = append(asked, country)
		if country != "US" {
			return nil, errors.New(country + " schedule is missing")
		}
		return us, nil
	}
	res := func(country string) origin.Result {
		return origin.Result{Status: origin.Qualifies, Good: &origin.Good{HTS: hs.MustParse("8501.10.40"), ImportingCountry: country, CustomsValue: decimal.NewNullDecimal(dec("10"))}}
	}
	p := NewPricer(PricerOptions{Schedule: load})
	for _, c := range []string{"US", "CA", "CA", ""} {
		e, err := p.Price(res(c))
		if c == "CA" {
			if err == nil || err.Error() != "CA schedule is missing" {
				t.Errorf("%s: err = %v", c, err)
			}
			continue
		}
		if err != nil || e.Entry.Line.Schedule.Country != "US" {
			t.Errorf("%q: %v, %v", c, e, err)
		}
	}
	if strings.Join(asked, ",") != "US,CA" {
		t.Errorf("schedules loaded %q, want each once", asked)
	}
	asked = nil
	p = NewPricer(PricerOptions{Schedule: load, ImportInto: "US"})
	if _, err := p.Price(res("CA")); err != nil || strings.Join(asked, ",") != "US" {
		t.Errorf("ImportInto US: err %v, loaded %q", err, asked)
	}
}
