package origin

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// maxDepth bounds how deep intermediate materials are evaluated under their
// own rules.
const maxDepth = 4

// intermediates checks the materials the producer designated as
// intermediate materials (UR §8(6)–(8)). Each is evaluated under its own
// product-specific rule, valued at its total cost, and counts as originating
// only if it qualifies (§8(7)(a)). No intermediate material subject to an
// RVC requirement may contain another designated one that is also subject
// to one (the §8(6) proviso): such an inner material is traced as an
// ordinary self-produced material when the outer one is evaluated. It
// returns what the VNM must take differently from the workbook, and why.
func intermediates(g *Good, opts Options) (map[*Material]override, []Assumption) {
	if opts.Rules == nil || opts.depth >= maxDepth {
		return nil, nil
	}
	overrides := map[*Material]override{}
	var notes []Assumption
	note := func(m *Material, msg string) {
		notes = append(notes, Assumption{Code: AssumeIntermediate, Ref: m.Ref, Part: m.PartNumber, Message: msg})
	}
	var visit func(ms []*Material)
	visit = func(ms []*Material) {
		for _, m := range ms {
			if m.Kind != KindIntermediate {
				visit(m.Children)
				continue
			}
			if opts.demote[m] {
				overrides[m] = override{kind: KindSelfProduced}
				visit(m.Children)
				continue
			}
			c := checkIntermediate(g, m, opts)
			if c.override != (override{}) {
				overrides[m] = c.override
			}
			for _, n := range c.notes {
				note(m, n)
			}
			// A designated material that is originating stands for its
			// inputs; one that is not is counted whole. Either way its own
			// inputs are not looked at again here.
		}
	}
	visit(g.Materials)
	return overrides, notes
}

// intermediateCheck is the outcome of checking one designated material.
type intermediateCheck struct {
	override override
	notes    []string
	// rvc is true when the material is subject to an RVC requirement: the
	// branch or criterion under which it qualifies needs one.
	rvc bool
}

// checkIntermediate evaluates one designated material under its own rule.
func checkIntermediate(g *Good, m *Material, opts Options) intermediateCheck {
	if m.HTS == "" || len(m.Children) == 0 {
		if m.Origin == Originating {
			return intermediateCheck{notes: []string{fmt.Sprintf("intermediate %s is taken to be originating as the workbook states: without its code and inputs roo cannot check it under its own rule (UR §8(7)(a))", partName(m))}}
		}
		return intermediateCheck{}
	}
	sub := &Good{
		ID: g.ID + "/" + m.PartNumber, Description: m.Description, HTS: m.HTS, FormerCode: m.FormerCode,
		ProducerCountry: g.ProducerCountry, ImportingCountry: g.ImportingCountry, Currency: g.Currency,
		// An intermediate material is valued at its total cost, without
		// profit (UR §8(8)); its net cost is taken as that value.
		NetCost:            decimal.NewNullDecimal(m.Value),
		NoTransactionValue: true,
		VehicleUse:         g.VehicleUse, AsOf: g.AsOf, Materials: m.Children, Facts: g.Facts, Ref: m.Ref,
	}
	sopts := opts
	sopts.depth++
	res := Evaluate(sub, sopts)
	var out intermediateCheck
	out.rvc = subjectToRVC(res)
	if out.rvc {
		// The proviso: the designations inside it that are themselves
		// subject to an RVC requirement do not hold.
		inner := map[*Material]bool{}
		var names []string
		walkInner(m.Children, func(j *Material) {
			if checkIntermediate(g, j, sopts).rvc {
				inner[j] = true
				names = append(names, partName(j))
			}
		})
		if len(inner) > 0 {
			sopts.demote = inner
			res = Evaluate(sub, sopts)
			out.rvc = subjectToRVC(res)
			out.notes = append(out.notes, fmt.Sprintf("%s cannot stay designated inside %s: both are subject to an RVC requirement (UR §8(6)); roo traces %s as ordinary self-produced materials when it evaluates %s", strings.Join(names, ", "), partName(m), pl(len(names), "it", "them"), partName(m)))
		}
	}
	where := res.Rule
	if where == "" {
		where = "criterion " + res.Criterion
	}
	switch {
	case m.Origin == NonOriginating:
		// The producer may always treat it as non-originating (UR §7(21)).
	case res.Status == Qualifies:
		out.override = override{origin: Originating}
		if m.Origin != Originating {
			out.notes = append(out.notes, fmt.Sprintf("intermediate %s qualifies under its own rule (%s), so it counts as originating", partName(m), where))
		}
	case res.Status == DoesNotQualify:
		out.override = override{origin: NonOriginating}
		out.notes = append(out.notes, fmt.Sprintf("intermediate %s does not qualify under its own rule (%s): it counts at its value as non-originating (UR §8(7)(a)); %s", partName(m), res.Rule, firstReason(res)))
	case m.Origin == Originating:
		out.notes = append(out.notes, fmt.Sprintf("intermediate %s is taken to be originating as the workbook states; roo could not confirm it under its own rule: %s", partName(m), firstReason(res)))
	}
	return out
}

// subjectToRVC reports whether a qualifying result rests on an RVC.
func subjectToRVC(res Result) bool {
	if res.Status != Qualifies {
		return false
	}
	if res.Criterion == "D" {
		return true
	}
	for _, f := range res.RVC {
		if f.Threshold.Valid {
			return true
		}
	}
	return false
}

// walkInner visits the designated intermediate materials below ms.
func walkInner(ms []*Material, f func(*Material)) {
	for _, m := range ms {
		if m.Kind == KindIntermediate {
			f(m)
		}
		walkInner(m.Children, f)
	}
}

func firstReason(res Result) string {
	if len(res.Reasons) == 0 {
		return string(res.Status)
	}
	return res.Reasons[0]
}
