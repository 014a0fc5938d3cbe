package origin

import (
	"fmt"

	"github.com/roo-trade/roo/origin/auto"
)

// Automotive is what the automotive appendix made of a good: its vehicle
// class or the table it is in as a part, the provisions applied with their
// citations and numbers, and, for a passenger vehicle, light truck or heavy
// truck, the further requirements of UR §14(4), §17 and §18.
type Automotive struct {
	// Vehicle is true for a vehicle; Class is then its class (0 when the
	// workbook does not settle it).
	Vehicle bool
	Class   auto.Class
	// Use is the good's declared use.
	Use auto.Use
	// Table is the appendix table a part is in, if any.
	Table auto.Table
	// Provisions are the provisions applied, each with its citation and
	// the numbers it set: "UR §14(15): principal part threshold 70% NC as
	// of 2026-07-01".
	Provisions []string
	// CoreParts, LVC, Steel and Aluminum are the further requirements of a
	// passenger vehicle, light truck or heavy truck (nil when they do not
	// apply or were not reached).
	CoreParts       *auto.CoreResult
	LVC             *auto.LVCResult
	Steel, Aluminum *auto.PurchaseResult
	// Period is the period the Vehicle sheet's figures cover, as given.
	Period string
	// Ref locates the Vehicle sheet's figures.
	Ref string
}

// Steps describes the automotive determination one step a line, in the
// order the law applies it, for an audit file.
func (a *Automotive) Steps() []string {
	var out []string
	switch {
	case a.Vehicle && a.Class != 0:
		out = append(out, fmt.Sprintf("vehicle class: %s (UR §12)", a.Class))
	case a.Vehicle:
		out = append(out, "vehicle class: not settled (UR §12)")
	case a.Table != "":
		out = append(out, fmt.Sprintf("part for use in %s: %s of the automotive appendix", a.Use, a.Table.Name()))
	case a.Use != 0:
		out = append(out, fmt.Sprintf("part for use in %s: in none of the appendix tables for that use", a.Use))
	}
	out = append(out, a.Provisions...)
	if c := a.CoreParts; c != nil {
		out = append(out, fmt.Sprintf("%s, Table A.2 parts (core-part RVC %s%% NC, UR §14(13)): %s", c.Cite, c.Threshold, c.Outcome))
		for _, p := range c.Parts {
			out = append(out, "  "+p.Why)
		}
		if c.SuperCore != "" {
			out = append(out, "  "+c.SuperCore)
		}
	}
	if l := a.LVC; l != nil {
		out = append(out, fmt.Sprintf("%s, labour value content: %s", l.Requirement.Cite, l.Outcome))
		for _, s := range l.Lines {
			out = append(out, "  "+s)
		}
	}
	for _, p := range []*auto.PurchaseResult{a.Steel, a.Aluminum} {
		if p != nil {
			out = append(out, fmt.Sprintf("%s, %s purchases: %s — %s", p.Cite, p.Metal, p.Outcome, p.Why))
		}
	}
	if a.Period != "" {
		out = append(out, "figures for the period "+a.Period)
	}
	return out
}
