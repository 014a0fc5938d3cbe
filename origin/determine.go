package origin

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin/rules"
)

// determination carries the state of one good's evaluation.
type determination struct {
	g     *Good
	opts  Options
	res   *Result
	facts facts
	date  rules.Date

	missing       []Fact
	missingSeen   map[string]bool
	missingInputs []string
	inputSeen     map[string]bool
	notes         []*rules.Note
	auto          *autoState         // the automotive appendix's part, if any
	formerNeeded  map[*Material]bool // materials with a former code: whether a test needed it
}

// needFact records a fact the answer depends on.
func (d *determination) needFact(f Fact) {
	if d.missingSeen[f.Key] {
		return
	}
	d.missingSeen[f.Key] = true
	d.missing = append(d.missing, f)
}

// needInput records another input the answer depends on.
func (d *determination) needInput(s string) {
	if d.inputSeen[s] {
		return
	}
	d.inputSeen[s] = true
	d.missingInputs = append(d.missingInputs, s)
}

func (d *determination) reason(format string, args ...any) {
	d.res.Reasons = append(d.res.Reasons, fmt.Sprintf(format, args...))
}

// run applies the criteria in the order of the domain page's decision
// procedure (§13): wholly obtained (A), exclusively from originating
// materials (C), sets, the product-specific rule (B), then Article 4.2(d)
// (D). The first that confers origin decides; a criterion that could
// confer it but for a missing fact makes the good need review.
func (d *determination) run() {
	d.autoPrepare()
	if len(d.g.Materials) == 0 {
		if yes, _ := d.facts.get(FactWhollyObtained); yes {
			d.qualify("A", "", "the workbook states that the good is wholly obtained or produced in the territory (UR §3(1))")
			return
		}
		if d.itGoodRule() {
			return
		}
		d.res.Status = NeedsReview
		d.reason("the bill of materials lists no materials: roo cannot tell how the good was produced")
		d.needFact(Fact{Key: FactWhollyObtained, Question: factQuestions[FactWhollyObtained], For: "criterion A"})
		d.finish()
		return
	}
	if yes, _ := d.facts.get(FactWhollyObtained); yes && d.allOriginating() {
		d.qualify("A", "", "the workbook states that the good is wholly obtained or produced in the territory, and every material is originating (UR §3(1))")
		return
	}
	if d.allOriginating() {
		d.qualify("C", "", "every material is originating: the good is produced exclusively from originating materials (UR §3(3)); originating materials may themselves contain non-originating materials")
		return
	}
	var outcomes []Outcome
	if yes, _ := d.facts.get(FactSet); yes {
		o := d.setRule()
		if o == Pass {
			return
		}
		outcomes = append(outcomes, o)
	}
	b := d.criterionB()
	if b == Pass {
		return
	}
	outcomes = append(outcomes, b)
	if b != Undetermined {
		dOut := d.criterionD()
		if dOut == Pass {
			return
		}
		outcomes = append(outcomes, dOut)
	}
	if d.itGoodRule() {
		return
	}
	d.res.Status = DoesNotQualify
	for _, o := range outcomes {
		if o == Undetermined {
			d.res.Status = NeedsReview
		}
	}
	d.finish()
}

// allOriginating reports whether every material counted in the good is
// originating (after roll-up): indirect materials and shipping packing
// aside, no line counts as non-originating.
func (d *determination) allOriginating() bool {
	for i := range d.res.VNM.Lines {
		l := &d.res.VNM.Lines[i]
		if l.NonOriginating && (l.Treatment == TreatNonOriginating || l.Treatment == TreatAccumulated) {
			return false
		}
	}
	return true
}

// qualify records a qualifying result.
func (d *determination) qualify(criterion, rule, why string) {
	if d.nonQualifyingWithholds(criterion, rule, why) {
		return
	}
	if d.autoWithholds(criterion, rule, why) {
		return
	}
	d.res.Status = Qualifies
	d.res.Criterion = criterion
	if rule != "" {
		d.res.Rule = rule
	}
	d.res.Reasons = append([]string{why}, d.res.Reasons...)
	d.res.Assumptions = append(d.res.Assumptions, Assumption{Code: AssumeTransit, Ref: d.g.Ref,
		Message: "the good is taken to have stayed under customs control, without further production, if it left the territory before importation (UR §10)"})
	d.finish()
}

// finish fills the result's missing facts, inputs and changes.
func (d *determination) finish() {
	if d.res.Status == NeedsReview {
		d.res.MissingFacts = d.missing
		d.res.MissingInputs = d.missingInputs
	}
	d.res.Changes = d.changes()
	d.materialFormerCodesUnused()
	d.autoFinish()
}

// ruleUse maps a workbook's vehicle use to the rules' uses.
func ruleUse(u VehicleUse) rules.Use {
	switch u {
	case UsePassengerVehicle:
		return rules.PassengerVehicle
	case UseLightTruck:
		return rules.LightTruck
	case UseHeavyTruck:
		return rules.HeavyTruck
	case UseOtherVehicle, UseAftermarket:
		return rules.OtherUse
	}
	return 0
}

// criterionB applies the product-specific rule (UR §3(2)).
func (d *determination) criterionB() Outcome {
	ans, err := d.opts.Rules.Lookup(rules.Query{Code: d.g.HTS, Former: d.g.FormerCode, Date: d.date, Use: ruleUse(d.g.VehicleUse),
		Route: rules.Route{Producer: d.g.ProducerCountry, Importer: d.g.ImportingCountry}})
	if err != nil {
		d.reason("the product-specific rule could not be looked up: %v", err)
		return Undetermined
	}
	d.notes = ans.Notes
	d.formerCodeUsed(ans)
	for _, n := range ans.Notes {
		if n.Kind == rules.AutoRegime && ruleUse(d.g.VehicleUse)&(rules.PassengerVehicle|rules.LightTruck|rules.HeavyTruck) != 0 {
			d.res.RuleNotes = append(d.res.RuleNotes, n.Citation()+autoRegimeNote)
		}
		if n.Kind == rules.ComponentRule {
			d.res.Assumptions = append(d.res.Assumptions, Assumption{Code: AssumeComponent, Ref: d.g.Ref,
				Message: n.Citation() + " applies the rule only to the component that determines the tariff classification: roo tests the materials the workbook lists, which should be that component's"})
		}
	}
	if ans.NoRuleData != "" {
		d.reason("no rule data: %s; roo does not guess a rule", ans.NoRuleData)
		return Undetermined
	}
	for _, n := range ans.Needs {
		d.needInput(fmt.Sprintf("%s: the rule depends on it (%s)", n.Input, strings.Join(n.Values, "; ")))
	}
	if ans.Conflict != "" {
		d.reason("the rule data contradicts itself: %s", ans.Conflict)
	}
	ambiguous := len(ans.Needs) > 0 || ans.Conflict != ""
	var outcomes []Outcome
	for _, c := range ans.Candidates {
		if c.Match.Mapped {
			d.res.RuleNotes = append(d.res.RuleNotes, fmt.Sprintf("%s applies through an HS-edition mapping: %s", c.Rule.Citation(), c.Match.Why))
		}
		first := len(d.res.Branches)
		o := d.evaluateRule(c.Rule)
		for i := first; i < len(d.res.Branches); i++ {
			d.res.Branches[i].level = c.Level
		}
		outcomes = append(outcomes, o)
		if o == Pass && !ambiguous {
			d.finishQualify()
			return Pass
		}
	}
	if alt := d.alternativeNotes(); alt == Pass {
		return Pass
	} else if alt == Undetermined {
		outcomes = append(outcomes, Undetermined)
	}
	if ambiguous {
		all := len(outcomes) > 0
		for _, o := range outcomes {
			all = all && o == Pass
		}
		if all {
			// Every rule the missing input could select confers origin.
			d.finishQualify()
			return Pass
		}
		d.reason("which rule applies depends on an input the workbook does not give")
		return Undetermined
	}
	best := NotApplicable
	for _, o := range outcomes {
		switch {
		case o == Undetermined:
			best = Undetermined
		case o == Fail && best == NotApplicable:
			best = Fail
		}
	}
	d.summarizeBranches()
	if best == NotApplicable {
		why := "no rule covers the good"
		if ans.Uncovered != "" {
			why += ": " + ans.Uncovered
		}
		d.reason("%s; roo does not guess a rule", why)
		return Undetermined
	}
	return best
}

// summarizeBranches states, for a good the rule did not qualify, what
// each branch lacked, and gathers the facts and inputs of the branches that
// could still confer origin. It also sets the RVC thresholds shown to those
// of the branch nearest to passing.
func (d *determination) summarizeBranches() {
	var nearest *BranchResult
	for i := range d.res.Branches {
		b := &d.res.Branches[i]
		switch b.Outcome {
		case Undetermined:
			for _, f := range b.Missing {
				d.needFact(f)
			}
			for _, in := range b.MissingInputs {
				d.needInput(in)
			}
			d.reason("%s could confer origin: %s", b.Citation, strings.Join(b.Reasons, "; "))
		case Fail:
			d.reason("%s does not: %s", b.Citation, failReasons(b))
		}
		if len(b.RVC) > 0 && (b.Outcome == Undetermined || b.Outcome == Fail) && (nearest == nil || b.shortfall.Valid && (!nearest.shortfall.Valid || b.shortfall.Decimal.LessThan(nearest.shortfall.Decimal))) {
			nearest = b
		}
	}
	if nearest != nil {
		d.res.RVC = nearest.RVC
	}
}

// failReasons are the reasons a branch failed, without those it passed.
func failReasons(b *BranchResult) string {
	var out []string
	for _, r := range b.Reasons {
		if strings.HasPrefix(r, "every non-originating material undergoes") || strings.HasPrefix(r, "the workbook answers yes") ||
			strings.Contains(r, " meets ") || strings.HasPrefix(r, "applies only if") || strings.HasPrefix(r, "needs the fact") {
			continue
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return strings.Join(b.Reasons, "; ")
	}
	return strings.Join(out, "; ")
}

// finishQualify records the first branch that confers origin.
func (d *determination) finishQualify() {
	for i := range d.res.Branches {
		b := &d.res.Branches[i]
		if b.Outcome == Pass {
			d.qualifyBranch(b)
			return
		}
	}
}

// qualifyBranch records a branch that confers origin.
func (d *determination) qualifyBranch(b *BranchResult) {
	if len(b.RVC) > 0 {
		d.res.RVC = b.RVC
	}
	d.res.DeMinimis = b.DeMinimis
	d.res.RuleLevel = b.level
	why := "meets " + b.Citation
	if len(b.Reasons) > 0 {
		why += ": " + strings.Join(b.Reasons, "; ")
	}
	d.qualify("B", b.Citation, why)
}

// evaluateRule tries every branch of a rule, stopping at the first that
// confers origin (UR §3(6), §5(2)).
func (d *determination) evaluateRule(r *rules.Rule) Outcome {
	if d.res.Rule == "" {
		d.res.Rule = r.Citation()
		d.res.RuleText = rules.Render(r)
	}
	d.res.RuleNotes = append(d.res.RuleNotes, ruleDoubts(&r.Meta)...)
	if r.Status == rules.Failed {
		d.reason("no rule data: %s could not be read (%s); roo does not guess a rule", r.Citation(), r.Failure)
		return Undetermined
	}
	best := NotApplicable
	for i := range r.Branches {
		br := d.evaluateBranch(r, &r.Branches[i])
		d.res.Branches = append(d.res.Branches, br)
		switch br.Outcome {
		case Pass:
			return Pass
		case Undetermined:
			best = Undetermined
		case Fail:
			if best == NotApplicable {
				best = Fail
			}
		}
	}
	return best
}

// ruleDoubts are what an auditor should know about a rule record.
func ruleDoubts(m *rules.Meta) []string {
	var out []string
	for _, a := range m.Assumptions {
		out = append(out, "rule data: "+a)
	}
	for _, f := range m.Flags {
		out = append(out, "rule data: "+f)
	}
	if m.DataNote != "" {
		out = append(out, "rule data note: "+m.DataNote)
	}
	return out
}
