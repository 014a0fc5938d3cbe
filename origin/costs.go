package origin

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// TotalCostAdjusted is the good's total cost with production-related currency gains
// deducted and losses included (UR §1(6)), or invalid when not given.
func (c CostBreakdown) TotalCostAdjusted() decimal.NullDecimal {
	if !c.TotalCost.Valid {
		return decimal.NullDecimal{}
	}
	tc := c.TotalCost.Decimal
	if c.CurrencyGain.Valid {
		tc = tc.Sub(c.CurrencyGain.Decimal)
	}
	return decimal.NullDecimal{Decimal: tc, Valid: true}
}

// ExcludedCosts is the sum of the excluded costs given (UR §1(1) "net cost",
// §7(13)): sales promotion, marketing and after-sales service; royalties;
// shipping and packing; non-allowable interest.
func (c CostBreakdown) ExcludedCosts() decimal.Decimal {
	sum := decimal.Zero
	for _, v := range []decimal.NullDecimal{c.SalesPromotion, c.Royalties, c.ShippingPacking, c.NonAllowableInterest} {
		if v.Valid {
			sum = sum.Add(v.Decimal)
		}
	}
	return sum
}

// DerivedNetCost is total cost (adjusted for currency) minus the excluded
// costs, or invalid when total cost is not given.
func (c CostBreakdown) DerivedNetCost() decimal.NullDecimal {
	tc := c.TotalCostAdjusted()
	if !tc.Valid {
		return tc
	}
	return decimal.NullDecimal{Decimal: tc.Decimal.Sub(c.ExcludedCosts()), Valid: true}
}

// ResolveNetCost returns the net cost to use for g: the one given, else the
// one derived from total cost. When both are given and disagree, the net
// cost given is used and an assumption says so.
func ResolveNetCost(g *Good) (decimal.NullDecimal, []Assumption) {
	derived := g.Costs.DerivedNetCost()
	if !g.NetCost.Valid {
		return derived, nil
	}
	if derived.Valid && !derived.Decimal.Equal(g.NetCost.Decimal) {
		return g.NetCost, []Assumption{{
			Code: AssumeNetCostMismatch, Ref: g.Ref,
			Message: fmt.Sprintf("net cost given (%s) differs from total cost minus excluded costs (%s); roo uses the net cost given", g.NetCost.Decimal.String(), derived.Decimal.String()),
		}}
	}
	return g.NetCost, nil
}
