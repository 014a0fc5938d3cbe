package origin

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/rules"
)

// This file and automotive_*.go apply the automotive appendix (package
// auto) to a determination through four small hooks:
//
//   - autoPrepare, when the determination starts: is the good a vehicle
//     (and of which class) or a part for a vehicle use, and which table is
//     it in;
//   - autoThreshold, for each branch's RVC: the staged or table thresholds
//     that replace the rule's;
//   - autoBar, after each branch: a core part cannot be originating by a
//     change in tariff classification alone;
//   - autoWithholds, before a good is found originating: the further
//     requirements of a vehicle (core parts, labour value content, steel
//     and aluminum), and the core-part RVC under criterion D;
//
// and autoFinish records what was done on the result.

// Assumption codes of the automotive appendix.
const (
	// AssumeVehicleClass: a fact answered from the declared vehicle class,
	// or a purchase requirement with nothing to test.
	AssumeVehicleClass AssumptionCode = "vehicle-class"
	// AssumeCorePart: a BOM line taken to be a Table A.2 part by its code.
	AssumeCorePart AssumptionCode = "table-a2-part"
)

// autoState is the appendix's part in one determination; nil when the good
// is neither a vehicle nor declared for a vehicle use.
type autoState struct {
	tables *auto.Tables
	vc     auto.VehicleClass
	part   auto.PartRequirement
	res    *Automotive
	// broken says why the embedded appendix could not be read.
	broken string
}

// autoUse maps a workbook's vehicle use to the appendix's.
func autoUse(u VehicleUse) auto.Use {
	switch u {
	case UsePassengerVehicle:
		return auto.UsePassengerVehicle
	case UseLightTruck:
		return auto.UseLightTruck
	case UseHeavyTruck:
		return auto.UseHeavyTruck
	case UseOtherVehicle:
		return auto.UseOtherVehicle
	case UseAftermarket:
		return auto.UseAftermarket
	}
	return 0
}

// autoPrepare decides what the appendix asks of the good.
func (d *determination) autoPrepare() {
	use := autoUse(d.g.VehicleUse)
	vc := auto.ClassifyVehicle(d.g.HTS, use)
	if use == 0 && !vc.Vehicle {
		return
	}
	a := &autoState{vc: vc, res: &Automotive{Vehicle: vc.Vehicle, Class: vc.Class, Use: use}}
	if f := d.g.Vehicle; f != nil {
		a.res.Ref = f.Ref
		a.res.Period = periodText(f)
	}
	d.auto = a
	t, err := auto.Default()
	if err != nil {
		a.broken = "the embedded automotive appendix cannot be read: " + err.Error()
		d.reason("%s; roo cannot apply it", a.broken)
		return
	}
	a.tables = t
	if vc.Vehicle {
		if vc.Problem != "" {
			d.needInput(vc.Problem)
			return
		}
		a.provision(fmt.Sprintf("UR §12: %s", vc.Why))
		d.deriveClassFacts(vc.Class)
		return
	}
	if d.g.Vehicle != nil {
		a.provision("the Vehicle sheet's figures are for vehicles of 87.01 to 87.06; roo does not use them for a part")
	}
	a.part = t.PartRequirement(d.g.HTS, use, d.facts.get)
	a.res.Table = a.part.Table
	for _, w := range a.part.Why {
		a.provision(w)
	}
	switch {
	case use == auto.UseAftermarket:
		a.provision("UR §14(18): an aftermarket part is held to its rule's own thresholds (the branch \"for any other good\"); the phase-in does not apply to it")
	case a.part.Provision == nil && !a.part.Undetermined():
		a.provision(fmt.Sprintf("the good is in none of the automotive appendix tables for use in %s: its rule's own thresholds apply", use))
	}
}

// provision records a provision applied, once.
func (a *autoState) provision(s string) {
	for _, p := range a.res.Provisions {
		if p == s {
			return
		}
	}
	a.res.Provisions = append(a.res.Provisions, s)
}

// deriveClassFacts answers, from the declared class, the rule's questions
// whether the good is a passenger vehicle, light truck or heavy truck, or a
// vehicle for off-road use (which UR §12 keeps out of those classes). A
// workbook answer stands; one that contradicts the class makes the class
// an open input.
func (d *determination) deriveClassFacts(c auto.Class) {
	ans, err := d.opts.Rules.Lookup(rules.Query{Code: d.g.HTS, Former: d.g.FormerCode, Date: d.date, Use: ruleUse(d.g.VehicleUse),
		Route: rules.Route{Producer: d.g.ProducerCountry, Importer: d.g.ImportingCountry}})
	if err != nil {
		return
	}
	for _, cand := range ans.Candidates {
		r := cand.Rule
		for i := range r.Branches {
			for _, cond := range r.Facts(&r.Branches[i]) {
				if cond.Kind != rules.Product || strings.HasPrefix(cond.Key, "product-other-") {
					continue
				}
				yes, ok := classAnswer(cond.Text, c)
				if !ok {
					continue
				}
				if given, known := d.facts.get(cond.Key); known {
					if given != yes {
						d.auto.res.Class = 0
						d.needInput(fmt.Sprintf("the vehicle use: the workbook declares a %s but answers %s to the fact %s (%s)", c, yesNoWord(given), cond.Key, cond.Question))
					}
					continue
				}
				d.facts.given[normalizeFactKey(cond.Key)] = yes
				d.res.Assumptions = append(d.res.Assumptions, Assumption{Code: AssumeVehicleClass, Ref: d.g.Ref,
					Message: fmt.Sprintf("the fact %s (%s) is answered %s from the declared vehicle class, a %s (UR §12)", cond.Key, cond.Question, yesNoWord(yes), c)})
			}
		}
	}
}

// classAnswer says what a class answers to a product description that
// names a class or off-road use.
func classAnswer(text string, c auto.Class) (yes, ok bool) {
	t := strings.ToLower(text)
	switch {
	case strings.Contains(t, "off-road"):
		if c == auto.OtherVehicle {
			return false, false // an other vehicle may or may not be one
		}
		return false, true
	case strings.Contains(t, "passenger vehicle"):
		return c == auto.PassengerVehicle, true
	case strings.Contains(t, "light truck"):
		return c == auto.LightTruck, true
	case strings.Contains(t, "heavy truck"):
		return c == auto.HeavyTruck, true
	}
	return false, false
}

func yesNoWord(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func periodText(f *VehicleFigures) string {
	switch {
	case !f.PeriodFrom.IsZero() && !f.PeriodTo.IsZero():
		return f.PeriodFrom.Format("2006-01-02") + " to " + f.PeriodTo.Format("2006-01-02")
	case !f.PeriodFrom.IsZero():
		return "from " + f.PeriodFrom.Format("2006-01-02")
	case !f.PeriodTo.IsZero():
		return "to " + f.PeriodTo.Format("2006-01-02")
	}
	return ""
}
