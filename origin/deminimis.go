package origin

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// percentOf is amount as a percentage of basis, to 6 places.
func percentOf(amount, basis decimal.Decimal) decimal.Decimal {
	if !basis.IsPositive() {
		return decimal.Zero
	}
	return amount.Mul(hundred).DivRound(basis, 6)
}

// within reports exactly whether amount ≤ limit% of basis.
func within(amount, basis, limit decimal.Decimal) bool {
	return amount.Mul(hundred).Cmp(limit.Mul(basis)) <= 0
}

// valueBasis is what a value test measures against.
type valueBasis struct {
	name string
	size decimal.Decimal
}

// valueBases are the bases the value tests may use, best first: the
// transaction value, the total cost, or, when only the net cost is known,
// the net cost — a smaller basis than total cost, so a test met on it is
// met on total cost too.
func (d *determination) valueBases() []valueBasis {
	var out []valueBasis
	if d.g.TransactionValue.Valid {
		out = append(out, valueBasis{"transaction value", d.g.TransactionValue.Decimal})
	}
	if tc := d.g.Costs.TotalCostAdjusted(); tc.Valid {
		out = append(out, valueBasis{"total cost", tc.Decimal})
	} else if nc, _ := ResolveNetCost(d.g); nc.Valid {
		out = append(out, valueBasis{"net cost (no total cost given; total cost is at least as large)", nc.Decimal})
	}
	return out
}

// valueShare tests amount against 10% of each value basis (UR §5(1),
// §5(4), §6): met when any basis allows it.
func (d *determination) valueShare(rule string, amount decimal.Decimal) *DeMinimis {
	bases := d.valueBases()
	if len(bases) == 0 {
		return &DeMinimis{Rule: rule, Amount: amount, Limit: deMinimisPercent, Unknown: true, Why: "no transaction value, total cost or net cost given to measure it against"}
	}
	var first *DeMinimis
	for _, b := range bases {
		dm := &DeMinimis{Rule: rule, Basis: b.name, BasisSize: b.size, Amount: amount, Limit: deMinimisPercent,
			Percent: percentOf(amount, b.size), Met: within(amount, b.size, deMinimisPercent)}
		if dm.Met {
			return dm
		}
		if first == nil {
			first = dm
		}
	}
	return first
}

// deMinimis tests whether the failing materials are admitted under de
// minimis: by value (UR §5(1)), or by weight for textiles (UR §5(6), (7)).
// It returns nil when the good has no failing materials.
func (d *determination) deMinimis(failing []*LineValue) *DeMinimis {
	if len(failing) == 0 {
		return nil
	}
	if textileWeightTest(d.g.HTS) {
		return d.weightDeMinimis(failing)
	}
	var excluded []string
	amount := decimal.Zero
	for _, l := range failing {
		amount = amount.Add(l.Value)
		if ex, why := valueDeMinimisExcluded(d.g.HTS, l.Material.HTS); ex {
			excluded = append(excluded, partName(l.Material)+": "+why)
		}
	}
	dm := d.valueShare("UR §5(1)", amount)
	if len(excluded) > 0 {
		dm.Met = false
		dm.Why = "de minimis does not apply: " + strings.Join(excluded, "; ")
	}
	return dm
}

// weightDeMinimis is the textile test: failing materials no more than 10%
// of the weight of the good (chapters 50–60, 96.19) or of the component
// that determines its classification (chapters 61–63), of which elastomeric
// content no more than 7% (UR §5(6), (7)).
func (d *determination) weightDeMinimis(failing []*LineValue) *DeMinimis {
	rule, basisName, basis := "UR §5(6)", "weight of the good", d.g.Weight
	if componentGood(d.g.HTS) {
		rule, basisName, basis = "UR §5(7)", "weight of the component that determines the classification", d.g.ComponentWeight
	}
	weight, elastomeric := decimal.Zero, decimal.Zero
	var noWeight []string
	for _, l := range failing {
		if !l.Material.Weight.Valid {
			noWeight = append(noWeight, partName(l.Material))
			continue
		}
		weight = weight.Add(l.Material.Weight.Decimal)
		if l.Material.Elastomeric.Valid {
			elastomeric = elastomeric.Add(l.Material.Elastomeric.Decimal)
		}
	}
	dm := &DeMinimis{Rule: rule, Basis: basisName, Amount: weight, Limit: deMinimisPercent}
	switch {
	case !basis.Valid:
		dm.Unknown, dm.Why = true, fmt.Sprintf("the %s is not given", basisName)
		return dm
	case len(noWeight) > 0:
		dm.Unknown, dm.Why = true, "no weight given for "+strings.Join(noWeight, ", ")
		return dm
	}
	dm.BasisSize = basis.Decimal
	dm.Percent = percentOf(weight, basis.Decimal)
	el := &DeMinimis{Rule: rule, Basis: basisName, BasisSize: basis.Decimal, Amount: elastomeric, Limit: elastomericPercent,
		Percent: percentOf(elastomeric, basis.Decimal), Met: within(elastomeric, basis.Decimal, elastomericPercent)}
	dm.Elastomeric = el
	dm.Met = within(weight, basis.Decimal, deMinimisPercent) && el.Met
	return dm
}

// rvcWaiver tests UR §5(4): a good need not meet its RVC requirement when
// the value of all its non-originating materials is within 10%. The value
// tests do not apply where UR §5(3) excludes them.
func (d *determination) rvcWaiver() *DeMinimis {
	if textileWeightTest(d.g.HTS) && !d.g.HTS.HasPrefix("9619") {
		return nil
	}
	amount := decimal.Zero
	for _, l := range d.testedLines() {
		if ex, _ := valueDeMinimisExcluded(d.g.HTS, l.Material.HTS); ex {
			return nil
		}
		amount = amount.Add(l.Value)
	}
	// Packaging and accessories are disregarded by the tariff-shift test but
	// count in the RVC, so they count here too.
	for i := range d.res.VNM.Lines {
		l := &d.res.VNM.Lines[i]
		if l.NonOriginating && (l.Material.Kind == KindPackaging || l.Material.Kind == KindAccessory) && (l.Treatment == TreatNonOriginating || l.Treatment == TreatAccumulated) {
			amount = amount.Add(l.Value)
		}
	}
	return d.valueShare("UR §5(4)", amount)
}
