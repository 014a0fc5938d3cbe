package tariffs

import (
	"errors"
	"testing"
)

func q(v string, u Unit) Quantity { return Quantity{Value: dec(v), Unit: u} }

func TestDuty(t *testing.T) {
	tests := []struct {
		name     string
		rate     string
		value    string
		qty      []Quantity
		want     string // exact amount of the computed terms
		complete bool
		missingQ bool // errors.Is(err, ErrMissingQuantity)
	}{
		{"free", "Free", "1000", nil, "0", true, false},
		{"ad valorem 4.4% of 120", "4.4%", "120", nil, "5.28", true, false},
		{"ad valorem keeps sub-cent precision", "2.5%", "10.01", nil, "0.25025", true, false},
		{"specific cents per kg", "1.5¢/kg", "0", []Quantity{q("200", "kg")}, "3", true, false},
		{"specific dollars per kg", "$1.035/kg", "50", []Quantity{q("2.5", "kg")}, "2.5875", true, false},
		{"specific each", "25¢ each", "9", []Quantity{q("4", "No.")}, "1", true, false},
		{"quantity converted from g", "4.4¢/kg", "0", []Quantity{q("1500", "g")}, "0.066", true, false},
		{"quantity converted to t", "$1.24/t", "0", []Quantity{q("2500", "kg")}, "3.1", true, false},
		{"compound", "46.3¢/kg + 14.9%", "100", []Quantity{q("10", "kg")}, "19.53", true, false},
		{"compound missing quantity keeps ad valorem part", "46.3¢/kg + 14.9%", "100", nil, "14.9", false, true},
		{"compound wrong unit is missing", "46.3¢/kg + 14.9%", "100", []Quantity{q("3", "liters")}, "14.9", false, true},
		{"specific missing quantity", "68¢/head", "500", nil, "0", false, true},
		{"three terms", "36¢ each + 5.6% + 2¢/jewel", "20", []Quantity{q("1", "No."), q("17", "jewel")}, "1.82", true, false},
		{"term on part of the good is not guessed", "3.9% on the movement and case + 5.3% on the battery", "100", nil, "0", false, false},
		{"one third rounded at the term", "33 1/3%", "10", nil, "3.333333", true, false},
		{"one third exact when divisible", "33 1/3%", "300", nil, "100", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ParseRate(tt.rate)
			d, err := r.Duty(dec(tt.value), tt.qty...)
			if !d.Amount.Equal(dec(tt.want)) {
				t.Errorf("amount = %s, want %s", d.Amount, tt.want)
			}
			if d.Complete != tt.complete {
				t.Errorf("complete = %v, want %v (err %v)", d.Complete, tt.complete, err)
			}
			if (err == nil) != tt.complete {
				t.Errorf("err = %v, want error: %v", err, !tt.complete)
			}
			if errors.Is(err, ErrMissingQuantity) != tt.missingQ {
				t.Errorf("errors.Is(err, ErrMissingQuantity) = %v, want %v (err %v)", !tt.missingQ, tt.missingQ, err)
			}
			var ie *IncompleteDutyError
			if !tt.complete && !errors.As(err, &ie) {
				t.Errorf("err %v is not an *IncompleteDutyError", err)
			}
		})
	}
}

func TestDutyTextAndNone(t *testing.T) {
	_, err := ParseRate("See 9823.07.01-9823.07.07").Duty(dec("100"))
	var te *TextRateError
	if !errors.As(err, &te) || !errors.Is(err, ErrTextRate) {
		t.Errorf("text rate: err = %v, want a *TextRateError", err)
	}
	if _, err := ParseRate("").Duty(dec("100")); !errors.Is(err, ErrNoRate) {
		t.Errorf("empty rate: err = %v, want ErrNoRate", err)
	}
}

func TestMoneyRoundsHalfAwayFromZero(t *testing.T) {
	for in, want := range map[string]string{"0.125": "0.13", "0.135": "0.14", "2.5875": "2.59", "0.25025": "0.25", "-0.125": "-0.13"} {
		if got := Money(dec(in)); !got.Equal(dec(want)) {
			t.Errorf("Money(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestDutyMessage(t *testing.T) {
	_, err := ParseRate("46.3¢/kg + 14.9%").Duty(dec("100"))
	want := `duty at 46.3¢/kg + 14.9% is incomplete: "46.3¢/kg" needs a quantity in kg`
	if err == nil || err.Error() != want {
		t.Errorf("message = %v, want %s", err, want)
	}
}
