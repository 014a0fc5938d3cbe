package origin

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
)

// setRule applies UR §6 to a good classified as a set by GRI 3: it is
// originating when the non-originating goods in it make up no more than 10%
// of the value of the set, valued as the good is for RVC (§6(4)).
func (d *determination) setRule() Outcome {
	amount := decimal.Zero
	for i := range d.res.VNM.Lines {
		l := &d.res.VNM.Lines[i]
		if l.Depth != 0 || l.Material.Kind == KindPacking || l.Material.Kind == KindIndirect {
			continue
		}
		counted := l.NonOriginating && (l.Treatment == TreatNonOriginating || l.Treatment == TreatAccumulated)
		if l.Treatment == TreatTraced && l.Material.Children != nil && tracedHasNOM(d.res.VNM, l.Material) {
			counted = true // a self-produced good of the set with non-originating inputs: counted whole
		}
		if counted {
			amount = amount.Add(l.Value)
		}
	}
	var basis *valueBasis
	if d.g.TransactionValue.Valid {
		basis = &valueBasis{"transaction value", d.g.TransactionValue.Decimal}
	} else if nc, _ := ResolveNetCost(d.g); nc.Valid {
		basis = &valueBasis{"net cost", nc.Decimal}
	}
	if basis == nil {
		d.reason("the set rule (UR §6) needs the value of the set: the workbook gives no transaction value or net cost")
		d.needInput("the set's transaction value or net cost")
		return Undetermined
	}
	dm := &DeMinimis{Rule: "UR §6", Basis: basis.name + " of the set", BasisSize: basis.size, Amount: amount, Limit: deMinimisPercent,
		Percent: percentOf(amount, basis.size), Met: within(amount, basis.size, deMinimisPercent)}
	if dm.Met {
		d.res.DeMinimis = dm
		d.qualify("B", "UR §6 (sets)", "the good is a set (GRI 3) whose non-originating goods are within 10% of its value: "+describeDeMinimis(dm))
		return Pass
	}
	d.reason("as a set (UR §6) it does not qualify: %s", describeDeMinimis(dm))
	return Fail
}

// tracedHasNOM reports whether a traced material has non-originating inputs.
func tracedHasNOM(v VNM, m *Material) bool {
	inside := subtree(m)
	for i := range v.Lines {
		l := &v.Lines[i]
		if inside[l.Material] && l.Counted.IsPositive() {
			return true
		}
	}
	return false
}

// sameProvision reports whether a material cannot change classification
// from the good because they share a subheading, or a heading not divided
// into subheadings (UR §3(4)(a)).
func sameProvision(good, mat hs.Code) (bool, string) {
	switch {
	case len(mat) < 6:
		return false, ""
	case mat.Subheading() == good.Subheading():
		return true, "subheading " + good.Subheading().String()
	case mat.Heading() == good.Heading() && hs.Undivided(good.Heading()):
		return true, "heading " + good.Heading().String() + ", which is not divided into subheadings"
	}
	return false, ""
}

// criterionD applies Article 4.2(d) (UR §3(4)): a good whose
// non-originating materials cannot change classification because they share
// its subheading (or undivided heading), or that was imported unassembled,
// is originating with an RVC of 60% (transaction value) or 50% (net cost).
// It is not available for chapters 61 to 63.
func (d *determination) criterionD() Outcome {
	if componentGood(d.g.HTS) {
		return Fail
	}
	var why string
	for _, br := range d.res.Branches {
		if len(br.failing) == 0 {
			continue
		}
		all, where := true, ""
		for _, l := range br.failing {
			ok, w := sameProvision(d.g.HTS, l.Material.HTS)
			all, where = all && ok, w
		}
		if all {
			why = fmt.Sprintf("the materials failing %s are classified in the good's own %s", br.Citation, where)
			break
		}
	}
	unassembled, _ := d.facts.get(FactUnassembled)
	if why == "" && !unassembled {
		return Fail
	}
	if unassembled {
		why = "the good was imported unassembled and is classified as assembled (GRI 2(a))"
	}
	// An explicit "no" ends criterion D before its RVC is asked for: the
	// criterion covers only materials "provided for as parts" of the good
	// (19 USC 4531(c)(1)(D); Art. 4.2(d)(i)).
	if !unassembled {
		if yes, known := d.facts.get(FactPartsSameSubheading); known && !yes {
			d.reason("criterion D does not apply: the workbook states the materials of the good's own provision are not parts of it")
			return Fail
		}
	}
	met, figs, missing := d.criterionDRVC()
	if w := d.rvcWaiver(); w != nil && w.Met {
		met, missing = true, ""
		why += "; its RVC need not be met: all non-originating materials are within de minimis (" + describeDeMinimis(w) + ")"
	}
	switch {
	case missing != "" && !met:
		d.reason("criterion D could apply (%s), but its RVC cannot be computed: the workbook gives no %s", why, missing)
		d.needInput("the good's " + missing + " (criterion D)")
		return Undetermined
	case !met:
		d.reason("criterion D could apply (%s), but the RVC is below 60%% (transaction value) and 50%% (net cost)", why)
		return Fail
	}
	if !unassembled {
		if _, known := d.facts.get(FactPartsSameSubheading); !known {
			d.reason("criterion D would confer origin (%s, and the RVC is met) if those materials are provided for as parts of the good", why)
			d.needFact(Fact{Key: FactPartsSameSubheading, Question: factQuestions[FactPartsSameSubheading], For: "criterion D (UR §3(4))"})
			return Undetermined
		}
	}
	d.res.RVC = figs
	d.qualify("D", "UR §3(4); 19 USC 4531(c)(1)(D)", "criterion D: "+why+", and the RVC meets "+criterionDTV.String()+"% (transaction value) or "+criterionDNC.String()+"% (net cost)")
	return Pass
}

// criterionDRVC tests the RVC of criterion D.
func (d *determination) criterionDRVC() (met bool, figs []RVCFigure, missing string) {
	var absent []string
	for _, m := range []struct {
		method Method
		th     decimal.Decimal
	}{{TransactionValue, criterionDTV}, {NetCost, criterionDNC}} {
		if !methodChosen(d.g, m.method, true) {
			continue
		}
		f, ok := d.figure(m.method)
		if !ok {
			if !(m.method == TransactionValue && d.g.NoTransactionValue) {
				absent = append(absent, methodBase(m.method))
			}
			continue
		}
		f.Threshold = decimal.NullDecimal{Decimal: m.th, Valid: true}
		figs = append(figs, f)
		met = met || f.Meets(m.th)
	}
	switch {
	case len(absent) == 2:
		missing = "transaction value or net cost"
	case len(absent) == 1 && !met:
		missing = absent[0]
	}
	return met, figs, missing
}
