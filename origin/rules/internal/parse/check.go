package parse

import (
	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// check flags contradictions within a parsed rule. The print has had
// transcription faults (a dropped "except from heading 8473"), and a rule
// whose structure contradicts itself deserves a reader's eye.
func (p *parser) check(r *rules.Rule) {
	for i := range r.Branches {
		b := &r.Branches[i]
		if r.Lead != nil && !b.Target.Refs.Overlaps(r.Lead.Refs) {
			p.flag("branch (%s) is for %s but the rule is for %s", b.Label, b.Target.Refs, r.Lead.Refs)
		}
		p.checkAdmits(r, b)
		p.checkVacuous(b)
	}
}

// checkVacuous flags an exception that excepts nothing: a provision inside
// the good's own heading (say) when the only allowed source is "any other
// heading", whose materials fail the branch anyway. Such an exception is a
// sign that the print moved a code or a level word.
func (p *parser) checkVacuous(b *rules.Branch) {
	if b.Kind != rules.Change || len(b.Shift.From) != 1 || len(b.Shift.Also) > 0 {
		return
	}
	src := b.Shift.From[0]
	if src.Kind != rules.AnyOther || len(src.Refs) > 0 || src.InGroup {
		return
	}
	for _, e := range b.Shift.Except {
		if e.Kind != rules.Provisions {
			continue
		}
		for _, ref := range e.Refs {
			if !outsideAt(ref, b.Target.Refs, src.Level) && ref.Level() >= src.Level && insideAt(ref, b.Target.Refs, src.Level) {
				p.flag("branch (%s) excepts %s %s, which lies within the goods' own %s: materials of it never undergo the change the branch requires, so the exception excepts nothing", b.Label, ref.Level(), ref, src.Level)
			}
		}
	}
}

// insideAt reports whether every code of a reference lies within one of the
// target provisions, compared at the given level.
func insideAt(ref rules.Ref, target rules.Refs, level hs.Level) bool {
	n := int(level)
	if ref.From.Len() < n {
		return false
	}
	for _, t := range target {
		m := min(n, t.From.Len())
		if string(ref.From[:n]) == string(ref.To[:n]) && string(t.From[:m]) <= string(ref.From[:m]) && string(ref.To[:m]) <= string(t.To[:m]) && t.From.Len() <= n {
			return true
		}
	}
	return false
}

// checkAdmits flags a branch that admits, under an RVC, a source that a
// sibling tariff-shift branch for the same goods already admits without
// one: the RVC branch then adds nothing for that source, which is the mark
// of an exception dropped from the sibling.
func (p *parser) checkAdmits(r *rules.Rule, b *rules.Branch) {
	if b.Kind != rules.Change || b.RVC == nil {
		return
	}
	var level hs.Level
	for _, s := range b.Shift.Also {
		if s.Kind == rules.AnyOther && !s.InGroup && len(s.Refs) == 0 {
			level = s.Level
		}
	}
	if level == 0 {
		return
	}
	for i := range r.Branches {
		a := &r.Branches[i]
		if a == b || a.Kind != rules.Change || a.RVC != nil || !sameGoods(a.Target, b.Target) || !hasAnyOther(a.Shift.From, level) {
			continue
		}
		for _, s := range b.Shift.From {
			if s.Kind != rules.Provisions || s.Qualified() {
				continue
			}
			for _, ref := range s.Refs {
				if outsideAt(ref, b.Target.Refs, level) && !excepts(a.Shift.Except, ref) {
					p.flag("branch (%s) admits %s %s only with an RVC, but branch (%s) already admits it without one (from any other %s) and does not except it: a clause may be missing from (%s)",
						b.Label, ref.Level(), ref, a.Label, level, a.Label)
				}
			}
		}
	}
}

// sameGoods reports whether two targets describe the same goods.
func sameGoods(a, b rules.Target) bool {
	return a.Refs.String() == b.Refs.String() && a.Desc == b.Desc && a.After == b.After && a.Other == b.Other
}

// hasAnyOther reports whether a source list admits "any other <level>".
func hasAnyOther(list []rules.Source, level hs.Level) bool {
	for _, s := range list {
		if s.Kind == rules.AnyOther && s.Level == level && len(s.Refs) == 0 && !s.InGroup {
			return true
		}
	}
	return false
}

// outsideAt reports whether a reference lies wholly outside the target
// provisions when codes are compared at the given level.
func outsideAt(ref rules.Ref, target rules.Refs, level hs.Level) bool {
	for _, t := range target {
		n := min(int(level), ref.From.Len(), t.From.Len())
		if string(ref.From[:n]) <= string(t.To[:n]) && string(t.From[:n]) <= string(ref.To[:n]) {
			return false
		}
	}
	return true
}

// excepts reports whether an exception list names the reference.
func excepts(list []rules.Source, ref rules.Ref) bool {
	for _, s := range list {
		for _, x := range s.Refs {
			if x.Overlaps(ref) {
				return true
			}
		}
		for _, g := range s.Groups {
			if excepts(g, ref) {
				return true
			}
		}
	}
	return false
}
