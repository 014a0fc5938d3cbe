package report

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestMoneyForPeople(t *testing.T) {
	for in, want := range map[string]string{
		"259500":      "259,500.00 USD",
		"2.1625":      "2.16 USD",
		"2.165":       "2.17 USD",
		"-1234567.5":  "-1,234,567.50 USD",
		"999.999":     "1,000.00 USD",
		"0.004999999": "0.00 USD",
	} {
		if got := money(in, "USD"); got != want {
			t.Errorf("money(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestSignedMargin(t *testing.T) {
	for in, want := range map[string]string{"2.45": "+2.5 pts", "-0.04": "-0.0 pts", "0": "+0.0 pts", "-10.25": "-10.3 pts"} {
		if got := signed(in); got != want {
			t.Errorf("signed(%s) = %q, want %q", in, got, want)
		}
	}
}

func TestMoneyIsExact(t *testing.T) {
	for in, want := range map[string]string{
		"259500.0000": "259500.00", "15.30": "15.30", "15.3": "15.30", "0.045": "0.045",
		"13.99973": "13.99973", "-2": "-2.00", "0": "0.00", "1.2000": "1.20",
	} {
		if got := Money(decimal.RequireFromString(in)); got != want {
			t.Errorf("Money(%s) = %s, want %s", in, got, want)
		}
	}
}
