package rules

import (
	"strconv"
	"strings"
	"time"
)

// Render writes a rule back as legal text, from its structure alone, in the
// wording GN 11(o) uses. Reading the result with package parse gives the
// same structure again, so a reader who finds the rendering right knows the
// parse is right. A failed rule renders as its transcribed text.
func Render(r *Rule) string {
	if r.Status == Failed {
		return r.Text
	}
	var b strings.Builder
	if r.Number != "" {
		b.WriteString(r.Number + ". ")
	}
	if r.PeriodStated {
		b.WriteString("Beginning on " + usDate(r.Period.From))
		if r.Period.To != "" {
			b.WriteString(" until " + usDate(nextDay(r.Period.To)))
		} else {
			b.WriteString(", and thereafter")
		}
		b.WriteString(", the following rules of origin shall apply to " + r.Applies.String() + ": ")
	}
	if r.TradeStated {
		switch r.Trade {
		case CanadaUS, MexicoUS:
			party := "Canada"
			if r.Trade == MexicoUS {
				party = "Mexico"
			}
			b.WriteString("For the purposes of trade between the territory of " + party + " and the territory of the United States of goods of " + r.Applies.String() + " the following rule of origin applies: ")
		case OtherTrade:
			b.WriteString("For the purposes of all other trade of " + r.Applies.String() + " the following rule of origin applies: ")
		}
	}
	if len(r.Branches) > 0 && r.Lead != nil && !r.Lead.Following {
		if l := r.Branches[0].Label; l != "" && l != "A" && l != "a" {
			b.WriteString("(" + string(rune(l[0]-1)) + ") ")
		}
	}
	if r.Lead != nil {
		b.WriteString(renderLead(r.Lead) + ": ")
	}
	for i := range r.Branches {
		br := &r.Branches[i]
		if i > 0 {
			if i == len(r.Branches)-1 {
				b.WriteString("; or ")
			} else {
				b.WriteString("; ")
			}
		}
		if br.Label != "" {
			b.WriteString("(" + br.Label + ") ")
		}
		b.WriteString(RenderBranch(br))
	}
	b.WriteString(".")
	return b.String()
}

// Goods describes the goods an opening phrase narrows the rule to: "a body
// stamping of subheading 8708.29".
func (l *LeadIn) Goods() string {
	switch {
	case l.Following:
		return "a good of " + l.Refs.String() + l.After
	case l.Other:
		return "any other good of " + l.Refs.String()
	case l.Desc != "":
		return l.Desc + " of " + l.Refs.String() + l.After
	}
	return "a good of " + l.Refs.String() + l.After
}

// renderLead writes the opening phrase of a rule.
func renderLead(l *LeadIn) string {
	if l.Following {
		return "The following rule applies to a good of " + l.Refs.String() + l.After
	}
	s := "For "
	switch {
	case l.Other:
		s += "any other good"
	case l.Desc != "":
		s += l.Desc
	default:
		s += "a good"
	}
	s += " of " + l.Refs.String()
	if l.Uses != 0 {
		if l.UsedFor {
			s += " used for "
		} else {
			s += " for use in "
		}
		s += l.Uses.String()
	}
	return s
}

// RenderBranch writes one branch as legal text, without its label.
func RenderBranch(b *Branch) string {
	var s strings.Builder
	switch b.Kind {
	case Change:
		s.WriteString("A change to " + renderTarget(b.Target, false) + " from " + renderSources(b.Shift.From))
		if !b.Shift.ExceptAfterAlso {
			s.WriteString(renderExcept(b.Shift))
		}
		if len(b.Shift.Also) > 0 {
			s.WriteString(", whether or not there is also a change from " + renderSources(b.Shift.Also))
		}
		if b.Shift.ExceptAfterAlso {
			s.WriteString(renderExcept(b.Shift))
		}
	case NoChange:
		s.WriteString("No change in tariff classification to " + renderTarget(b.Target, true))
		if len(b.Shift.Also) > 0 {
			s.WriteString(", whether or not there is also a change from " + renderSources(b.Shift.Also))
		}
	case Process:
		s.WriteString("Production of " + renderTarget(b.Target, false) + " as the result of " + b.Process)
	}
	s.WriteString(renderProviso(b))
	if len(b.Exempt) > 0 {
		s.WriteString(", and such goods will not be subject to " + renderExempt(b.Exempt) + " of this chapter")
	}
	return s.String()
}

// renderTarget writes the goods of a branch.
func renderTarget(t Target, noChange bool) string {
	var s string
	switch {
	case t.Other:
		s = "any other good of "
	case t.Desc != "":
		s = joinPhrase(t.Desc, t.Join)
	case noChange:
		s = "a good of "
	}
	s += t.Refs.String() + t.After
	if len(t.Except) > 0 {
		s += ", except for a good of " + t.Except.String()
	}
	return s
}

// renderSources writes a list of sources or exceptions.
func renderSources(list []Source) string {
	items := make([]string, len(list))
	for i, s := range list {
		items[i] = s.Description()
	}
	return joinList(items, "or")
}

// renderExcept writes the exception clause of a shift, if any.
func renderExcept(s Shift) string {
	if len(s.Except) == 0 {
		return ""
	}
	if s.ExceptWord == "excluding" {
		return ", excluding " + renderSources(s.Except)
	}
	word := s.ExceptWord
	if word == "" {
		word = "from"
	}
	return ", except " + word + " " + renderSources(s.Except)
}

// renderProviso writes the "provided …" clause: conditions, then RVC.
func renderProviso(b *Branch) string {
	conds := b.Conditions
	if b.Kind == Process && len(conds) > 0 {
		conds = conds[1:] // the process itself, written above
	}
	var s string
	if len(conds) > 0 {
		texts := make([]string, len(conds))
		for i, c := range conds {
			texts[i] = c.Text
		}
		s = ", provided that " + strings.Join(texts, " and ")
	}
	if b.RVC != nil {
		if s != "" {
			s += ", and provided there is"
		} else {
			s += ", provided there is"
		}
		s += " a regional value content of not less than" + renderThresholds(b.RVC)
	}
	return s
}

// renderThresholds writes the thresholds of an RVC clause.
func renderThresholds(r *RVC) string {
	if len(r.Thresholds) == 1 {
		t := r.Thresholds[0]
		return " " + t.Percent.String() + " percent under the " + t.Method.String() + " method"
	}
	parts := make([]string, len(r.Thresholds))
	for i, t := range r.Thresholds {
		parts[i] = "(" + strconv.Itoa(i+1) + ") " + t.Percent.String() + " percent where the " + t.Method.String() + " method is used"
	}
	return ": " + strings.Join(parts, "; or ")
}

// renderExempt writes "chapter rules 2 through 4" from the names of rules.
func renderExempt(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	first := strings.TrimPrefix(names[0], "chapter rule ")
	last := strings.TrimPrefix(names[len(names)-1], "chapter rule ")
	return "chapter rules " + first + " through " + last
}

// Description writes a source or exception item as the rules print it:
// "heading 8473", "housings of subheading 8508.70", "any other heading".
func (s Source) Description() string {
	level := levelWord(s.Level, false)
	switch s.Kind {
	case Provisions:
		var p string
		switch {
		case s.Other:
			p = "any other good " + orOf(s.Join) + " "
		case s.Desc != "":
			p = joinPhrase(s.Desc, s.Join)
		}
		return p + s.Refs.String() + s.After
	case AnyOther:
		p := "any other " + level
		switch {
		case s.InGroup:
			p += " within that group"
		case len(s.Refs) > 0:
			p += " within " + s.Refs.String()
		}
		if s.Including {
			p += ", including another " + level + " within that group"
		}
		return p
	case OutsideGroup:
		return "any " + level + " outside that group"
	case Within:
		p := describedPrefix(s)
		switch s.Join {
		case "within the same":
			return p + "within the same " + level
		case "of":
			return p + "of that " + level
		}
		return p + "within that " + level
	case InGroup:
		if s.Join == "within" {
			return describedPrefix(s) + "within those " + levelWord(s.Level, true)
		}
		return "any " + level + " within that group"
	case Description:
		return s.Desc
	case MoreThanOne:
		groups := make([]string, len(s.Groups))
		for i, g := range s.Groups {
			groups[i] = "(" + string(rune('A'+i)) + ") " + renderSources(g)
		}
		return "more than one of the following: " + strings.Join(groups, ", ")
	}
	return ""
}

// orOf is the word after "any other good": "of" unless printed "within".
func orOf(join string) string {
	if join == "within" {
		return "within"
	}
	return "of"
}

// describedPrefix writes the words before "within …" of a Within item.
func describedPrefix(s Source) string {
	switch {
	case s.Other:
		return "any other good "
	case s.Desc != "":
		return s.Desc + " "
	}
	return ""
}

// usDate writes a date as the print does: "July 1, 2025".
func usDate(d Date) string {
	t, err := time.Parse(time.DateOnly, string(d))
	if err != nil {
		return string(d)
	}
	return t.Format("January 2, 2006")
}

// nextDay is the day after d.
func nextDay(d Date) Date {
	t, err := time.Parse(time.DateOnly, string(d))
	if err != nil {
		return d
	}
	return DateOf(t.AddDate(0, 0, 1))
}
