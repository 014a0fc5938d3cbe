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
// of the weight of the good (chapters 50–60, 96.19; UR §5(6), Art. 6.1.2)
// or of the component that determines its classification (chapters 61–63;
// UR §5(7), Art. 6.1.3), of which elastomeric content no more than 7% (see
// elastomericBasis for the weight that 7% is of). A failing material whose
// code the schedule describes as elastomeric yarn or rubber thread (or a
// fabric containing them) with no elastomeric weight given leaves the test
// open: a blank is not zero there (issue 17 item 2).
func (d *determination) weightDeMinimis(failing []*LineValue) *DeMinimis {
	rule, basisName, basis := "UR §5(6)", "weight of the good", d.g.Weight
	if componentGood(d.g.HTS) {
		rule, basisName, basis = "UR §5(7)", "weight of the component that determines the classification", d.g.ComponentWeight
	}
	weight, elastomeric := decimal.Zero, decimal.Zero
	var noWeight, noElastomeric []string
	for _, l := range failing {
		if !l.Material.Weight.Valid {
			noWeight = append(noWeight, partName(l.Material))
			continue
		}
		weight = weight.Add(l.Material.Weight.Decimal)
		if l.Material.Elastomeric.Valid {
			elastomeric = elastomeric.Add(l.Material.Elastomeric.Decimal)
		} else if desc, ok := elastomericMaterial(l.Material.HTS); ok {
			noElastomeric = append(noElastomeric, fmt.Sprintf("%s (%s: %q in the US schedule)", partName(l.Material), l.Material.HTS, desc))
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
	weightMet := within(weight, basis.Decimal, deMinimisPercent)
	el := d.elastomericShare(elastomeric)
	dm.Elastomeric = el
	switch {
	case !weightMet:
		dm.Met = false // over 10%: nothing about elastomeric content can save it
	case len(noElastomeric) > 0:
		dm.Unknown = true
		dm.Why = fmt.Sprintf("the failing materials are %s%% of the %s, within %s%%, but the elastomeric content, limited to %s%% (%s), is not given for %s: give the Elastomeric weight (0 if none)",
			dm.Percent.Round(1).StringFixed(1), basisName, deMinimisPercent, elastomericPercent, el.Rule, strings.Join(noElastomeric, ", "))
	case el.Unknown:
		dm.Unknown, dm.Why = true, el.Why
	default:
		dm.Met = el.Met
	}
	return dm
}

// elastomericShare tests the elastomeric content of the failing materials
// against 7%. For chapters 50–60 and 96.19 the 7% is of the good's weight
// (UR §5(6)(b); Art. 6.1.2). For chapters 61–63 the texts differ: USMCA
// Art. 6.1.3 and 19 USC 4531(f)(4)(C)(ii) say "7 percent of the total
// weight of the good", the Uniform Regulations §5(7)(a) "of the component"
// (domain page §8). The text that governs the importing country applies: for
// imports into the United States its statute; for Canada and Mexico the
// Uniform Regulations, which they apply as regulations. With no importing
// country both are applied, which is the component's (the smaller weight).
func (d *determination) elastomericShare(amount decimal.Decimal) *DeMinimis {
	el := &DeMinimis{Rule: "UR §5(6)(b)", Basis: "weight of the good", Amount: amount, Limit: elastomericPercent}
	basis := d.g.Weight
	if componentGood(d.g.HTS) {
		switch d.g.ImportingCountry {
		case "US":
			el.Rule = "19 USC 4531(f)(4)(C)(ii), USMCA Art. 6.1.3: for imports into the US, 7% of the total weight of the good"
		case "CA", "MX":
			el.Rule = "UR §5(7)(a), as " + d.g.ImportingCountry + " applies it: 7% of the weight of the component"
			el.Basis, basis = "weight of the component that determines the classification", d.g.ComponentWeight
		default:
			el.Rule = "no importing country: UR §5(7)(a) (7% of the component) and 19 USC 4531(f)(4)(C)(ii) (7% of the good) both applied, the component's being the stricter"
			el.Basis, basis = "weight of the component that determines the classification", d.g.ComponentWeight
		}
	}
	if !amount.IsPositive() {
		el.Met = true
		if basis.Valid {
			el.BasisSize = basis.Decimal
		}
		return el
	}
	if !basis.Valid {
		el.Unknown, el.Why = true, fmt.Sprintf("the elastomeric content (%s) is limited to 7%% of the %s (%s), which is not given", amount, el.Basis, el.Rule)
		return el
	}
	el.BasisSize = basis.Decimal
	el.Percent = percentOf(amount, basis.Decimal)
	el.Met = within(amount, basis.Decimal, elastomericPercent)
	return el
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
