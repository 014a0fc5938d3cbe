package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/roo-trade/roo/origin/hs"
)

// Query asks which rule governs a good.
type Query struct {
	// Code is the good's code, 6 to 10 digits (HS 2022 / the current HTS).
	Code hs.Code `json:"code"`
	// Date is the as-of date; rule versions are chosen by it.
	Date Date `json:"date"`
	// Use is the vehicle use of the good, 0 when not given.
	Use Use `json:"use"`
	// Route is the trade of the good; zero when not given.
	Route Route `json:"route"`
	// Former is the good's classification in the HS edition a rule cites
	// (its HS 2017 or HS 2012 subheading), when the workbook gives it: it
	// settles a rule reached only through a partial edition correlation.
	Former hs.Code `json:"former,omitempty"`
}

// Answer is what the rule base says about a good.
type Answer struct {
	Query Query `json:"query"`
	// Candidates are the rules that apply, in data order. There is more than
	// one when the branches of different rules are told apart by a
	// description of the goods (a fact), when an input that decides between
	// them is missing (see Needs), or when the data contradicts itself (see
	// Conflict).
	Candidates []Candidate `json:"candidates"`
	// Superseded are rules for the good's code at a coarser level, displaced
	// by a more specific rule (a subheading rule under a tariff-item rule).
	Superseded []*Rule `json:"superseded"`
	// Notes are the chapter, heading, subheading and GN 11(n) rules that
	// govern the good.
	Notes []*Note `json:"notes"`
	// NoRuleData says why no rule applies, when none does.
	NoRuleData string `json:"no_rule_data"`
	// Needs are the inputs that decide between the candidates and were not
	// given (the 8-digit tariff item, the vehicle use, the trade).
	Needs []Need `json:"needs"`
	// Conflict says why the candidates contradict each other, when they do.
	Conflict string `json:"conflict"`
	// Uncovered says which goods of the code the candidates leave without a
	// rule, when every candidate is limited to described goods (a chassis
	// frame, a light truck): a good that is none of them has no rule.
	Uncovered string `json:"uncovered"`
}

// Candidate is a rule that applies to the good, with how the code matched.
type Candidate struct {
	Rule *Rule `json:"rule"`
	// Match is how the good's code matched the rule's provisions: Yes, or
	// Maybe when the code is too coarse or an HS-edition mapping is only
	// partial; Mapped when an edition mapping decided it.
	Match Membership `json:"match"`
	// Level is the level of the rule's provision that matched (tariff-item
	// rules take precedence over subheading rules).
	Level hs.Level `json:"level"`
	// former is the older edition's code the match came through, when an
	// edition correlation decided it.
	former hs.Code
}

// Need is an input that decides which rule applies.
type Need struct {
	// Key names the input for a program: "tariff-item", "vehicle-use",
	// "trade" or "former-code".
	Key string `json:"key"`
	// Input names the input for a reader: "tariff item", "vehicle use", …
	Input string `json:"input"`
	// Values are the values that matter, each with the rule it selects.
	Values []string `json:"values"`
}

// Lookup finds the rules that govern a good on a date: tariff-item rules
// before subheading rules, time-bounded versions by date, then by trade and
// vehicle use. When the answer depends on an input the query lacks, it says
// which input and which values matter instead of choosing.
func (b *Base) Lookup(q Query) (Answer, error) {
	a := Answer{Query: q}
	if q.Date == "" {
		return a, fmt.Errorf("a rule lookup needs an as-of date")
	}
	if q.Code.Len() < int(hs.Subheading) {
		return a, fmt.Errorf("code %s has %d digits: a rule lookup needs 6 to 10", q.Code, q.Code.Len())
	}
	chapter := string(q.Code.Chapter())
	ch, err := b.Chapter(chapter)
	if err != nil {
		return a, err
	}
	if err := b.notes(&a, chapter); err != nil {
		return a, err
	}
	if ch == nil || len(ch.Rules) == 0 {
		a.NoRuleData = fmt.Sprintf("this copy of GN 11(o) has no rules for chapter %s", chapter)
		return a, nil
	}
	cands := matching(ch.Rules, q.Code)
	if len(cands) == 0 {
		if cands, err = b.formerMatches(ch, q.Code); err != nil {
			return a, err
		}
		if q.Former != "" && len(cands) > 0 {
			var why string
			cands, why = byFormer(cands, q.Former)
			if why != "" {
				a.Conflict = why
			}
		}
	}
	if len(cands) == 0 {
		a.NoRuleData = fmt.Sprintf("no rule of GN 11(o) chapter %s covers %s", chapter, q.Code)
		return a, nil
	}
	cands = inForce(&a, cands)
	if len(cands) == 0 {
		return a, nil
	}
	cands = a.precedence(cands)
	cands = a.byTrade(cands)
	cands = a.byUse(cands)
	a.Candidates = cands
	a.settle()
	return a, nil
}

// matching lists the rules whose provisions contain the code, or may.
func matching(rs []*Rule, code hs.Code) []Candidate {
	var out []Candidate
	for _, r := range rs {
		best := Candidate{Rule: r, Match: Membership{In: No}}
		for _, ref := range r.Applies {
			m := ref.Contains(code)
			if m.In == No {
				continue
			}
			if best.Match.In == No || ref.Level() > best.Level || (ref.Level() == best.Level && m.In == Yes && best.Match.In != Yes) {
				best.Match, best.Level = m, ref.Level()
			}
		}
		if best.Match.In != No {
			out = append(out, best)
		}
	}
	return out
}

// formerMatches finds the rules for the codes an HS 2022 subheading came
// from, for a code that no rule cites: the rules may still cite the code of
// an older edition. Such a match is Yes only when every good of the code
// came from one former code; otherwise it is Maybe.
func (b *Base) formerMatches(ch *Chapter, code hs.Code) ([]Candidate, error) {
	var out []Candidate
	seen := map[*Rule]bool{}
	for _, f := range ch.Formerly {
		if f.Code != code.Subheading() {
			continue
		}
		for _, old := range f.From {
			och, err := b.Chapter(string(old.Chapter()))
			if err != nil {
				return nil, err
			}
			if och == nil {
				continue
			}
			for _, c := range matching(och.Rules, old) {
				if seen[c.Rule] {
					continue
				}
				seen[c.Rule] = true
				why := fmt.Sprintf("HS 2022 %s came from %s %s", code.Subheading(), f.Edition, old)
				if !f.Exact {
					why += " (in part: it also took goods from elsewhere, or " + old.String() + " went to several codes)"
				}
				c.Match = Membership{In: c.Match.In, Mapped: true, Why: why}
				c.former = old
				if !f.Exact {
					c.Match.In = Maybe
				}
				out = append(out, c)
			}
		}
	}
	return out, nil
}

// byFormer keeps the candidates reached from the good's former code, which
// the workbook gives, and makes them certain: the good was classified there.
// A former code none of the candidates came from is a contradiction to
// report, not a reason to drop every rule.
func byFormer(cands []Candidate, former hs.Code) ([]Candidate, string) {
	var out []Candidate
	var froms []string
	for _, c := range cands {
		froms = append(froms, c.Match.Why)
		if c.former.Subheading() != former.Subheading() {
			continue
		}
		c.Match.In = Yes
		c.Match.Why += "; the workbook gives the good's former code " + former.String()
		out = append(out, c)
	}
	if len(out) == 0 {
		return cands, fmt.Sprintf("the workbook gives the former code %s, but the good's code came from none of it (%s)", former, strings.Join(froms, "; "))
	}
	return out, ""
}

// inForce keeps the rules in force on the query's date, and says why none
// is when none is.
func inForce(a *Answer, cands []Candidate) []Candidate {
	var out []Candidate
	var periods []string
	for _, c := range cands {
		if c.Rule.Period.Contains(a.Query.Date) {
			out = append(out, c)
		} else {
			periods = append(periods, c.Rule.Citation()+" is in force "+c.Rule.Period.String())
		}
	}
	if len(out) == 0 {
		a.NoRuleData = fmt.Sprintf("no rule for %s is in force on %s (%s)", a.Query.Code, a.Query.Date, strings.Join(periods, "; "))
	}
	return out
}

// precedence keeps the most specific rules: a rule whose provision is a
// tariff item displaces the subheading rule for the other goods of the
// subheading. A rule the code only may fall under stays, with the input that
// would decide: the tariff item, when the code is too coarse; the good's
// former code, when only a partial HS-edition correlation links them.
func (a *Answer) precedence(cands []Candidate) []Candidate {
	var top hs.Level
	for _, c := range cands {
		if c.Match.In == Yes && c.Level > top {
			top = c.Level
		}
	}
	var out []Candidate
	var finer, former []string
	for _, c := range cands {
		switch {
		case c.Level < top:
			a.Superseded = append(a.Superseded, c.Rule)
		case c.Match.In == Yes:
			out = append(out, c)
		case c.Match.Mapped && exactAt(cands, c.Level):
			// The good's own code is cited at this level by a rule that
			// matches it outright: it is not the successor of another
			// edition's code, so that code's rule does not reach it.
			a.Superseded = append(a.Superseded, c.Rule)
		case c.Match.Mapped:
			former = append(former, c.Rule.Citation()+" ("+c.Match.Why+")")
			out = append(out, c)
		default:
			finer = append(finer, c.Rule.Applies.String()+" ("+c.Rule.Citation()+")")
			out = append(out, c)
		}
	}
	if len(finer) > 0 {
		for _, c := range out {
			if c.Match.In == Yes {
				finer = append(finer, "any other ("+c.Rule.Citation()+")")
			}
		}
		a.Needs = append(a.Needs, Need{Key: "tariff-item", Input: "tariff item", Values: finer})
	}
	if len(former) > 0 {
		a.Needs = append(a.Needs, Need{Key: "former-code", Input: "former code (the good's classification in the HS edition the rule cites)", Values: former})
	}
	return out
}

// exactAt reports whether some candidate matches the code outright, without
// an edition mapping, at the given level.
func exactAt(cands []Candidate, l hs.Level) bool {
	for _, c := range cands {
		if c.Level == l && c.Match.In == Yes && !c.Match.Mapped {
			return true
		}
	}
	return false
}

// byTrade keeps the rules for the query's trade, or asks for the trade.
func (a *Answer) byTrade(cands []Candidate) []Candidate {
	limited := false
	for _, c := range cands {
		limited = limited || c.Rule.Trade != AllTrade
	}
	if !limited {
		return cands
	}
	if !a.Query.Route.Known() {
		var vals []string
		for _, c := range cands {
			vals = append(vals, c.Rule.Trade.String()+" ("+c.Rule.Citation()+")")
		}
		a.Needs = append(a.Needs, Need{Key: "trade", Input: "trade", Values: vals})
		return cands
	}
	// A rule for the route's own trade displaces the rule for "all other
	// trade" of the same goods.
	own := false
	for _, c := range cands {
		own = own || (c.Rule.Trade != AllTrade && c.Rule.Trade != OtherTrade && c.Rule.Trade.Admits(a.Query.Route))
	}
	var out []Candidate
	for _, c := range cands {
		switch c.Rule.Trade {
		case AllTrade:
			out = append(out, c)
		case OtherTrade:
			if !own {
				out = append(out, c)
			}
		default:
			if c.Rule.Trade.Admits(a.Query.Route) {
				out = append(out, c)
			}
		}
	}
	return out
}

// byUse keeps the rules for the query's vehicle use, or asks for the use.
func (a *Answer) byUse(cands []Candidate) []Candidate {
	limited := false
	for _, c := range cands {
		limited = limited || c.Rule.Uses != AnyUse
	}
	if !limited {
		return cands
	}
	if a.Query.Use == 0 {
		var vals []string
		for _, c := range cands {
			vals = append(vals, c.Rule.Uses.String()+" ("+c.Rule.Citation()+")")
		}
		a.Needs = append(a.Needs, Need{Key: "vehicle-use", Input: "vehicle use", Values: vals})
		return cands
	}
	var out []Candidate
	for _, c := range cands {
		if c.Rule.Uses&a.Query.Use != 0 {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		a.NoRuleData = fmt.Sprintf("no rule for %s applies to a good for use in %s", a.Query.Code, a.Query.Use)
	}
	return out
}

// settle states what the remaining candidates mean: no rule data when the
// only rule failed, a conflict when rules that nothing tells apart remain.
func (a *Answer) settle() {
	if len(a.Candidates) == 0 || len(a.Needs) > 0 {
		return
	}
	var failed, plain []string
	for _, c := range a.Candidates {
		r := c.Rule
		if r.Status == Failed {
			failed = append(failed, r.Citation()+": "+r.Failure)
		}
		if r.Lead == nil || (r.Lead.Desc == "" && r.Lead.After == "") {
			plain = append(plain, r.Citation())
		}
	}
	if len(failed) > 0 {
		a.NoRuleData = strings.Join(failed, "; ")
		return
	}
	if len(plain) > 1 {
		a.Conflict = "these rules apply to the same goods with different requirements: " + strings.Join(plain, " and ")
	}
	var described []string
	for _, c := range a.Candidates {
		if coversRest(c.Rule) {
			return
		}
		described = append(described, describedGoods(c.Rule)...)
	}
	a.Uncovered = fmt.Sprintf("the rules cover only %s; a good of %s that is none of these has no rule in this copy of GN 11(o)", strings.Join(described, "; "), a.Query.Code)
}

// coversRest reports whether a rule has a branch for every good of its
// provisions: its opening phrase describes no goods, and some branch
// describes none either, or is for "any other good".
func coversRest(r *Rule) bool {
	if r.Lead != nil && (r.Lead.Desc != "" || r.Lead.After != "") {
		return false
	}
	for _, b := range r.Branches {
		if !b.Target.Qualified() || b.Target.Other {
			return true
		}
	}
	return false
}

// describedGoods lists the goods a rule limited to described goods covers.
func describedGoods(r *Rule) []string {
	if r.Lead != nil && (r.Lead.Desc != "" || r.Lead.After != "") {
		return []string{r.Lead.Goods() + " (" + r.Citation() + ")"}
	}
	var out []string
	for i := range r.Branches {
		b := &r.Branches[i]
		out = append(out, b.Target.Description()+" ("+r.BranchCitation(b)+")")
	}
	return out
}

// notes collects the notes that govern the good: its chapter's, and the
// chapter groups' (GN 11(n)).
func (b *Base) notes(a *Answer, chapter string) error {
	keys := append([]string{chapter}, b.groupsOf(chapter)...)
	sort.Strings(keys)
	for _, k := range keys {
		ch, err := b.Chapter(k)
		if err != nil {
			return err
		}
		if ch == nil {
			continue
		}
		for _, n := range ch.Notes {
			if n.Period.Contains(a.Query.Date) && n.GovernsCode(a.Query.Code) {
				a.Notes = append(a.Notes, n)
			}
		}
	}
	return nil
}
