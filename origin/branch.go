package origin

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/rules"
)

// branchEval collects the outcome of one branch's tests.
type branchEval struct {
	br      *BranchResult
	fail    bool
	unknown bool
}

func (e *branchEval) failed(format string, args ...any) {
	e.fail = true
	e.br.Reasons = append(e.br.Reasons, fmt.Sprintf(format, args...))
}

func (e *branchEval) undetermined(format string, args ...any) {
	e.unknown = true
	e.br.Reasons = append(e.br.Reasons, fmt.Sprintf(format, args...))
}

func (e *branchEval) passed(format string, args ...any) {
	e.br.Reasons = append(e.br.Reasons, fmt.Sprintf(format, args...))
}

// evaluateBranch tests one alternative of a rule: whether it applies to the
// good, its conditions, the change in tariff classification with de
// minimis, and the regional value content.
func (d *determination) evaluateBranch(r *rules.Rule, b *rules.Branch) BranchResult {
	br := BranchResult{Citation: r.BranchCitation(b), Requirements: r.Requirements(b, d.date), noChange: b.Kind != rules.Change}
	e := &branchEval{br: &br}

	// Which goods the branch is for by code: its provisions, less any
	// excepted ("No change in tariff classification to a good of
	// subheadings 2901.10 through 2942.00, except for a good of subheading
	// 2916.32", GN 11(o) ch. 29 rule 1(B)). Every kind of branch, not only
	// a change in tariff classification, is limited to its goods.
	// A good reached through its former code (HS 2017 or 2012) is of the
	// branch when that code is.
	if in := b.Target.Refs.Contains(d.g.HTS); in.In == rules.No && (d.g.FormerCode == "" || b.Target.Refs.Contains(d.g.FormerCode).In == rules.No) {
		br.Outcome = NotApplicable
		br.Reasons = []string{fmt.Sprintf("the branch is for %s, and the good (%s) is not of it", b.Target.Description(), d.g.HTS)}
		return br
	}
	if len(b.Target.Except) > 0 {
		ex := b.Target.Except.Contains(d.g.HTS).In
		if d.g.FormerCode != "" && b.Target.Except.Contains(d.g.FormerCode).In == rules.Yes {
			ex = rules.Yes
		}
		switch ex {
		case rules.Yes:
			br.Outcome = NotApplicable
			br.Reasons = []string{fmt.Sprintf("the branch is for %s: the good (%s) is excepted from it", b.Target.Description(), d.g.HTS)}
			return br
		case rules.Maybe:
			e.undetermined("the branch excepts a good of %s, and the good's code (%s) cannot tell whether it is one: give its full code", b.Target.Except, d.g.HTS)
			br.MissingInputs = append(br.MissingInputs, fmt.Sprintf("the good's code to the digits of %s (the branch excepts it)", b.Target.Except))
		}
	}

	// Which goods the branch is for, and the facts it asks.
	for _, c := range r.Facts(b) {
		switch c.Kind {
		case rules.Material:
			continue // settled by the material tests
		case rules.Product:
			yes, known := d.productFact(r, c)
			switch {
			case known && !yes:
				br.Outcome = NotApplicable
				br.Reasons = []string{"the branch is for " + c.Text + ", and the workbook states the good is not (fact " + c.Key + ")"}
				return br
			case !known:
				e.undetermined("applies only if the good is %s (fact %s)", c.Text, c.Key)
				d.branchFact(&br, c)
			}
		default:
			d.condition(e, c)
		}
	}
	for _, n := range d.notes {
		if n.Kind != rules.Requirement || exempt(b, n) {
			continue
		}
		for _, c := range n.Conditions {
			d.condition(e, c)
			if e.fail || e.unknown {
				br.Reasons[len(br.Reasons)-1] += " (" + n.Citation() + ")"
			}
		}
	}
	if b.Kind == rules.Process {
		c := rules.Condition{Key: rules.FactKey("process", b.Process), Kind: rules.Processing,
			Question: "Is the good produced as the result of " + b.Process + "?", Text: b.Process}
		d.condition(e, c)
	}

	if b.Kind == rules.Change {
		d.tariffShift(e, b)
	} else {
		e.passed("no change in tariff classification is required")
	}
	if b.RVC != nil {
		if th, ok := d.autoThreshold(r, b, e); ok {
			d.rvcTest(e, th)
		}
	}
	switch {
	case e.fail:
		br.Outcome = Fail
	case e.unknown:
		br.Outcome = Undetermined
	default:
		br.Outcome = Pass
	}
	d.autoBar(b.RVC != nil, &br)
	return br
}

// condition checks a fact the branch requires.
func (d *determination) condition(e *branchEval, c rules.Condition) {
	yes, known := d.facts.get(c.Key)
	switch {
	case !known:
		e.undetermined("needs the fact %s: %s", c.Key, c.Question)
		d.branchFact(e.br, c)
	case !yes:
		e.failed("the workbook answers no to: %s (fact %s)", c.Question, c.Key)
	default:
		e.passed("the workbook answers yes to: %s (fact %s)", c.Question, c.Key)
	}
}

func (d *determination) branchFact(br *BranchResult, c rules.Condition) {
	for _, f := range br.Missing {
		if f.Key == c.Key {
			return
		}
	}
	br.Missing = append(br.Missing, Fact{Key: c.Key, Question: c.Question, For: br.Citation})
}

// exempt reports whether a branch says its goods are not subject to a note.
func exempt(b *rules.Branch, n *rules.Note) bool {
	for _, x := range b.Exempt {
		if strings.EqualFold(strings.TrimSpace(x), strings.TrimSpace(n.Label)) {
			return true
		}
	}
	return false
}

// productFact answers "is the good of the described kind?". For "any other
// good of …" it is derived from the answers about the goods the sibling
// branches describe when the workbook does not answer it directly.
func (d *determination) productFact(r *rules.Rule, c rules.Condition) (yes, known bool) {
	if yes, known = d.facts.get(c.Key); known {
		return
	}
	if !strings.HasPrefix(c.Key, "product-other-") {
		return false, false
	}
	all := true
	for i := range r.Branches {
		sib, ok := r.Branches[i].Target.ProductFact()
		if !ok {
			continue
		}
		y, k := d.facts.get(sib.Key)
		if k && y {
			return false, true // it is one of the described goods
		}
		all = all && k
	}
	return all, all
}

// disregard returns the test that leaves out the materials the governing
// notes say to disregard (e.g. pigments of headings 3206 or 3212 in goods
// of 3207–3215).
func (d *determination) disregard() func(*LineValue) (bool, string) {
	var notes []*rules.Note
	for _, n := range d.notes {
		if n.Kind == rules.Disregard && len(n.Conditions) == 0 && len(n.Materials) > 0 {
			notes = append(notes, n)
		}
	}
	return func(l *LineValue) (bool, string) {
		for _, n := range notes {
			if l.Material.HTS != "" && n.Materials.Contains(l.Material.HTS).In == rules.Yes {
				return true, "disregarded in determining origin (" + n.Citation() + ")"
			}
		}
		return false, ""
	}
}

// tariffShift runs the change in tariff classification, rescued where it
// can be by de minimis (UR §5(1)).
func (d *determination) tariffShift(e *branchEval, b *rules.Branch) {
	br := e.br
	br.Materials = d.testMaterials(b, d.disregard())
	var failing, open []*LineValue
	for i := range br.Materials {
		t := &br.Materials[i]
		switch t.Outcome {
		case Fail:
			failing = append(failing, t.Line)
		case Undetermined:
			open = append(open, t.Line)
		}
	}
	if len(failing) == 0 && len(open) == 0 {
		e.passed("every non-originating material undergoes the change in tariff classification")
		return
	}
	// De minimis first for failing and open materials together: if they all
	// fit, nothing else matters.
	if dm := d.deMinimis(append(append([]*LineValue(nil), failing...), open...)); dm != nil && dm.Met && !d.deMinimisBarred(append(failing, open...)) {
		d.admit(br, failing, open, dm)
		e.passed("%d non-originating %s not meeting the change %s admitted under de minimis: %s", len(failing)+len(open), pl(len(failing)+len(open), "material", "materials"), pl(len(failing)+len(open), "is", "are"), describeDeMinimis(dm))
		return
	}
	if len(failing) > 0 {
		dm := d.deMinimis(failing)
		br.DeMinimis = dm
		switch {
		case dm.Met && !d.deMinimisBarred(failing):
			d.admit(br, failing, nil, dm)
			e.passed("the failing materials are admitted under de minimis: %s", describeDeMinimis(dm))
		case dm.Unknown:
			e.undetermined("%s fail%s the change in tariff classification, and de minimis cannot be measured: %s", names(failing), verbS(len(failing)), dm.Why)
			d.deMinimisInput(dm)
		default:
			br.failing = failing
			e.failed("%s %s not meet the change in tariff classification, and de minimis does not save %s: %s", names(failing), pl(len(failing), "does", "do"), pl(len(failing), "it", "them"), describeDeMinimis(dm))
		}
	}
	if len(open) > 0 {
		e.undetermined("%s cannot be tested from the codes alone", names(open))
		for _, t := range br.Materials {
			if t.Outcome != Undetermined {
				continue
			}
			for _, c := range t.facts {
				d.branchFact(br, c)
			}
			if len(t.facts) == 0 {
				need := fmt.Sprintf("%s: %s", partName(t.Line.Material), strings.TrimPrefix(t.Reason, "undetermined: "))
				if t.Mapped && t.Line.Material.FormerCode == "" {
					need += " (give the material's code in that older edition, as the BOM's Former code, to settle it)"
				}
				br.MissingInputs = append(br.MissingInputs, need)
			}
		}
	}
}

// deMinimisBarred reports whether a governing note withdraws de minimis
// from one of the materials ("subdivision (e)(i) does not apply to …").
func (d *determination) deMinimisBarred(lines []*LineValue) bool {
	for _, n := range d.notes {
		if n.Kind != rules.DeMinimis || !strings.Contains(n.Text, "does not apply") {
			continue
		}
		for _, l := range lines {
			if l.Material.HTS != "" && n.Materials.Contains(l.Material.HTS).In != rules.No {
				d.res.RuleNotes = append(d.res.RuleNotes, fmt.Sprintf("%s: de minimis does not apply to %s", n.Citation(), partName(l.Material)))
				return true
			}
		}
	}
	return false
}

// admit marks materials as admitted under de minimis.
func (d *determination) admit(br *BranchResult, failing, open []*LineValue, dm *DeMinimis) {
	br.DeMinimis = dm
	in := map[*LineValue]bool{}
	for _, l := range append(failing, open...) {
		in[l] = true
	}
	for i := range br.Materials {
		if in[br.Materials[i].Line] {
			br.Materials[i].DeMinimis = true
		}
	}
}

func (d *determination) deMinimisInput(dm *DeMinimis) {
	d.needInput("de minimis: " + dm.Why)
}

// describeDeMinimis says the figures: "4.20 USD is 4.9% of the
// transaction value 86.50, within 10%".
func describeDeMinimis(dm *DeMinimis) string {
	if dm.Unknown {
		return dm.Why
	}
	if dm.Why != "" && !dm.Met {
		return dm.Why
	}
	// The verdict on the figure itself: a good within 10% by weight that
	// fails on its elastomeric content says so (issue 17 item 2).
	verdict := "within"
	if !within(dm.Amount, dm.BasisSize, dm.Limit) {
		verdict = "more than"
	}
	amount, size := dm.Amount.String(), dm.BasisSize.String()
	if !strings.Contains(dm.Basis, "weight") {
		amount, size = money2(dm.Amount), money2(dm.BasisSize)
	}
	s := fmt.Sprintf("%s is %s%% of the %s %s, %s %s%% (%s)", amount, dm.Percent.Round(1).StringFixed(1), dm.Basis, size, verdict, dm.Limit.String(), dm.Rule)
	if el := dm.Elastomeric; el != nil && el.Amount.IsPositive() && !el.Unknown {
		ev := "within"
		if !el.Met {
			ev = "more than"
		}
		s += fmt.Sprintf("; of which elastomeric content %s is %s%% of the %s %s, %s the elastomeric limit of %s%% (%s)", el.Amount.String(), el.Percent.Round(1).StringFixed(1), el.Basis, el.BasisSize.String(), ev, el.Limit.String(), el.Rule)
	}
	return s
}

// rvcTest checks the regional value content by each method the branch
// allows on the date, after the waiver of UR §5(4).
func (d *determination) rvcTest(e *branchEval, th rules.Resolved) {
	br := e.br
	br.needsRVC = true
	if !th.TV.Valid && !th.NC.Valid {
		e.undetermined("the rule sets no regional value content threshold in force on %s", d.date)
		return
	}
	if w := d.rvcWaiver(); w != nil && w.Met {
		br.RVCWaived = true
		e.passed("the regional value content need not be met: all non-originating materials are within de minimis (%s)", describeDeMinimis(w))
		return
	}
	met := false
	var missing []string
	shortfall := decimal.NullDecimal{}
	for _, m := range []struct {
		method Method
		th     decimal.NullDecimal
	}{{TransactionValue, th.TV}, {NetCost, th.NC}} {
		if !m.th.Valid {
			continue
		}
		if !methodChosen(d.g, m.method, th.TV.Valid) {
			e.br.Reasons = append(e.br.Reasons, fmt.Sprintf("the %s method is not used: %s", methodBase(m.method), describeChoice(d.g)))
			continue
		}
		if d.g.RVCMethod == TransactionValue && m.method == NetCost && !th.TV.Valid {
			e.br.Reasons = append(e.br.Reasons, "the rule has no transaction value method, so the regional value content is taken by net cost whatever the RVC method column says (UR §7(6))")
		}
		fig, ok := d.figure(m.method)
		if !ok {
			if !(m.method == TransactionValue && d.g.NoTransactionValue) {
				missing = append(missing, methodBase(m.method))
			}
			continue
		}
		fig.Threshold = m.th
		br.RVC = append(br.RVC, fig)
		if fig.Meets(m.th.Decimal) {
			met = true
			e.passed("RVC %s%% by the %s method meets %s%%", fig.Display(), methodBase(m.method), m.th.Decimal.String())
		} else {
			need := fig.Headroom(m.th.Decimal).Neg()
			if !shortfall.Valid || need.LessThan(shortfall.Decimal) {
				shortfall = decimal.NullDecimal{Decimal: need, Valid: true}
			}
			e.br.Reasons = append(e.br.Reasons, fmt.Sprintf("RVC %s%% by the %s method is below %s%%", fig.Display(), methodBase(m.method), m.th.Decimal.String()))
		}
	}
	switch {
	case met:
	case len(missing) > 0:
		e.undetermined("the regional value content cannot be computed by the %s method: the workbook gives no %s", strings.Join(missing, " or "), strings.Join(missing, " or "))
		for _, m := range missing {
			br.MissingInputs = append(br.MissingInputs, "the good's "+m)
		}
	default:
		br.shortfall = shortfall
		e.fail = true
	}
}

// figure is the good's RVC by a method, when its base is known.
func (d *determination) figure(m Method) (RVCFigure, bool) {
	for _, f := range d.res.RVC {
		if f.Method == m {
			return RVCFigure{RVC: f.RVC}, true
		}
	}
	return RVCFigure{}, false
}

// alternativeNotes applies the notes that confer origin by another route
// (GN 11(n): a chemical reaction in the territory, purification, …).
func (d *determination) alternativeNotes() Outcome {
	best := Fail
	for _, n := range d.notes {
		if n.Kind != rules.Alternative || len(n.Conditions) == 0 {
			continue
		}
		all, unknown := true, false
		var missing []rules.Condition
		for _, c := range n.Conditions {
			yes, known := d.facts.get(c.Key)
			if !known {
				unknown = true
				missing = append(missing, c)
			}
			all = all && yes
		}
		switch {
		case all && !unknown:
			d.qualify("B", n.Citation(), "meets "+n.Citation()+", which confers origin by another route than the product-specific rule")
			return Pass
		case unknown && !anyNo(d, n.Conditions):
			best = Undetermined
			for _, c := range missing {
				d.needFact(Fact{Key: c.Key, Question: c.Question, For: n.Citation()})
			}
			d.reason("%s would confer origin if: %s", n.Citation(), questions(missing))
		}
	}
	return best
}

func anyNo(d *determination, cs []rules.Condition) bool {
	for _, c := range cs {
		if yes, known := d.facts.get(c.Key); known && !yes {
			return true
		}
	}
	return false
}

func questions(cs []rules.Condition) string {
	var q []string
	for _, c := range cs {
		q = append(q, c.Question+" (fact "+c.Key+")")
	}
	return strings.Join(q, "; ")
}

// names lists the part names of lines.
func names(lines []*LineValue) string {
	var out []string
	for _, l := range lines {
		out = append(out, partName(l.Material))
	}
	if len(out) > 4 {
		return strings.Join(out[:3], ", ") + fmt.Sprintf(" and %d more", len(out)-3)
	}
	return strings.Join(out, ", ")
}

func pl(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func verbS(n int) string {
	if n == 1 {
		return "s"
	}
	return ""
}
