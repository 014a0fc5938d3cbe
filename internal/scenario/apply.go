package scenario

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// Outcome is what a scenario made of one good.
type Outcome struct {
	Scenario string
	// LawStatus is the verdict under the law in force; Status under the
	// scenario.
	LawStatus, Status origin.Status
	// Flipped is true when the scenario changes the verdict.
	Flipped bool
	// Applied say which changes covered the good and what they did.
	Applied []string
}

// Apply applies the scenario to a result of the law in force, changing its
// status and reasons in place when a change makes it fail, and says what
// it did.
//
// What it tests: a good that qualifies under a branch of its rule that
// requires an RVC fails when, under the raised threshold, no method the
// branch allows meets it and no other passing branch (one without an RVC
// requirement, or whose RVC still meets) remains; a good below a US-content
// floor fails, and one whose US content is not known needs review. Goods that
// do not qualify or need review are left as they are: a scenario only
// tightens, and a threshold set lower than the law's is not re-evaluated
// (the result says so). Criteria A and C (wholly obtained, exclusively
// originating materials) need no RVC and are untouched by RVC changes.
func (s *Scenario) Apply(res *origin.Result) Outcome {
	out := Outcome{Scenario: s.Name, LawStatus: res.Status, Status: res.Status}
	g := res.Good
	if g == nil || res.Status == origin.StatusError {
		return out
	}
	var fails, review []string
	var rvcChanges []Change
	for _, c := range s.Changes {
		if !c.Covers(g.HTS, res.AsOf) {
			continue
		}
		switch c.Kind {
		case RVCSet, RVCRaise:
			rvcChanges = append(rvcChanges, c)
		case USContentFloor:
			msg, ok, known := usFloor(res, c)
			out.Applied = append(out.Applied, msg)
			switch {
			case !known:
				review = append(review, msg)
			case !ok:
				fails = append(fails, msg)
			}
		}
	}
	if len(rvcChanges) > 0 {
		msgs, fail := rvcTest(res, rvcChanges)
		out.Applied = append(out.Applied, msgs...)
		if fail != "" {
			fails = append(fails, fail)
		}
	}
	if res.Status != origin.Qualifies {
		return out
	}
	switch {
	case len(fails) > 0:
		out.Status = origin.DoesNotQualify
		res.Criterion = ""
	case len(review) > 0:
		out.Status = origin.NeedsReview
	}
	if out.Status != res.Status {
		out.Flipped = true
		why := append(fails, review...)
		res.Reasons = append([]string{fmt.Sprintf("under scenario %s: %s", s.Name, why[0])}, res.Reasons...)
		res.Status = out.Status
		// The law's headroom no longer holds; what would make the good
		// qualify under the scenario is not computed.
		kept := res.Changes[:0]
		for _, c := range res.Changes {
			if c.Kind != "headroom" {
				kept = append(kept, c)
			}
		}
		res.Changes = kept
		out.Applied = append(out.Applied, "what would make the good qualify under the scenario is not computed: the headroom of the law in force is left out")
	}
	return out
}

// newThreshold applies the RVC changes to a threshold, in file order.
func newThreshold(t decimal.Decimal, cs []Change) decimal.Decimal {
	for _, c := range cs {
		if c.Kind == RVCSet {
			t = c.Value
		} else {
			t = t.Add(c.Value)
		}
	}
	return t
}

// rvcTest re-tests the RVC of the branches that conferred origin under the
// raised thresholds; fail is non-empty when none passes any more.
func rvcTest(res *origin.Result, cs []Change) (msgs []string, fail string) {
	label := cs[0].Label
	if res.Status != origin.Qualifies {
		return []string{fmt.Sprintf("%s: not tested (the good does not qualify under the law in force; a scenario only tests whether qualifying goods would fail)", label)}, ""
	}
	if res.Criterion == "A" || res.Criterion == "C" {
		return []string{fmt.Sprintf("%s: criterion %s needs no RVC; unaffected", label, res.Criterion)}, ""
	}
	passing := 0
	var lastFail string
	for _, b := range res.Branches {
		if b.Outcome != origin.Pass {
			continue
		}
		required := false
		meets := false
		var figs []string
		for _, f := range b.RVC {
			if !f.Threshold.Valid || b.RVCWaived {
				continue
			}
			required = true
			t := newThreshold(f.Threshold.Decimal, cs)
			if t.LessThan(f.Threshold.Decimal) {
				msgs = append(msgs, fmt.Sprintf("%s: %s threshold %s%% would be below the law's %s%%; a lower threshold is not evaluated", label, f.Method, t, f.Threshold.Decimal))
				t = f.Threshold.Decimal
			}
			ok := f.Meets(t)
			meets = meets || ok
			verb := "meets"
			if !ok {
				verb = "is below"
			}
			figs = append(figs, fmt.Sprintf("RVC %s%% by the %s method %s %s%% (law: %s%%)", f.Percent().StringFixed(1), f.Method, verb, t, f.Threshold.Decimal))
		}
		if !required || meets {
			passing++
			if required {
				msgs = append(msgs, fmt.Sprintf("%s: %s still passes: %s", label, b.Citation, joinSemi(figs)))
			} else {
				msgs = append(msgs, fmt.Sprintf("%s: %s needs no RVC; unaffected", label, b.Citation))
			}
			continue
		}
		lastFail = fmt.Sprintf("%s: %s would fail: %s", label, b.Citation, joinSemi(figs))
		msgs = append(msgs, lastFail)
	}
	if passing == 0 && lastFail != "" {
		return msgs, lastFail
	}
	return msgs, ""
}

// usFloor tests a US-content floor: ok when met, known when US content and
// value are known.
func usFloor(res *origin.Result, c Change) (msg string, ok, known bool) {
	if res.Content == nil {
		return fmt.Sprintf("%s: the good's content is not known", c.Label), false, false
	}
	share, has := res.Content.USShare()
	if !has {
		return fmt.Sprintf("%s: US content share not known (no customs or transaction value): give it to test the %s%% US-content floor", c.Label, c.Value), false, false
	}
	if share.LessThan(c.Value) {
		return fmt.Sprintf("%s: US content %s is %s%% of the value, below the %s%% floor", c.Label, res.Content.USContent.StringFixed(2), share.StringFixed(1), c.Value), false, true
	}
	return fmt.Sprintf("%s: US content %s%% meets the %s%% floor", c.Label, share.StringFixed(1), c.Value), true, true
}

func joinSemi(ss []string) string {
	out := ""
	for i, s := range ss {
		if i > 0 {
			out += "; "
		}
		out += s
	}
	return out
}
