package auto

import "github.com/shopspring/decimal"

// Outcome is the outcome of one requirement of the appendix.
type Outcome uint8

// The outcomes.
const (
	// Open: an input is missing; Missing says which.
	Open Outcome = iota
	Met
	NotMet
)

// String names the outcome.
func (o Outcome) String() string {
	switch o {
	case Met:
		return "met"
	case NotMet:
		return "not met"
	}
	return "undetermined"
}

// ratio is an exact quotient num/den (den > 0), so that sums of
// percentages compare with thresholds without rounding.
type ratio struct{ num, den decimal.Decimal }

func whole(d decimal.Decimal) ratio { return ratio{d, decimal.NewFromInt(1)} }

// percent is a/b × 100 as a ratio.
func percent(a, b decimal.Decimal) ratio { return ratio{a.Mul(hundred), b} }

func (r ratio) add(s ratio) ratio {
	return ratio{r.num.Mul(s.den).Add(s.num.Mul(r.den)), r.den.Mul(s.den)}
}

// cmp compares r with s: -1, 0 or +1.
func (r ratio) cmp(s ratio) int { return r.num.Mul(s.den).Cmp(s.num.Mul(r.den)) }

// value is r to 10 decimal places, for showing; comparisons use cmp.
func (r ratio) value() decimal.Decimal { return r.num.DivRound(r.den, 10) }

// min returns the smaller of r and s.
func (r ratio) min(s ratio) ratio {
	if r.cmp(s) <= 0 {
		return r
	}
	return s
}

var hundred = decimal.NewFromInt(100)

// Money writes an amount exactly, with at least two decimals: 720000.00,
// 0.045.
func Money(d decimal.Decimal) string {
	if d.Exponent() >= -2 {
		return d.StringFixed(2)
	}
	return d.String()
}

// Show writes a percentage or points to one decimal, half up, as the
// official Examples show RVC.
func Show(d decimal.Decimal) string { return d.Round(1).StringFixed(1) }
