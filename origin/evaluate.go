package origin

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/rules"
)

// Options controls an evaluation.
type Options struct {
	// Rules is the rule base of GN 11(o) (rules.Default for the embedded
	// one). Without it no product-specific rule is applied.
	Rules *rules.Base
	// AsOf, when set, overrides the good's own date.
	AsOf time.Time
	// Today is used when neither AsOf nor the good gives a date.
	Today time.Time
	// depth counts how deep an intermediate material is being evaluated;
	// demote lists designations the UR §8(6) proviso undoes there.
	depth  int
	demote map[*Material]bool
}

// asOf picks the date a good is evaluated as of: the option, else the
// good's own date, else today.
func (o Options) asOf(g *Good) time.Time {
	switch {
	case !o.AsOf.IsZero():
		return o.AsOf
	case !g.AsOf.IsZero():
		return g.AsOf
	}
	return o.Today
}

// Evaluate determines the origin of g: it values the non-originating
// materials with roll-up, computes the RVC under every method the inputs
// allow, and applies the origin criteria (see determination.run).
func Evaluate(g *Good, opts Options) Result {
	res := Result{Good: g, AsOf: opts.asOf(g)}
	if opts.depth == 0 {
		c := ContentOf(g)
		res.Content = &c
	}
	overrides, notes := intermediates(g, opts)
	res.Assumptions = append(res.Assumptions, notes...)
	vnm, err := computeVNM(g, res.AsOf, overrides)
	if err != nil {
		return errorResult(res, err)
	}
	res.VNM = vnm
	res.Assumptions = append(res.Assumptions, vnm.Assumptions...)

	figures, assumptions, err := rvcFigures(g, vnm)
	if err != nil {
		return errorResult(res, err)
	}
	res.RVC = figures
	res.Assumptions = append(res.Assumptions, assumptions...)

	if opts.Rules == nil {
		res.Status = NeedsReview
		res.Reasons = append(res.Reasons, "no rule base was given: the product-specific rules were not applied")
		return res
	}
	d := &determination{g: g, opts: opts, res: &res, facts: newFacts(g), date: rules.DateOf(res.AsOf),
		missingSeen: map[string]bool{}, inputSeen: map[string]bool{}}
	d.run()
	return res
}

// rvcFigures computes the RVC by every method the good's values allow.
func rvcFigures(g *Good, vnm VNM) ([]RVCFigure, []Assumption, error) {
	var figs []RVCFigure
	var notes []Assumption
	if g.TransactionValue.Valid {
		r, err := NewRVC(TransactionValue, g.TransactionValue.Decimal, vnm.Total)
		if err != nil {
			return nil, nil, &InputError{Ref: g.Ref, Message: err.Error()}
		}
		figs = append(figs, RVCFigure{RVC: r})
	}
	nc, ncNotes := ResolveNetCost(g)
	notes = append(notes, ncNotes...)
	if nc.Valid {
		adjusted, accNotes, err := accumulatedNetCost(g, vnm, nc.Decimal)
		if err != nil {
			return nil, nil, err
		}
		nc.Decimal = adjusted
		notes = append(notes, accNotes...)
		r, err := NewRVC(NetCost, nc.Decimal, vnm.Total)
		if err != nil {
			return nil, nil, &InputError{Ref: g.Ref, Message: err.Error()}
		}
		figs = append(figs, RVCFigure{RVC: r})
	}
	return figs, notes, nil
}

func errorResult(res Result, err error) Result {
	res.Status = StatusError
	res.Content = nil
	var ie *InputError
	if errors.As(err, &ie) {
		res.Errors = append(res.Errors, ie.Error())
	} else {
		res.Errors = append(res.Errors, err.Error())
	}
	return res
}

// accumulatedNetCost is the good's net cost for the net cost method when a
// supplier's statement gives both its VNM and its net cost: the material
// then enters the good's net cost at the supplier's net cost, not at its
// price (UR §9(2)(a): "the net cost of the material is the net cost of the
// supplier", with the §8(2)(a)-(c) costs when not already included — roo
// takes the statement's figure as including them). The good's net cost as
// the workbook gives it carries the material at its value, so the
// difference is taken out. UR §9(8), the bearing example: a net cost of
// 2.85 with a material bought at a price above its supplier's net cost
// becomes 2.75.
func accumulatedNetCost(g *Good, vnm VNM, nc decimal.Decimal) (decimal.Decimal, []Assumption, error) {
	var notes []Assumption
	for i := range vnm.Lines {
		l := &vnm.Lines[i]
		m := l.Material
		if l.Treatment != TreatAccumulated || !m.SupplierNC.Valid || !m.SupplierVNM.Valid {
			continue
		}
		supplierNC, err := convert(m, m.SupplierNC.Decimal, g.Currency)
		if err != nil {
			return nc, nil, err
		}
		if supplierNC.Equal(l.Value) {
			continue
		}
		nc = nc.Sub(l.Value).Add(supplierNC)
		notes = append(notes, Assumption{Code: AssumeAccumulation, Ref: m.Ref,
			Message: fmt.Sprintf("%s enters the good's net cost at its supplier's net cost %s, not its value %s (UR §9(2)(a)): the good's net cost for the net cost method is %s", partName(m), supplierNC.String(), l.Value.String(), nc.String())})
	}
	if !nc.IsPositive() {
		return nc, nil, &InputError{Ref: g.Ref, Message: fmt.Sprintf("the good's net cost with its suppliers' net costs in place of their materials' values is %s, not positive: check the Supplier NC and the good's net cost", nc.String())}
	}
	return nc, notes, nil
}
