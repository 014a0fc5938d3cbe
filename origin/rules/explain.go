package rules

import (
	"strings"
)

// Requirements says in plain words what a good must show to meet one
// branch of the rule, one requirement a line: the goods it applies to, the
// change in tariff classification of each non-originating material, the RVC
// on the given date, and every fact the engine cannot compute.
func (r *Rule) Requirements(b *Branch, d Date) []string {
	var out []string
	t := b.Target
	switch {
	case r.Lead != nil && (r.Lead.Desc != "" || r.Lead.After != "") && !t.Qualified():
		out = append(out, "Applies only to "+r.Lead.Goods()+".")
	case t.Other:
		out = append(out, "Applies to goods of "+t.Refs.String()+" that no other branch of the rule describes.")
	case t.Qualified():
		out = append(out, "Applies only to "+t.Description()+".")
	default:
		out = append(out, "Applies to every good of "+t.Description()+".")
	}
	switch b.Kind {
	case Change:
		out = append(out, shiftWords(b.Shift))
	case NoChange:
		out = append(out, "No change in tariff classification is required.")
	case Process:
		out = append(out, "The good must be produced as the result of "+b.Process+".")
	}
	if b.RVC != nil {
		out = append(out, rvcWords(b.RVC.At(d)))
	} else {
		out = append(out, "No regional value content is required.")
	}
	for _, c := range r.Facts(b) {
		out = append(out, "Fact "+c.Key+": "+c.Question)
	}
	if len(b.Exempt) > 0 {
		out = append(out, "The good is not subject to "+renderExempt(b.Exempt)+" of the chapter.")
	}
	return out
}

// shiftWords says in plain words where non-originating materials may come
// from.
func shiftWords(s Shift) string {
	var allowed []string
	for _, list := range [][]Source{s.From, s.Also} {
		for _, src := range list {
			allowed = append(allowed, sourceWords(src))
		}
	}
	w := "Each non-originating material must be classified " + joinList(allowed, "or")
	var exc, groups []string
	for _, src := range s.Except {
		if src.Kind == MoreThanOne {
			for i, g := range src.Groups {
				groups = append(groups, "("+string(rune('A'+i))+") "+renderSources(g))
			}
			continue
		}
		exc = append(exc, src.Description())
	}
	if len(exc) > 0 {
		w += ", and none may be " + joinList(exc, "or")
	}
	w += "."
	if len(groups) > 0 {
		w += " Non-originating materials may come from at most one of these groups: " + strings.Join(groups, "; ") + "."
	}
	return w
}

// sourceWords says where one source lets a material come from.
func sourceWords(s Source) string {
	level := levelWord(s.Level, false)
	switch s.Kind {
	case AnyOther:
		w := "in a " + level + " other than the good's"
		switch {
		case s.InGroup:
			w += ", within the branch's group"
		case len(s.Refs) > 0:
			w += ", within " + s.Refs.String()
		}
		return w
	case OutsideGroup:
		return "in a " + level + " outside the branch's group"
	case Within:
		if s.Other {
			return "in the good's own " + level + " (" + s.Description() + "; " + otherGoodWords + ")"
		}
		return "in the good's own " + level + " (" + s.Description() + ")"
	case InGroup:
		if s.Other {
			return "in any " + level + " of the branch's group (" + s.Description() + "; " + otherGoodWords + ")"
		}
		return "in any " + level + " of the branch's group (" + s.Description() + ")"
	}
	if s.Kind == Provisions && s.Other && !s.Qualified() {
		return "as " + s.Description() + " (" + otherGoodWords + ")"
	}
	return "as " + s.Description()
}

// otherGoodWords says how "any other good" of the good's own provision is
// tested: codes cannot tell the same good from another (issue 17 item 1).
const otherGoodWords = "a material whose code is the good's own only if it is a different good, a fact asked per material: material-other-good-CODE"

// rvcWords says the RVC requirement on one date.
func rvcWords(r Resolved) string {
	switch {
	case r.TV.Valid && r.NC.Valid:
		return "Regional value content of at least " + r.TV.Decimal.String() + "% by the transaction value method or " + r.NC.Decimal.String() + "% by the net cost method."
	case r.NC.Valid:
		return "Regional value content of at least " + r.NC.Decimal.String() + "% by the net cost method (the rule allows no transaction value method)."
	case r.TV.Valid:
		return "Regional value content of at least " + r.TV.Decimal.String() + "% by the transaction value method."
	}
	return "A regional value content is required, but no threshold is in force on this date."
}
