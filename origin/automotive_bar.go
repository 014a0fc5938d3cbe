package origin

import "fmt"

// autoBar takes from a part the branches of its rule that the appendix
// does not let confer origin: a change in tariff classification alone does
// not make a core part of Table A.1 for a passenger vehicle or light truck
// originating (UR §14(2)), nor an engine, gear box or chassis for a heavy
// truck (UR §15(4)). When a fact must say whether the part is one, a branch
// that would pass is undetermined instead.
func (d *determination) autoBar(hasRVC bool, br *BranchResult) {
	a := d.auto
	if a == nil || a.res.Vehicle || hasRVC || br.Outcome == NotApplicable {
		return
	}
	p := a.part
	switch {
	case p.RVCRequired:
		what := "a core part of Table A.1 for use in " + a.res.Use.String()
		if p.RequiredBy == "UR §15(4)" {
			what = "an engine, gear box or chassis for use in a heavy truck"
		}
		br.Outcome = NotApplicable
		br.Reasons = append(br.Reasons, fmt.Sprintf("%s: %s is originating only if it meets the regional value content; this branch asks only a change in tariff classification, which is not enough", p.RequiredBy, what))
		a.provision(fmt.Sprintf("%s: as %s, the good must meet the regional value content; its rule's branches that ask only a change in tariff classification do not apply", p.RequiredBy, what))
	case p.MaybeRVCRequired && br.Outcome == Pass:
		br.Outcome = Undetermined
		for _, f := range p.Open {
			br.Missing = append(br.Missing, Fact{Key: f.Key, Question: f.Question, For: br.Citation})
		}
		br.Reasons = append(br.Reasons, "the branch asks only a change in tariff classification, which is not enough if the good is a core part (UR §14(2), §15(4)); the facts named say whether it is")
	}
}
