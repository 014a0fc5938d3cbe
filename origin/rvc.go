package origin

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Method is a way of computing regional value content.
type Method string

// RVC methods.
const (
	TransactionValue Method = "transaction-value" // UR §7(2)
	NetCost          Method = "net-cost"          // UR §7(3)
)

// Short is the abbreviation analysts use: TV or NC.
func (m Method) Short() string {
	if m == NetCost {
		return "NC"
	}
	return "TV"
}

// RVC is a regional value content computation: (Base − VNM) / Base × 100,
// where Base is the transaction value or the net cost.
type RVC struct {
	Method Method
	Base   decimal.Decimal
	VNM    decimal.Decimal
}

// percentScale is the number of decimal places kept when an RVC is turned
// into a number; comparisons never use it (see Meets).
const percentScale = 10

// NewRVC checks the base and returns the computation.
func NewRVC(m Method, base, vnm decimal.Decimal) (RVC, error) {
	if !base.IsPositive() {
		return RVC{}, fmt.Errorf("the %s must be greater than zero to compute RVC, got %s", methodBase(m), base.String())
	}
	if vnm.IsNegative() {
		return RVC{}, fmt.Errorf("the value of non-originating materials cannot be negative, got %s", vnm.String())
	}
	return RVC{Method: m, Base: base, VNM: vnm}, nil
}

func methodBase(m Method) string {
	if m == NetCost {
		return "net cost"
	}
	return "transaction value"
}

// Percent is the RVC in percent, to 10 decimal places.
func (r RVC) Percent() decimal.Decimal {
	return r.Base.Sub(r.VNM).Mul(hundred).DivRound(r.Base, percentScale)
}

// Display is the RVC as analysts and the official Examples show it: one
// decimal, half up (UR Examples; domain page §4.6).
func (r RVC) Display() string {
	return r.Percent().Round(1).StringFixed(1)
}

// Meets reports whether the RVC is not less than threshold percent. It
// compares exactly, (Base − VNM) × 100 ≥ threshold × Base, so 59.99999… never
// rounds up to 60.
func (r RVC) Meets(threshold decimal.Decimal) bool {
	return r.Base.Sub(r.VNM).Mul(hundred).Cmp(threshold.Mul(r.Base)) >= 0
}

// Margin is the RVC minus the threshold, in percentage points (negative when
// the good falls short).
func (r RVC) Margin(threshold decimal.Decimal) decimal.Decimal {
	return r.Percent().Sub(threshold)
}

// Headroom is how much more non-originating value the good could contain
// (in place of originating value, the base unchanged) and still meet the
// threshold: Base × (100 − threshold) / 100 − VNM. Negative when it fails:
// then its magnitude is the non-originating value to re-source or certify.
func (r RVC) Headroom(threshold decimal.Decimal) decimal.Decimal {
	allowed := r.Base.Mul(hundred.Sub(threshold)).DivRound(hundred, 12)
	return allowed.Sub(r.VNM)
}

// methodChosen reports whether the good's RVC may be taken by m: every
// method when the producer has chosen none, else only the chosen one. A
// rule without a transaction value method (tvOffered false) leaves net cost
// whatever was chosen (UR §7(6); 19 USC 4531(d)(5)).
func methodChosen(g *Good, m Method, tvOffered bool) bool {
	switch g.RVCMethod {
	case "":
		return true
	case TransactionValue:
		return m == TransactionValue || !tvOffered
	default:
		return m == g.RVCMethod
	}
}

// describeChoice says which method the producer chose, for the record.
func describeChoice(g *Good) string {
	return "the producer computes the regional value content by the " + methodBase(g.RVCMethod) + " method (RVC method column; UR §7(1))"
}
