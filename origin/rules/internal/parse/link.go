package parse

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/roo-trade/roo/origin/rules"
)

// Link relates the parsed rules of the whole data set, chapter by chapter:
//   - it settles which vehicle uses each rule applies to: the uses its text
//     states, or, for "For any other good of …" and for a rule that states
//     none while rules for the same goods do, the uses no sibling claims;
//   - it flags rules that apply to the same goods, use, trade and dates as
//     another (two answers where the law has one);
//   - it flags gaps between time-bounded versions of a rule.
func Link(all []*rules.Rule) {
	byChapter := map[string][]*rules.Rule{}
	for _, r := range all {
		byChapter[r.ID.Chapter] = append(byChapter[r.ID.Chapter], r)
	}
	for _, rs := range byChapter {
		linkUses(rs)
		flagConflicts(rs)
		flagGaps(rs)
		notePhaseIn(rs)
	}
}

// phaseInNote is said of every automotive rule with an RVC: the data's text
// states the final thresholds, and the phase-in by date belongs to the
// automotive appendix, which this rule base does not hold.
const phaseInNote = "the RVC thresholds are the final ones the text states; the automotive appendix (UR §§13-15) phases vehicle and part thresholds in by date, and roo does not apply that phase-in here"

// notePhaseIn records the phase-in caveat on the vehicle rules of chapter 87
// and on every rule limited to a vehicle use, when they set an RVC.
func notePhaseIn(rs []*rules.Rule) {
	for _, r := range rs {
		auto := r.ID.Chapter == "87" || (r.Lead != nil && r.Lead.Uses&(rules.PassengerVehicle|rules.LightTruck|rules.HeavyTruck) != 0)
		if !auto {
			continue
		}
		for _, b := range r.Branches {
			if b.RVC != nil {
				r.Assumptions = append(r.Assumptions, phaseInNote)
				break
			}
		}
	}
}

// siblings reports whether two rules may apply to the same good on the
// same day in the same trade.
func siblings(a, b *rules.Rule) bool {
	return a != b && a.Period.Overlaps(b.Period) && tradesMeet(a.Trade, b.Trade) && a.Applies.Overlaps(b.Applies)
}

// tradesMeet reports whether two trade limits can hold at once.
func tradesMeet(a, b rules.Trade) bool { return a == rules.AllTrade || b == rules.AllTrade || a == b }

func linkUses(rs []*rules.Rule) {
	for _, r := range rs {
		if r.Lead != nil && r.Lead.Uses != 0 {
			r.Uses, r.UseBasis = r.Lead.Uses, "stated"
		}
	}
	for _, r := range rs {
		if r.Lead != nil && r.Lead.Uses != 0 {
			continue
		}
		var claimed rules.Use
		var names []string
		for _, s := range rs {
			if siblings(r, s) && s.Lead != nil && s.Lead.Uses != 0 {
				claimed |= s.Lead.Uses
				names = append(names, s.Citation())
			}
		}
		if claimed == 0 {
			r.Uses, r.UseBasis = rules.AnyUse, "any"
			continue
		}
		r.Uses, r.UseBasis = rules.AnyUse&^claimed, "other"
		if r.Lead == nil || !r.Lead.Other {
			r.Assumptions = append(r.Assumptions, fmt.Sprintf("the rule states no vehicle use, but %s for the same goods are for %s: roo applies this rule to the other uses (%s)",
				strings.Join(names, " and "), claimed, r.Uses))
		}
		if r.Uses == 0 {
			r.Flags = append(r.Flags, "the rules for the same goods claim every vehicle use, so this rule applies to none")
		}
	}
}

// flagConflicts flags pairs of rules that both apply to the same goods at
// the same level, for the same uses, trade and dates, when neither is
// limited to goods of a described kind.
func flagConflicts(rs []*rules.Rule) {
	for i, a := range rs {
		for _, b := range rs[i+1:] {
			if a.Status == rules.Failed || b.Status == rules.Failed || !siblings(a, b) || a.Uses&b.Uses == 0 {
				continue
			}
			if described(a) || described(b) || !sameLevel(a.Applies, b.Applies) {
				continue
			}
			a.Flags = append(a.Flags, fmt.Sprintf("applies to the same goods, use, trade and dates as %s, with different requirements: one of them is misprinted or mislabelled", b.Citation()))
			b.Flags = append(b.Flags, fmt.Sprintf("applies to the same goods, use, trade and dates as %s, with different requirements: one of them is misprinted or mislabelled", a.Citation()))
		}
	}
}

// described reports whether a rule's opening phrase limits it to goods of a
// described kind ("For a body stamping of …").
func described(r *rules.Rule) bool {
	return r.Lead != nil && (r.Lead.Desc != "" || r.Lead.After != "")
}

// sameLevel reports whether two lists share a code at one level.
func sameLevel(a, b rules.Refs) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Level() == y.Level() && x.Overlaps(y) {
				return true
			}
		}
	}
	return false
}

// flagGaps flags time-bounded rules whose successor does not begin the day
// after they end.
func flagGaps(rs []*rules.Rule) {
	for _, a := range rs {
		if a.Period.To == "" {
			continue
		}
		var next []*rules.Rule
		for _, b := range rs {
			if b != a && b.Period.From > a.Period.To && tradesMeet(a.Trade, b.Trade) && sameLevel(a.Applies, b.Applies) && a.Uses&b.Uses != 0 {
				next = append(next, b)
			}
		}
		if len(next) == 0 {
			a.Flags = append(a.Flags, fmt.Sprintf("ends on %s and no later version of the rule follows it", a.Period.To))
			continue
		}
		sort.Slice(next, func(i, j int) bool { return next[i].Period.From < next[j].Period.From })
		if want := dayAfter(a.Period.To); next[0].Period.From != want {
			msg := fmt.Sprintf("no version of the rule for %s is in force from %s to %s: %s ends on %s and %s begins on %s",
				a.Applies, want, dayBefore(next[0].Period.From), a.Citation(), a.Period.To, next[0].Citation(), next[0].Period.From)
			a.Flags = append(a.Flags, msg)
			next[0].Flags = append(next[0].Flags, msg)
		}
	}
}

// dayAfter is the day after d.
func dayAfter(d rules.Date) rules.Date {
	t, _ := time.Parse(time.DateOnly, string(d))
	return rules.DateOf(t.AddDate(0, 0, 1))
}
