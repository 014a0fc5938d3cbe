package origin

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/rules"
)

// autoThreshold returns the thresholds a branch holds the good to on the
// date: the rule's own, or those the appendix puts in their place — the
// staged vehicle thresholds of UR §13, the table thresholds of UR §14(13)–
// (17), §15(2), (3), §20(2), (3), the new-plant option of UR §20(8). It
// reports false when facts must first settle which apply; the branch is
// then undetermined and names them.
func (d *determination) autoThreshold(r *rules.Rule, b *rules.Branch, e *branchEval) (rules.Resolved, bool) {
	base := b.RVC.At(d.date)
	a := d.auto
	if a == nil || a.broken != "" {
		return base, true
	}
	if a.res.Vehicle {
		return d.vehicleThreshold(base, e)
	}
	p := a.part
	if p.Provision == nil {
		if p.Undetermined() {
			var qs []string
			for _, f := range p.Open {
				d.branchFact(e.br, rules.Condition{Key: f.Key, Question: f.Question})
				qs = append(qs, f.Key)
			}
			e.undetermined("which automotive appendix threshold applies depends on the fact%s %s", pl(len(qs), "", "s"), strings.Join(qs, ", "))
			return base, false
		}
		return base, true
	}
	th, ok := p.Provision.At(d.date, base)
	if !ok {
		return base, true
	}
	d.replaceThreshold(e, base, th, p.Provision.Describe(d.date, th))
	return th, true
}

// vehicleThreshold is autoThreshold for a vehicle.
func (d *determination) vehicleThreshold(base rules.Resolved, e *branchEval) (rules.Resolved, bool) {
	a := d.auto
	switch a.res.Class {
	case 0:
		e.undetermined("the vehicle's class (UR §12) is not settled, and it decides the threshold")
		return base, false
	case auto.OtherVehicle:
		f := d.g.Vehicle
		if f == nil || f.NewPlant == 0 {
			return base, true
		}
		if f.NewPlantSince.IsZero() {
			e.undetermined("the new-plant option (UR §20(8)) is claimed without the date it runs from")
			e.br.MissingInputs = append(e.br.MissingInputs, "Vehicle sheet: the new plant date (the first prototype, or the refit)")
			return base, false
		}
		th, why, ok := auto.NewPlantRVC(f.NewPlant, rules.DateOf(f.NewPlantSince), d.date)
		if !ok {
			a.provision(why)
			e.passed("the new-plant option does not apply: %s", why)
			return base, true
		}
		d.replaceThreshold(e, base, th, why)
		return th, true
	}
	if f := d.g.Vehicle; f != nil && f.NewPlant != 0 {
		a.provision(fmt.Sprintf("UR §20(8): the new-plant option is for other vehicles; it does not apply to a %s", a.res.Class))
	}
	v, ok := a.tables.VehicleRVC(d.g.HTS, a.res.Class)
	if !ok {
		a.provision(fmt.Sprintf("the vehicle rules of UR §13 in the data have no staged threshold for a %s of %s: the rule's own thresholds apply", a.res.Class, d.g.HTS.Subheading()))
		return base, true
	}
	th := v.RVC.At(d.date)
	d.replaceThreshold(e, base, th, fmt.Sprintf("%s: %s threshold %s as of %s", v.Cite(), a.res.Class, auto.ThresholdWords(th), d.date))
	return th, true
}

// replaceThreshold records a threshold the appendix put in the rule's place,
// on the branch and on the result.
func (d *determination) replaceThreshold(e *branchEval, base, th rules.Resolved, why string) {
	note := why
	if ruleWords := auto.ThresholdWords(base); ruleWords != auto.ThresholdWords(th) {
		note += ", in place of the " + ruleWords + " the rule states"
	}
	d.auto.provision(note)
	e.passed("%s", note)
	for i, req := range e.br.Requirements {
		if strings.HasPrefix(req, "Regional value content of at least") {
			e.br.Requirements[i] = fmt.Sprintf("Regional value content of at least %s (%s).", auto.ThresholdWords(th), why)
		}
	}
}
