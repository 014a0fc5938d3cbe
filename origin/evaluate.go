package origin

import (
	"errors"
	"fmt"
	"strings"
	"time"

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
	if nc.Valid && len(vnm.NetCostAccumulated) > 0 {
		// UR §9(2)(a): an accumulated material enters the good's net cost at
		// its supplier's net cost, not at its price (UR §9(8) example: the
		// good's net cost 2.75, not 2.85).
		adjusted := nc.Decimal.Add(vnm.NetCostAdjustment)
		notes = append(notes, Assumption{Code: AssumeAccumulation, Ref: g.Ref, Message: fmt.Sprintf("net cost %s taken as %s for the RVC: %s (UR §9(2)(a))", nc.Decimal.String(), adjusted.String(), strings.Join(vnm.NetCostAccumulated, "; "))})
		nc.Decimal = adjusted
	}
	if nc.Valid {
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
