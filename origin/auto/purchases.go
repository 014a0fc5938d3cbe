package auto

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/rules"
)

// Purchases are a vehicle producer's qualifying purchases of one metal for
// its period (UR §17(2)–(4)): all of them, and those that are originating,
// valued as UR §17(6) allows.
type Purchases struct {
	Total, Originating decimal.NullDecimal
}

// PurchaseResult is the steel or the aluminum test of UR §17.
type PurchaseResult struct {
	Metal   Metal
	Outcome Outcome
	// Percent is the originating share, to 10 decimal places (0 when
	// unknown); the test compares exactly.
	Percent decimal.Decimal
	// Required is the share required, in percent.
	Required decimal.Decimal
	Cite     string
	// Why says the figures and the verdict in one sentence.
	Why string
	// Missing names the figures an open test lacks.
	Missing []string
	// Assumed is said when the producer declares no purchases at all.
	Assumed string
	// Shortfall is the originating value that would have to be added (in
	// place of non-originating purchases) to meet the test, when not met.
	Shortfall decimal.NullDecimal
}

// CheckPurchases tests one metal: at least 70% of the producer's
// qualifying purchases must be originating (UR §17(1)); steel and aluminum
// are tested separately. From July 1, 2027 only steel melted and poured in
// the territory is originating (UR §17(5)), which the originating figure
// must reflect.
func CheckPurchases(m Metal, p Purchases, day rules.Date) PurchaseResult {
	r := PurchaseResult{Metal: m, Required: purchasePercent, Cite: purchaseCite}
	switch {
	case !p.Total.Valid && !p.Originating.Valid:
		r.Missing = []string{fmt.Sprintf("%s purchases and originating %s purchases", m, m)}
	case !p.Total.Valid:
		r.Missing = []string{fmt.Sprintf("%s purchases (all qualifying purchases, originating or not)", m)}
	case !p.Originating.Valid:
		r.Missing = []string{fmt.Sprintf("originating %s purchases", m)}
	}
	if len(r.Missing) > 0 {
		r.Why = fmt.Sprintf("%s: the %s test cannot be made: the workbook gives no %s", r.Cite, m, r.Missing[0])
		return r
	}
	total, orig := p.Total.Decimal, p.Originating.Decimal
	switch {
	case total.IsNegative() || orig.IsNegative():
		r.Missing = []string{fmt.Sprintf("%s purchases that are not negative", m)}
		r.Why = fmt.Sprintf("%s: the %s purchases given are negative", r.Cite, m)
		return r
	case orig.GreaterThan(total):
		r.Missing = []string{fmt.Sprintf("%s purchases no smaller than the originating ones", m)}
		r.Why = fmt.Sprintf("%s: originating %s purchases %s exceed all %s purchases %s", r.Cite, m, Money(orig), m, Money(total))
		return r
	case total.IsZero():
		r.Outcome = Met
		r.Assumed = fmt.Sprintf("the producer declares no qualifying %s purchases for the period: the %s%% requirement of %s has nothing to test; keep the evidence on file", m, purchasePercent, r.Cite)
		r.Why = fmt.Sprintf("%s: no qualifying %s purchases declared", r.Cite, m)
		return r
	}
	share := percent(orig, total)
	r.Percent = share.value()
	met := share.cmp(whole(purchasePercent)) >= 0
	verdict := "at least"
	r.Outcome = Met
	if !met {
		verdict, r.Outcome = "below", NotMet
		need := total.Mul(purchasePercent).DivRound(hundred, 12).Sub(orig)
		r.Shortfall = decimal.NewNullDecimal(need)
	}
	r.Why = fmt.Sprintf("%s: originating %s purchases %s of %s are %s%%, %s %s%%", r.Cite, m, Money(orig), Money(total), Show(r.Percent), verdict, purchasePercent)
	if m == Steel && day >= meltAndPour.from {
		r.Why += fmt.Sprintf("; from %s steel is originating only if melted and poured in the territory (%s)", meltAndPour.from, meltAndPour.cite)
	}
	return r
}
