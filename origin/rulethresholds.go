package origin

import (
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// AppliedRule is a rule's requirements as a determination applies them to
// a good of a code, for a vehicle use, on a date: the automotive
// appendix's thresholds in place of the rule's own (the staged vehicle
// thresholds of UR §13, the table thresholds of UR §14–§15, §20), and for
// a vehicle the further requirements it must meet. It is what roo rule
// prints with --as-of and --use (issue 17 item 13).
type AppliedRule struct {
	// Automotive is true when the appendix applies to the good.
	Automotive bool
	// Requirements are the branch requirements, by branch citation, with
	// the thresholds in force.
	Requirements map[string][]string
	// Provisions are the provisions of the appendix applied.
	Provisions []string
	// Further are a vehicle's further requirements on the date (labour
	// value content, steel and aluminum purchases).
	Further []string
}

// ApplyRule runs the determination's threshold function (autoThreshold)
// over every RVC branch of r for a good of code used as use on asOf. The
// rule base answers the questions the appendix asks of the good's class.
func ApplyRule(base *rules.Base, r *rules.Rule, code hs.Code, use VehicleUse, asOf time.Time) AppliedRule {
	g := &Good{HTS: code, VehicleUse: use, Facts: map[string]bool{}}
	d := &determination{g: g, opts: Options{Rules: base, AsOf: asOf}, res: &Result{AsOf: asOf}, facts: newFacts(g),
		date: rules.DateOf(asOf), missingSeen: map[string]bool{}, inputSeen: map[string]bool{}}
	d.autoPrepare()
	out := AppliedRule{Requirements: map[string][]string{}}
	if d.auto == nil || d.auto.broken != "" {
		return out
	}
	out.Automotive = true
	for i := range r.Branches {
		b := &r.Branches[i]
		if b.RVC == nil {
			continue
		}
		br := BranchResult{Citation: r.BranchCitation(b), Requirements: r.Requirements(b, d.date)}
		e := &branchEval{br: &br}
		if _, ok := d.autoThreshold(r, b, e); !ok {
			br.Requirements = append(br.Requirements, e.br.Reasons...)
		}
		out.Requirements[br.Citation] = br.Requirements
	}
	out.Provisions = append(out.Provisions, d.auto.res.Provisions...)
	out.Further = vehicleFurther(d.auto.res, d.date)
	return out
}

// vehicleFurther names what a passenger vehicle, light truck or heavy
// truck must meet besides its RVC on a date, from the functions the
// determination uses.
func vehicleFurther(a *Automotive, day rules.Date) []string {
	if !a.Vehicle || a.Class == 0 || a.Class == auto.OtherVehicle {
		return nil
	}
	var out []string
	if a.Class == auto.PassengerVehicle || a.Class == auto.LightTruck {
		out = append(out, "UR §14(4): the core parts of Table A.2 must be originating")
	}
	if req, ok := auto.LVCRequirementFor(a.Class, day); ok {
		out = append(out, fmt.Sprintf("%s: labour value content of at least %s%%, of which at least %s points of high-wage material and labour", req.Cite, req.Total, req.HighWage))
	}
	one := decimal.NewNullDecimal(decimal.NewFromInt(1))
	for _, m := range []auto.Metal{auto.Steel, auto.Aluminum} {
		r := auto.CheckPurchases(m, auto.Purchases{Total: one, Originating: one}, day)
		s := fmt.Sprintf("%s: at least %s%% of the producer's %s purchases originating", r.Cite, r.Required, m)
		if _, after, ok := strings.Cut(r.Why, "; "); ok {
			s += "; " + after
		}
		out = append(out, s)
	}
	return out
}

// VehicleUseOf maps a rules vehicle use to a workbook's (an "other" use is
// an other vehicle's).
func VehicleUseOf(u rules.Use) VehicleUse {
	switch u {
	case rules.PassengerVehicle:
		return UsePassengerVehicle
	case rules.LightTruck:
		return UseLightTruck
	case rules.HeavyTruck:
		return UseHeavyTruck
	case rules.OtherUse:
		return UseOtherVehicle
	}
	return UseUnspecified
}
