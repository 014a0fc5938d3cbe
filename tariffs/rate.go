package tariffs

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Kind classifies a rate.
type Kind int

// The kinds of rate the schedules use.
const (
	// NoRate: the column is empty on this line (common in chapters 98 and 99,
	// and for the special column when no program applies).
	NoRate Kind = iota
	// Free: duty-free.
	Free
	// AdValorem: a percentage of the customs value ("4.4%").
	AdValorem
	// Specific: money per unit of quantity ("4.4¢/kg", "$1.035/kg", "25¢ each").
	Specific
	// Compound: a sum of two or more terms ("$1.035/kg + 6.8%", "36¢ each + 5.6% + 2¢/jewel").
	Compound
	// Text: a rate roo keeps verbatim and flags ("The rate applicable to the
	// natural juice in heading 2009", "See 9823.07.01-9823.07.07"); no money is
	// computed from it.
	Text
)

var kindNames = [...]string{"none", "free", "ad-valorem", "specific", "compound", "text"}

// String is the kind's name as printed in roo's JSON output.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Rate is a parsed rate of duty. The zero value is [NoRate].
type Rate struct {
	// Text is the rate as printed in the schedule, with white space collapsed.
	Text string
	// Kind classifies the rate.
	Kind Kind
	// Terms are added together to give the duty; empty for NoRate, Free and Text.
	Terms []Term
	// TextClass says what kind of text a Text rate is (see [TextClass]); empty otherwise.
	TextClass TextClass
}

// Term is one part of a rate: either ad valorem (Percent set, Unit empty) or
// specific (Amount per Unit).
type Term struct {
	// Percent is the ad valorem rate in percent (4.4 for "4.4%"). When
	// PercentDen is more than 1 the rate is Percent/PercentDen ("33 1/3%" is
	// 100/3).
	Percent    decimal.Decimal
	PercentDen int64
	// Amount is the specific rate in the schedule's currency (0.044 for
	// "4.4¢/kg", 1.035 for "$1.035/kg") per one Unit.
	Amount decimal.Decimal
	// Unit is the unit of quantity of a specific term; empty for ad valorem.
	Unit Unit
	// Basis is what the term is levied on when it is not the whole good's
	// customs value or quantity: "on the case", "on drained weight",
	// "of total sugars", "over 7" (jewels). A term with a basis needs a figure
	// that the good's value and quantity do not give, so [Rate.Duty] reports it
	// as missing instead of guessing.
	Basis string
	// Text is the term as printed.
	Text string
}

// IsAdValorem reports whether the term is a percentage of value.
func (t Term) IsAdValorem() bool { return t.Unit == "" }

// TextClass names the families of text rates found in the schedules.
type TextClass string

// The families of text rates. Each is kept verbatim and flagged.
const (
	// TextSee refers to other provisions ("See 9823.07.01-9823.07.07", "See additional U.S. note 1").
	TextSee TextClass = "see-reference"
	// TextApplicable takes the rate of another provision or article
	// ("The rate applicable to the natural juice in heading 2009",
	// "The duty provided in the applicable subheading + 25%").
	TextApplicable TextClass = "rate-of-another-provision"
	// TextFormula is a formula roo does not compute ("… less 0.020668¢/kg for each degree under 100 degrees …").
	TextFormula TextClass = "formula"
	// TextConditional is a conditional or procedural treatment ("Free, under bond, …", "A duty upon the value of the repairs …").
	TextConditional TextClass = "conditional"
	// TextNoChange is the chapter 99 "No change" (the ordinary rate applies).
	TextNoChange TextClass = "no-change"
	// TextOther is any other text.
	TextOther TextClass = "other"
)

// IsFree reports whether the rate is Free, or made only of zero terms.
func (r Rate) IsFree() bool {
	if r.Kind == Free {
		return true
	}
	if r.Kind != AdValorem && r.Kind != Specific && r.Kind != Compound {
		return false
	}
	for _, t := range r.Terms {
		if !t.Percent.IsZero() || !t.Amount.IsZero() {
			return false
		}
	}
	return true
}

// Computable reports whether money can be computed from the rate at all
// (given the right value and quantities): true for Free, ad valorem,
// specific and compound rates.
func (r Rate) Computable() bool {
	return r.Kind == Free || r.Kind == AdValorem || r.Kind == Specific || r.Kind == Compound
}

// Units lists the units of quantity the specific terms of the rate need.
func (r Rate) Units() []Unit {
	var us []Unit
	for _, t := range r.Terms {
		if t.Unit != "" && !containsUnit(us, t.Unit) {
			us = append(us, t.Unit)
		}
	}
	return us
}

func containsUnit(us []Unit, u Unit) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}

// String is the rate as printed.
func (r Rate) String() string {
	if r.Kind == NoRate {
		return ""
	}
	return r.Text
}

// collapse normalises white space: runs of spaces, tabs and newlines become
// one space, and the ends are trimmed.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
