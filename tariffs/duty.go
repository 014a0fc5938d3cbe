package tariffs

import (
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// FractionScale is the number of decimal places to which a term with a
// fractional percentage ("33 1/3%") is rounded, half away from zero. It is
// the only rounding [Rate.Duty] performs.
const FractionScale = 6

// Quantity is an amount of goods in a unit of quantity ("12 kg", "3 No.").
type Quantity struct {
	Value decimal.Decimal
	Unit  Unit
}

// String prints the quantity as "12 kg".
func (q Quantity) String() string { return q.Value.String() + " " + string(q.Unit) }

// TermDuty is the duty of one term of a rate.
type TermDuty struct {
	Term Term
	// Amount is the exact duty of the term; zero when Computed is false.
	Amount decimal.Decimal
	// Computed is false when the figure the term needs was not given.
	Computed bool
	// Missing says what the term needed, when Computed is false
	// ("a quantity in kg", "the value on the case").
	Missing string
}

// Duty is the duty of a rate on a customs value and quantities.
type Duty struct {
	// Rate is the rate applied.
	Rate Rate
	// Amount is the exact sum of the terms that could be computed (not
	// rounded; see [Money]).
	Amount decimal.Decimal
	// Terms are the per-term figures, in the order of the rate.
	Terms []TermDuty
	// Complete is true when every term was computed, so Amount is the duty.
	Complete bool
}

// Rounded is the duty rounded to cents, half away from zero.
func (d Duty) Rounded() decimal.Decimal { return Money(d.Amount) }

// Money rounds an amount for display and reports: half away from zero, 2
// decimal places. It is applied once per figure shown, never term by term.
func Money(d decimal.Decimal) decimal.Decimal { return d.Round(2) }

// ErrMissingQuantity is matched (errors.Is) by an [*IncompleteDutyError]
// when a specific term lacks its quantity.
var ErrMissingQuantity = errors.New("missing quantity for a specific rate")

// ErrTextRate is matched by an error from [Rate.Duty] on a [Text] rate.
var ErrTextRate = errors.New("the rate is text, not a computable rate")

// ErrNoRate is returned by [Rate.Duty] on an empty rate column.
var ErrNoRate = errors.New("no rate is printed for this column")

// IncompleteDutyError says which terms of a rate could not be computed. The
// [Duty] returned alongside still holds every term that could be.
type IncompleteDutyError struct {
	Rate    Rate
	Missing []TermDuty
}

func (e *IncompleteDutyError) Error() string {
	var parts []string
	for _, m := range e.Missing {
		parts = append(parts, fmt.Sprintf("%q needs %s", m.Term.Text, m.Missing))
	}
	return fmt.Sprintf("duty at %s is incomplete: %s", e.Rate.Text, strings.Join(parts, "; "))
}

// Is matches ErrMissingQuantity when a specific term without a basis lacks
// its quantity.
func (e *IncompleteDutyError) Is(target error) bool {
	if target != ErrMissingQuantity {
		return false
	}
	for _, m := range e.Missing {
		if !m.Term.IsAdValorem() && m.Term.Basis == "" {
			return true
		}
	}
	return false
}

// TextRateError is returned by [Rate.Duty] for a [Text] rate.
type TextRateError struct{ Rate Rate }

func (e *TextRateError) Error() string {
	return fmt.Sprintf("rate %q is text (%s): roo does not compute duty from it", e.Rate.Text, e.Rate.TextClass)
}

// Is matches ErrTextRate.
func (e *TextRateError) Is(target error) bool { return target == ErrTextRate }

// Duty computes the duty of the rate on a customs value (in the schedule's
// currency) and the quantities declared for the goods. Ad valorem terms use
// value; a specific term uses the quantity in its unit (or one convertible
// by a power of ten: g, kg, t; No., hundreds, thousands).
//
// The result is exact. When some term cannot be computed (a missing
// quantity, or a term levied on part of the good such as "on the case"), Duty
// still returns every other term and an [*IncompleteDutyError]; errors.Is(err,
// [ErrMissingQuantity]) tells a missing quantity apart. A [Text] rate gives a
// [*TextRateError] and an empty column [ErrNoRate].
func (r Rate) Duty(value decimal.Decimal, qty ...Quantity) (Duty, error) {
	d := Duty{Rate: r}
	switch r.Kind {
	case NoRate:
		return d, ErrNoRate
	case Text:
		return d, &TextRateError{Rate: r}
	case Free:
		d.Complete = true
		return d, nil
	}
	var missing []TermDuty
	for _, t := range r.Terms {
		td := termDuty(t, value, qty)
		if td.Computed {
			d.Amount = d.Amount.Add(td.Amount)
		} else {
			missing = append(missing, td)
		}
		d.Terms = append(d.Terms, td)
	}
	d.Complete = len(missing) == 0
	if !d.Complete {
		return d, &IncompleteDutyError{Rate: r, Missing: missing}
	}
	return d, nil
}

// termDuty computes one term.
func termDuty(t Term, value decimal.Decimal, qty []Quantity) TermDuty {
	td := TermDuty{Term: t}
	if t.Basis != "" {
		if t.IsAdValorem() {
			td.Missing = "the value " + t.Basis
		} else {
			td.Missing = fmt.Sprintf("a quantity in %s %s", t.Unit, t.Basis)
		}
		return td
	}
	if t.IsAdValorem() {
		amt := value.Mul(t.Percent).Shift(-2)
		if t.PercentDen > 1 {
			amt = amt.DivRound(decimal.NewFromInt(t.PercentDen), FractionScale)
		}
		td.Amount, td.Computed = amt, true
		return td
	}
	for _, q := range qty {
		if v, ok := convert(q.Value, q.Unit, t.Unit); ok {
			td.Amount, td.Computed = v.Mul(t.Amount), true
			return td
		}
	}
	td.Missing = "a quantity in " + string(t.Unit)
	return td
}
