package hs

import (
	"fmt"
	"slices"
	"strings"
)

// Expansion is a range of codes ("8407.10 through 8407.90") resolved to the
// HS 2022 subheadings it covers.
type Expansion struct {
	// Lo and Hi are the range's ends as given.
	Lo, Hi Code
	// Edition is the edition the range was read in.
	Edition Edition
	// Members are the subheadings of that edition within the range.
	Members []Code
	// Subheadings are the HS 2022 subheadings the range covers, in order. A
	// link is Partial when its subheading also takes goods from outside the
	// range; that happens only for a range read in an older edition.
	Subheadings []Link
	// Doubts are the members whose correlation rows look incomplete (see
	// Mapping.Doubt): an outcome resting on them needs review.
	Doubts []Mapping
}

// Mapped reports whether the range was read in an older edition, so that
// the correlation tables, not the text, decided which HS 2022 subheadings it
// covers.
func (x Expansion) Mapped() bool { return x.Edition != HS2022 }

// Codes returns the HS 2022 subheadings, in order.
func (x Expansion) Codes() []Code {
	out := make([]Code, len(x.Subheadings))
	for i, l := range x.Subheadings {
		out[i] = l.To
	}
	return out
}

// ExpandRange resolves "lo through hi" to HS 2022 subheadings. The ends are
// chapters, headings or subheadings (they may differ in level: "heading 8401
// through subheading 8407.90"), and the range includes every subheading
// within both. The range is read in the newest edition that has both ends:
// "8517.62 through 8517.70" is an HS 2017 range (8517.70 is not HS 2022)
// whose HS 2017 subheadings are then mapped to HS 2022 through the UN
// correlation table.
func ExpandRange(lo, hi Code) (Expansion, error) {
	if err := checkEnds(lo, hi); err != nil {
		return Expansion{}, err
	}
	both := EditionsOf(lo) & EditionsOf(hi)
	e := both.Newest()
	if e == 0 {
		return Expansion{}, fmt.Errorf("%s through %s: %s", lo, hi, missingEnds(lo, hi))
	}
	return expand(lo, hi, e), nil
}

// ExpandRangeIn is ExpandRange reading the range in a given edition, for a
// caller that knows which edition the text citing it was written in.
func ExpandRangeIn(lo, hi Code, e Edition) (Expansion, error) {
	if err := checkEnds(lo, hi); err != nil {
		return Expansion{}, err
	}
	for _, c := range [...]Code{lo, hi} {
		if !EditionsOf(c).Has(e) {
			return Expansion{}, fmt.Errorf("%s through %s: %s is not in %s", lo, hi, c, e)
		}
	}
	return expand(lo, hi, e), nil
}

func checkEnds(lo, hi Code) error {
	for _, c := range [...]Code{lo, hi} {
		if l := len(c); (l != 2 && l != 4 && l != 6) || !isDigits(string(c)) {
			return fmt.Errorf("%s through %s: %q is not a chapter, heading or subheading", lo, hi, string(c))
		}
	}
	if first, last := bounds(lo, hi); first > last {
		return fmt.Errorf("%s through %s: the range is empty (its ends are reversed)", lo, hi)
	}
	return nil
}

// bounds returns the first and last six-digit codes the range can hold.
func bounds(lo, hi Code) (first, last Code) {
	return lo + Code(strings.Repeat("0", 6-len(lo))), hi + Code(strings.Repeat("9", 6-len(hi)))
}

func missingEnds(lo, hi Code) string {
	var parts []string
	for _, c := range [...]Code{lo, hi} {
		parts = append(parts, fmt.Sprintf("%s is in %s", c, EditionsOf(c)))
	}
	return strings.Join(parts, ", ") + "; no edition has both"
}

func expand(lo, hi Code, e Edition) Expansion {
	x := Expansion{Lo: lo, Hi: hi, Edition: e}
	first, last := bounds(lo, hi)
	n := nomenclatureData()
	for _, list := range [...][]Entry{n.hs22, n.others} {
		i, _ := find(list, first)
		for ; i < len(list) && list[i].Code <= last; i++ {
			if len(list[i].Code) == int(Subheading) && list[i].Editions.Has(e) {
				x.Members = append(x.Members, list[i].Code)
			}
		}
	}
	slices.Sort(x.Members)
	if e == HS2022 {
		for _, c := range x.Members {
			x.Subheadings = append(x.Subheadings, Link{To: c})
		}
		return x
	}
	// Map each member; a target shared with codes outside the range is
	// partial, one all of whose sources lie in the range is not.
	inRange := map[Code]int{}
	for _, c := range x.Members {
		m, _ := Successors(c, e)
		if m.Doubt() != "" {
			x.Doubts = append(x.Doubts, m)
		}
		for i := range m.Len() {
			l := m.At(i)
			if _, seen := inRange[l.To]; !seen {
				x.Subheadings = append(x.Subheadings, l)
			}
			inRange[l.To]++
		}
	}
	fanIn := correlationData().table(e).fanIn()
	for i, l := range x.Subheadings {
		x.Subheadings[i].Partial = l.Partial && fanIn[l.To] > inRange[l.To]
	}
	slices.SortFunc(x.Subheadings, func(a, b Link) int { return strings.Compare(string(a.To), string(b.To)) })
	return x
}
