package auto

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// Facts roo asks about parts that no table line carries.
var (
	// FactHeavyTruckChassis: a good of 8708.99 for use in a heavy truck is a
	// chassis, which UR §15(4) holds to the RVC of UR §15(2).
	FactHeavyTruckChassis = Fact{Key: "heavy-truck-chassis",
		Question: "Is the good a chassis of subheading 8708.99, which UR §15(4) holds to the regional value content of UR §15(2)?"}
	// FactOtherVehicle20_2: an engine or gear box for an other vehicle is
	// held to 62.5% when the vehicle is one UR §20(2) lists, else to 60%.
	FactOtherVehicle20_2 = Fact{Key: "other-vehicle-of-ur-20-2",
		Question: "Is the part for one of the other vehicles of UR §20(2): a vehicle of 8702 for 15 or fewer persons; a diesel, motorcycle, all-terrain, motorhome, ambulance, hearse or off-road vehicle of 8703; an off-road vehicle of 8704.21 or 8704.31?"}
)

// PartRequirement is what the appendix asks of a part for a use, beside
// its product-specific rule.
type PartRequirement struct {
	// Provision is the requirement whose thresholds replace the rule's;
	// nil when the rule's own apply.
	Provision *PartProvision
	// Table and Entry are the table line the part is in, if any.
	Table Table
	Entry *Entry
	// RVCRequired is true when a change in tariff classification alone
	// does not make the part originating; RequiredBy cites why.
	RVCRequired bool
	RequiredBy  string
	// MaybeRVCRequired is true when an open fact decides whether a change in
	// tariff classification is enough.
	MaybeRVCRequired bool
	// Open are the facts that would settle the requirement.
	Open []Fact
	// Why says what it rests on, for the record.
	Why []string
}

// Undetermined reports whether facts must settle the requirement.
func (p PartRequirement) Undetermined() bool { return len(p.Open) > 0 }

// PartRequirement finds what the appendix asks of a part of the HS 2022
// code for a use: the table it is in and the thresholds that replace its
// rule's (UR §14(13)–(17), §15(2), (3), §20(2), (3)), and whether its rule's
// change in tariff classification is enough (UR §14(2), §15(4)). An
// aftermarket part keeps its rule (UR §14(18)).
func (t *Tables) PartRequirement(code hs.Code, u Use, facts Facts) PartRequirement {
	var p PartRequirement
	if u == UseAftermarket || u == 0 {
		return p
	}
	pm := t.PartTable(code, u, facts)
	p.Open = pm.Open
	if pm.Why != "" {
		p.Why = append(p.Why, pm.Why)
	}
	if pm.Entry != nil {
		p.Table, p.Entry = pm.Table, pm.Entry
		if prov, ok := partProvisions[pm.Table]; ok {
			p.Provision = &prov
		}
		p.Why = append(p.Why, fmt.Sprintf("the good is listed in %s", pm.Entry.Cite()))
		if pm.Table == TableF && anyPrefix(code, tableFKeepOwnRule) {
			p.Provision = nil
			p.Why = append(p.Why, tableFKeepOwnRuleWhy)
		}
	}
	switch u {
	case UsePassengerVehicle, UseLightTruck:
		if p.Undetermined() && !anyPrefix(code, coreCTCException) {
			for _, e := range t.Lines(code, TableA1) {
				p.MaybeRVCRequired = p.MaybeRVCRequired || t.Match(e, code, facts).In != rules.No
			}
		}
		if p.Table == TableA1 {
			if anyPrefix(code, coreCTCException) {
				p.Why = append(p.Why, "a battery of 8507.60 may meet its rule's change in tariff classification (UR §14(2), (3))")
			} else {
				p.RVCRequired, p.RequiredBy = true, "UR §14(2)"
			}
		}
	case UseHeavyTruck:
		if anyPrefix(code, heavyTruckCore) {
			if code.HasPrefix("870899") {
				yes, known := facts(FactHeavyTruckChassis.Key)
				switch {
				case !known:
					p.Open = appendFact(p.Open, FactHeavyTruckChassis)
					p.MaybeRVCRequired = true
				case yes:
					p.RVCRequired, p.RequiredBy = true, "UR §15(4)"
				}
			} else {
				p.RVCRequired, p.RequiredBy = true, "UR §15(4)"
			}
		}
	case UseOtherVehicle:
		if anyPrefix(code, otherVehicleEngineCodes) {
			yes, known := facts(FactOtherVehicle20_2.Key)
			switch {
			case !known:
				p.Open = appendFact(p.Open, FactOtherVehicle20_2)
				p.Provision = nil
			case yes:
				prov := otherVehicleEngines
				p.Provision = &prov
				p.Why = append(p.Why, "the workbook answers yes to "+FactOtherVehicle20_2.Key)
			default:
				prov := partProvisions[TableF]
				prov.What = "engine or gear box of an other vehicle of UR §20(3)"
				p.Provision = &prov
				p.Why = append(p.Why, "the workbook answers no to "+FactOtherVehicle20_2.Key)
			}
		}
	}
	return p
}

// tableFKeepOwnRule are the Table F goods the 60% net-cost requirement for
// parts of other vehicles excepts, so that they keep the regional value
// content of their own rule: HTSUS General Note 11, the subdivision on
// other vehicles, paragraph (B)(3): "except for a good in paragraph (2)
// above or of subheading 8482.10 through 8482.80, 8483.20 or 8483.30, a good
// in Table F of the automotive appendix that is subject to a regional value
// content requirement" (USMCA Appendix to Annex 4-B, Article 10.2). Text
// read from the HTSUS general notes as published (USMCA general note,
// page 43 of the USITC edition, mirrored at
// https://checkoutapi.com/htsus?general_notes=usmca&page=43).
var tableFKeepOwnRule = []hs.Code{"848210", "848220", "848230", "848240", "848250", "848280", "848320", "848330"}

const tableFKeepOwnRuleWhy = "bearings of 8482.10-8482.80 and housings of 8483.20 and 8483.30 are excepted from the 60% net-cost requirement for Table F parts and keep their own rule (HTSUS GN 11, other vehicles, (B)(3); Appendix to Annex 4-B, Art. 10.2)"

// At resolves the requirement on a date for a rule branch: the net cost
// threshold always, the transaction-value threshold only when the branch
// has a transaction value method. It reports false before the appendix
// applies.
func (p PartProvision) At(day rules.Date, branch rules.Resolved) (rules.Resolved, bool) {
	r := p.RVC.At(day)
	if !r.NC.Valid {
		return rules.Resolved{}, false
	}
	if !branch.TV.Valid {
		r.TV = decimal.NullDecimal{}
	}
	return r, true
}

// Describe says which provision applied and what it asks on the date:
// "UR §14(15): principal part threshold 70% NC (80% TV) as of 2026-07-01".
func (p PartProvision) Describe(day rules.Date, r rules.Resolved) string {
	return fmt.Sprintf("%s: %s threshold %s as of %s", p.Cite, p.What, thresholdWords(r), day)
}

// thresholdWords writes thresholds: "70% NC (80% TV)".
func thresholdWords(r rules.Resolved) string {
	var parts []string
	if r.NC.Valid {
		parts = append(parts, r.NC.Decimal.String()+"% NC")
	}
	if r.TV.Valid {
		s := r.TV.Decimal.String() + "% TV"
		if len(parts) > 0 {
			s = "(" + s + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

// ThresholdWords writes resolved thresholds as the results state them:
// "72% NC", "70% NC (80% TV)".
func ThresholdWords(r rules.Resolved) string { return thresholdWords(r) }

// NewPlantRVC is the requirement of UR §20(8) for an other vehicle produced
// in a new plant or after a refit, on the date: 50% under the net cost
// method within five years of the first prototype (two after a refit). It
// reports false outside that window, with why.
func NewPlantRVC(kind PlantKind, since, day rules.Date) (rules.Resolved, string, bool) {
	years := newPlant.newYears
	what := "a new plant whose first prototype was produced on " + string(since)
	if kind == Refit {
		years, what = newPlant.refitYrs, "a plant refitted on "+string(since)
	}
	end := addYears(since, years)
	if day < since || day >= end {
		return rules.Resolved{}, fmt.Sprintf("%s: the option of %s lasts %d years, to %s, and does not cover %s", what, newPlant.cite, years, dayBefore(end), day), false
	}
	return rules.Resolved{NC: decimal.NewNullDecimal(newPlant.percent)},
		fmt.Sprintf("%s: new-plant threshold %s%% NC for %s, through %s", newPlant.cite, newPlant.percent, what, dayBefore(end)), true
}

// PlantKind is what the new-plant option of UR §20(8) rests on.
type PlantKind uint8

// The kinds of plant.
const (
	NewBuilding PlantKind = iota + 1 // a new building with substantially all new machinery
	Refit                            // a refit of an existing plant
)

func anyPrefix(c hs.Code, list []hs.Code) bool {
	for _, p := range list {
		if c.HasPrefix(p) {
			return true
		}
	}
	return false
}
