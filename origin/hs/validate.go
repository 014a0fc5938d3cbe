package hs

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Status is the outcome of validating a bill-of-materials code.
type Status uint8

// The statuses of a Validation.
const (
	// Valid: the code's first six digits are an HS 2022 subheading.
	Valid Status = iota + 1
	// Outdated: not HS 2022, but a subheading of HS 2017 or HS 2012; the
	// Validation names its HS 2022 successors.
	Outdated
	// Unknown: no edition roo knows has the subheading.
	Unknown
	// Incomplete: fewer than six digits, so not a subheading at all.
	Incomplete
)

// String names the status as a BOM report shows it: "ok", "outdated",
// "unknown subheading", "incomplete".
func (s Status) String() string {
	switch s {
	case Valid:
		return "ok"
	case Outdated:
		return "outdated"
	case Unknown:
		return "unknown subheading"
	case Incomplete:
		return "incomplete"
	}
	return fmt.Sprintf("status(%d)", uint8(s))
}

// Validation is what Validate found out about a code.
type Validation struct {
	// Code is the code validated, as given.
	Code Code
	// Status is the outcome.
	Status Status
	// Editions are the editions that have the code's subheading.
	Editions EditionSet
	// Successors, for an Outdated code, maps its subheading to HS 2022 from
	// the newest older edition that has it.
	Successors Mapping
}

// Validate checks a code of 6, 8 or 10 digits from a bill of materials
// against HS 2022 and, when HS 2022 lacks it, against HS 2017 and HS 2012.
// Only the first six digits, the international subheading, are checked: the
// national digits after them (the HTS tariff item and statistical suffix)
// belong to each country's schedule and cannot be checked here. Codes of
// chapters 98 and 99, reserved for national use, are Unknown.
//
// Validate does not allocate; it runs once per BOM line.
func Validate(c Code) Validation {
	v := Validation{Code: c}
	if len(c) < int(Subheading) {
		v.Status = Incomplete
		return v
	}
	sub := c.Subheading()
	v.Editions = EditionsOf(sub)
	switch {
	case v.Editions.Has(HS2022):
		v.Status = Valid
	case v.Editions == 0:
		v.Status = Unknown
	default:
		v.Status = Outdated
		v.Successors, _ = Successors(sub, v.Editions.Newest())
	}
	return v
}

// maxPartialShown bounds how many successors of one kind a message lists.
const maxPartialShown = 6

// String explains the outcome for an analyst:
//
//	8517.70 is an HS 2017 and HS 2012 subheading, not HS 2022; in HS 2022 it became 8517.71 or 8517.79, and in part 8524.11, 8524.12, 8524.19, 8524.91, 8524.92, 8524.99 and 9 more (shared with other HS 2017 codes)
func (v Validation) String() string {
	sub := v.Code.Subheading()
	var b strings.Builder
	if sub != v.Code {
		fmt.Fprintf(&b, "%s: ", v.Code)
	}
	switch v.Status {
	case Valid:
		fmt.Fprintf(&b, "%s is an HS 2022 subheading", sub)
	case Incomplete:
		fmt.Fprintf(&b, "%s is a %s, not a subheading: six digits at least are needed", v.Code, v.Code.Level())
		if len(v.Code) != 2 && len(v.Code) != 4 {
			b.Reset()
			fmt.Fprintf(&b, "%q has %d digits, not a subheading: six digits at least are needed", string(v.Code), len(v.Code))
		}
	case Unknown:
		fmt.Fprintf(&b, "%s is not a subheading of HS 2022, HS 2017 or HS 2012", sub)
		if !Exists(sub.Heading()) {
			fmt.Fprintf(&b, " (HS 2022 has no heading %s)", sub.Heading())
		}
	case Outdated:
		fmt.Fprintf(&b, "%s is an %s subheading, not HS 2022; ", sub, v.Editions)
		writeSuccessors(&b, v.Successors)
		if d := v.Successors.Doubt(); d != "" && v.Successors.Len() > 0 {
			fmt.Fprintf(&b, "; but the %s correlation table looks incomplete here (%s): check the classification", v.Successors.Edition, d)
		}
	default:
		fmt.Fprintf(&b, "%s was not validated", v.Code)
	}
	return b.String()
}

// writeSuccessors says what an outdated subheading became. Partial
// successors in the code's own heading come first: they are where most of
// its goods went, while the big shared subheadings (display modules,
// e-waste) took a sliver of many codes.
func writeSuccessors(b *strings.Builder, m Mapping) {
	var whole, partial []Code
	for i := range m.Len() {
		if l := m.At(i); l.Partial {
			partial = append(partial, l.To)
		} else {
			whole = append(whole, l.To)
		}
	}
	heading := m.From.Heading()
	slices.SortStableFunc(partial, func(a, b Code) int {
		return cmp.Compare(boolInt(a.Heading() != heading), boolInt(b.Heading() != heading))
	})
	switch {
	case m.Len() == 0:
		fmt.Fprintf(b, "the %s correlation table gives it no HS 2022 successor: check the classification", m.Edition)
		return
	case len(whole) == 0:
		b.WriteString("in HS 2022 it became, in part, ")
		writeAlternatives(b, partial)
	default:
		b.WriteString("in HS 2022 it became ")
		writeAlternatives(b, whole)
		if len(partial) == 0 {
			return
		}
		b.WriteString(", and in part ")
		writeAlternatives(b, partial)
	}
	fmt.Fprintf(b, " (shared with other %s codes)", m.Edition)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// writeAlternatives writes "A", "A or B", "A, B or C", or, past
// maxPartialShown codes, "A, B, …, F and 9 more".
func writeAlternatives(b *strings.Builder, codes []Code) {
	if len(codes) > maxPartialShown {
		for _, c := range codes[:maxPartialShown-1] {
			b.WriteString(c.String() + ", ")
		}
		fmt.Fprintf(b, "%s and %d more", codes[maxPartialShown-1], len(codes)-maxPartialShown)
		return
	}
	for i, c := range codes {
		switch {
		case i == 0:
		case i == len(codes)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(c.String())
	}
}
