package rules

import (
	"strings"

	"github.com/roo-trade/roo/origin/hs"
)

// Ref cites tariff provisions: one code ("heading 8407"), or an inclusive
// range of codes of the same level ("headings 7208 through 7229").
type Ref struct {
	From hs.Code `json:"from"`
	To   hs.Code `json:"to"` // equal to From for a single provision
	// Edition is set when a cited code is not a code of HS 2022 (or, for a
	// tariff item, of the 2025 HTS): the rule text still cites an older
	// edition, and the mapping to today's codes is recorded here.
	Edition *Edition `json:"edition"`
}

// Edition says how a provision cited in an older edition of the
// nomenclature corresponds to HS 2022 codes.
type Edition struct {
	// Obsolete lists the cited codes that the current edition no longer has.
	Obsolete []hs.Code `json:"obsolete"`
	// Successors are the HS 2022 subheadings that took over the goods of the
	// obsolete codes; empty when no correlation is known.
	Successors []hs.Code `json:"successors"`
	// Shared are the successors that also took goods from codes the
	// reference does not cite: a good of one of them may or may not come
	// under it. A successor not listed took goods only from the cited codes.
	Shared []hs.Code `json:"shared"`
	// Partial is true when a successor also took goods from other codes, or
	// when the obsolete code is a tariff item: the code of a material or good
	// alone then cannot tell whether it belongs to the cited provision.
	Partial bool `json:"partial"`
	// Note explains the mapping in one line, for reasons and reports.
	Note string `json:"note"`
}

// Level is the level of the nomenclature the reference cites.
func (r Ref) Level() hs.Level { return r.From.Level() }

// IsRange reports whether the reference is a range ("7208 through 7229").
func (r Ref) IsRange() bool { return r.To != r.From }

// String prints the reference as the HTS does: "8708.30" or
// "7208 through 7229".
func (r Ref) String() string {
	if !r.IsRange() {
		return r.From.String()
	}
	return r.From.String() + " through " + r.To.String()
}

// Tri is a three-valued answer: yes, no, or cannot tell from the codes.
type Tri uint8

// The values of Tri.
const (
	No Tri = iota
	Yes
	Maybe
)

// Membership is the answer to "does this code lie within the reference?".
type Membership struct {
	In Tri `json:"in"`
	// Mapped is true when an HS-edition mapping decided the answer.
	Mapped bool `json:"mapped"`
	// Why explains a Maybe, or the mapping behind a mapped Yes.
	Why string `json:"why"`
}

// Contains says whether code c lies within the provisions r cites. A code
// coarser than the reference (a 6-digit code against a tariff item) can
// only be Maybe, never Yes.
func (r Ref) Contains(c hs.Code) Membership {
	l := int(r.Level())
	if c.Len() >= l {
		x := string(c[:l])
		if string(r.From) <= x && x <= string(r.To) {
			return Membership{In: Yes}
		}
		return r.containsByEdition(c)
	}
	// c is coarser than the reference: it may or may not fall inside.
	n := c.Len()
	if string(r.From[:n]) <= string(c) && string(c) <= string(r.To[:n]) {
		return Membership{In: Maybe, Why: "code " + c.String() + " is too coarse to tell whether it is " + r.levelName() + " " + r.String()}
	}
	if m := r.containsByEdition(c); m.In != No {
		return m
	}
	return Membership{In: No}
}

// containsCited compares a code of the edition a reference cites with the
// cited range itself: Yes or No, or Maybe when the code is coarser.
func (r Ref) containsCited(c hs.Code) Tri {
	l := int(r.Level())
	if c.Len() < l {
		n := c.Len()
		if string(r.From[:n]) <= string(c) && string(c) <= string(r.To[:n]) {
			return Maybe
		}
		return No
	}
	x := string(c[:l])
	if string(r.From) <= x && x <= string(r.To) {
		return Yes
	}
	return No
}

// containsByEdition applies the recorded edition mapping to a code that does
// not fall numerically inside the reference.
func (r Ref) containsByEdition(c hs.Code) Membership {
	e := r.Edition
	if e == nil {
		return Membership{In: No}
	}
	if r.Level() == hs.TariffItem && c.Len() >= 6 {
		// A cited tariff item that the current HTS no longer has: a code of
		// the same subheading (or of a successor) may be its renumbering.
		sub := c.Subheading()
		if sub == r.From.Subheading() || sub == r.To.Subheading() || containsCode(e.Successors, sub) {
			return Membership{In: Maybe, Mapped: true, Why: e.Note}
		}
		return Membership{In: No}
	}
	if c.Len() < int(hs.Subheading) {
		for _, s := range e.Successors {
			if s.HasPrefix(c) {
				return Membership{In: Maybe, Mapped: true, Why: e.Note}
			}
		}
		return Membership{In: No}
	}
	if !containsCode(e.Successors, c.Subheading()) {
		return Membership{In: No}
	}
	if containsCode(e.Shared, c.Subheading()) || (e.Partial && len(e.Shared) == 0) {
		return Membership{In: Maybe, Mapped: true, Why: e.Note + " (partial correspondence)"}
	}
	return Membership{In: Yes, Mapped: true, Why: e.Note + " (every good of " + c.Subheading().String() + " came from it)"}
}

func (r Ref) levelName() string { return r.Level().String() }

func containsCode(list []hs.Code, c hs.Code) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// Overlaps reports whether two references share a code, compared at the
// coarser of their levels (heading 8708 overlaps subheading 8708.30).
func (r Ref) Overlaps(o Ref) bool {
	n := min(r.From.Len(), o.From.Len())
	return string(r.From[:n]) <= string(o.To[:n]) && string(o.From[:n]) <= string(r.To[:n])
}

// Refs is a list of references read together ("headings 7208 through 7229
// or 7301 through 7326").
type Refs []Ref

// Contains is the most favourable membership over the list: Yes if any
// reference contains c, else Maybe if any may, else No.
func (rs Refs) Contains(c hs.Code) Membership {
	best := Membership{In: No}
	for _, r := range rs {
		m := r.Contains(c)
		switch {
		case m.In == Yes && (best.In != Yes || (best.Mapped && !m.Mapped)):
			best = m
		case m.In == Maybe && best.In == No:
			best = m
		}
	}
	return best
}

// Overlaps reports whether two lists share a code.
func (rs Refs) Overlaps(other Refs) bool {
	for _, x := range rs {
		for _, y := range other {
			if x.Overlaps(y) {
				return true
			}
		}
	}
	return false
}

// String prints the list with level words, as the HTS would: "headings 7208
// through 7229 or 7301 through 7326", "heading 8407 or subheading 8708.99".
func (rs Refs) String() string { return formatRefs(rs, "or") }

// formatRefs groups consecutive references of one level under one level
// word and joins the groups with conj ("or" or "and").
func formatRefs(rs Refs, conj string) string {
	var groups []string
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && rs[j].Level() == rs[i].Level() {
			j++
		}
		g := rs[i:j]
		word := levelWord(g[0].Level(), len(g) > 1 || g[0].IsRange())
		items := make([]string, len(g))
		for k, r := range g {
			items[k] = r.String()
		}
		groups = append(groups, word+" "+joinList(items, conj))
		i = j
	}
	return joinList(groups, conj)
}

// joinList joins items as "a", "a or b", "a, b or c".
func joinList(items []string, conj string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " " + conj + " " + items[len(items)-1]
}

// levelWord is the HTS word for a level, singular or plural.
func levelWord(l hs.Level, plural bool) string {
	var w string
	switch l {
	case hs.Chapter:
		w = "chapter"
	case hs.Heading:
		w = "heading"
	case hs.Subheading:
		w = "subheading"
	case hs.TariffItem:
		w = "tariff item"
	default:
		w = "statistical line"
	}
	if plural {
		w += "s"
	}
	return w
}
