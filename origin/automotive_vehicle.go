package origin

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/rules"
)

// autoWithholds applies what the appendix asks beside the rule before a
// good is found originating under a criterion: a passenger vehicle, light
// truck or heavy truck must also have originating Table A.2 parts (UR
// §14(4), passenger vehicles and light trucks), its labour value content
// (UR §18) and 70% originating steel and aluminum purchases (UR §17); a
// core part found originating by criterion D must still meet the core-part
// RVC (UR §14(2), §15(4)). It reports true when it withholds origin, with
// the status, reasons and changes set and the result finished.
func (d *determination) autoWithholds(criterion, rule, why string) bool {
	a := d.auto
	if a == nil || a.broken != "" {
		if a != nil {
			return d.withhold(NeedsReview, rule, why, a.broken)
		}
		return false
	}
	if criterion == "D" && d.criterionDShort(rule, why) {
		return true
	}
	if !a.res.Vehicle {
		return false
	}
	switch a.res.Class {
	case 0:
		return d.withhold(NeedsReview, rule, why, "the vehicle's class (UR §12) is not settled, and it decides what else the vehicle must meet")
	case auto.OtherVehicle:
		return false
	}
	var notMet, open []string
	var changes []Change
	note := func(o auto.Outcome, s string) {
		switch o {
		case auto.NotMet:
			notMet = append(notMet, s)
		case auto.Open:
			open = append(open, s)
		}
	}
	if a.res.Class == auto.PassengerVehicle || a.res.Class == auto.LightTruck {
		c := d.coreParts()
		a.res.CoreParts = &c
		note(c.Outcome, coreSummary(c))
		for _, m := range c.Missing {
			d.needInput("Vehicle sheet: " + m + " (UR §14(4))")
		}
		if c.Outcome == auto.NotMet {
			changes = append(changes, Change{Kind: "automotive", Branch: c.Cite, Text: coreFix(c)})
		}
	}
	f := d.g.Vehicle
	if f == nil {
		f = &VehicleFigures{}
		d.needInput(fmt.Sprintf("the Vehicle sheet's figures for good %s: labour value content, and steel and aluminum purchases (UR §17, §18)", d.g.ID))
	}
	lvc := auto.ComputeLVC(f.LVC, a.res.Class, d.date)
	a.res.LVC = &lvc
	note(lvc.Outcome, fmt.Sprintf("%s: labour value content %s", lvc.Requirement.Cite, lvcSummary(lvc)))
	for _, m := range lvc.Missing {
		if d.g.Vehicle != nil {
			d.needInput("Vehicle sheet: " + m + " (" + lvc.Requirement.Cite + ")")
		}
	}
	if lvc.Outcome == auto.NotMet {
		changes = append(changes, Change{Kind: "automotive", Branch: lvc.Requirement.Cite,
			Text: fmt.Sprintf("labour value content: %s more points are needed (%s)", auto.Show(lvc.Shortfall.Decimal), lvcSummary(lvc))})
	}
	for _, m := range []struct {
		metal auto.Metal
		p     auto.Purchases
		out   **auto.PurchaseResult
	}{{auto.Steel, f.Steel, &a.res.Steel}, {auto.Aluminum, f.Aluminum, &a.res.Aluminum}} {
		r := auto.CheckPurchases(m.metal, m.p, d.date)
		*m.out = &r
		note(r.Outcome, r.Why)
		if d.g.Vehicle != nil {
			for _, x := range r.Missing {
				d.needInput("Vehicle sheet: " + x + " (" + r.Cite + ")")
			}
		}
		if r.Assumed != "" {
			d.res.Assumptions = append(d.res.Assumptions, Assumption{Code: AssumeVehicleClass, Ref: f.Ref, Message: r.Assumed})
		}
		if r.Outcome == auto.NotMet {
			changes = append(changes, Change{Kind: "automotive", Branch: r.Cite, Value: r.Shortfall,
				Text: fmt.Sprintf("%s purchases: %s %s more of them must be originating, in place of non-originating ones, to reach %s%% (%s)", r.Metal, money2(r.Shortfall.Decimal), d.g.Currency, r.Required, r.Cite)})
		}
	}
	switch {
	case len(notMet) > 0:
		d.withhold(DoesNotQualify, rule, why, strings.Join(notMet, "; "))
		d.res.Changes = append(d.res.Changes, changes...)
		return true
	case len(open) > 0:
		return d.withhold(NeedsReview, rule, why, strings.Join(open, "; "))
	}
	d.res.Reasons = append(d.res.Reasons, fmt.Sprintf("the further requirements of a %s are met: %s", a.res.Class, metSummary(a.res)))
	return false
}

// withhold records that the appendix withholds origin from a good that
// meets a criterion, and finishes the result.
func (d *determination) withhold(s Status, rule, why, because string) bool {
	d.res.Status = s
	d.res.Criterion = ""
	if rule != "" {
		d.res.Rule = rule
	}
	verdict := "does not qualify"
	if s == NeedsReview {
		verdict = "needs review"
	}
	d.res.Reasons = append([]string{fmt.Sprintf("%s, but it %s under the automotive appendix: %s", why, verdict, because)}, d.res.Reasons...)
	d.finish()
	return true
}

// criterionDShort holds an automotive good found originating by criterion
// D to the RVC the appendix sets for it — a vehicle's staged threshold (UR
// §13), a part's table threshold (UR §14, §15, §20) — when that is higher
// than criterion D's: roo reads those provisions as the good's RVC
// requirement whatever the criterion (UR §14(2) says so of core parts in
// terms). It reports true when the RVC falls short, with the result
// finished.
func (d *determination) criterionDShort(rule, why string) bool {
	a := d.auto
	var th rules.Resolved
	var cite string
	switch {
	case a.res.Vehicle && a.res.Class != 0 && a.res.Class != auto.OtherVehicle:
		v, ok := a.tables.VehicleRVC(d.g.HTS, a.res.Class)
		if !ok {
			return false
		}
		th, cite = v.RVC.At(d.date), fmt.Sprintf("%s: %s threshold %s as of %s", v.Cite(), a.res.Class, auto.ThresholdWords(v.RVC.At(d.date)), d.date)
	case !a.res.Vehicle && a.part.Provision != nil:
		r, ok := a.part.Provision.At(d.date, criterionDThresholds)
		if !ok {
			return false
		}
		th, cite = r, a.part.Provision.Describe(d.date, r)
	default:
		return false
	}
	for _, f := range d.res.RVC {
		need := th.NC
		if f.Method == TransactionValue {
			need = th.TV
		}
		if need.Valid && f.Meets(need.Decimal) {
			a.provision(fmt.Sprintf("criterion D: the good also meets the appendix's RVC, %s (%s%% by the %s method)", cite, f.Display(), methodBase(f.Method)))
			return false
		}
	}
	return d.withhold(DoesNotQualify, rule, why, fmt.Sprintf("criterion D's RVC is met, but not the RVC the appendix sets for the good: %s", cite))
}

func coreSummary(c auto.CoreResult) string {
	return fmt.Sprintf("%s: the Table A.2 parts are %s", c.Cite, map[auto.Outcome]string{auto.Met: "originating", auto.NotMet: "not all originating", auto.Open: "of undetermined origin"}[c.Outcome])
}

func coreFix(c auto.CoreResult) string {
	var names []string
	for _, p := range c.Parts {
		if p.Outcome == auto.NotMet {
			names = append(names, p.Part.Name)
		}
	}
	return fmt.Sprintf("core parts (%s): make originating, re-source or certify %s", c.Cite, strings.Join(names, ", "))
}

func lvcSummary(l auto.LVCResult) string {
	if l.Outcome == auto.Open {
		return "cannot be computed"
	}
	return fmt.Sprintf("%s%% on the %s, %s high-wage points (needs %s%% with %s)", auto.Show(l.Total), l.Basis, auto.Show(l.HighWage), l.Requirement.Total, l.Requirement.HighWage)
}

func metSummary(a *Automotive) string {
	var parts []string
	if a.CoreParts != nil {
		parts = append(parts, coreSummary(*a.CoreParts))
	}
	if a.LVC != nil {
		parts = append(parts, fmt.Sprintf("%s: labour value content %s", a.LVC.Requirement.Cite, lvcSummary(*a.LVC)))
	}
	for _, p := range []*auto.PurchaseResult{a.Steel, a.Aluminum} {
		if p != nil {
			parts = append(parts, p.Why)
		}
	}
	return strings.Join(parts, "; ")
}
