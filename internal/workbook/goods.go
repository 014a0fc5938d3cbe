package workbook

import (
	"fmt"

	"github.com/roo-trade/roo/origin"
)

// goodFromRow reads the good's columns of a Goods or flat row.
func goodFromRow(r *rowCtx) *origin.Good {
	g := &origin.Good{
		ID:          r.goodID,
		Description: r.text(ColGoodDescription),
		Ref:         r.ref(),
		Facts:       map[string]bool{},
	}
	if _, ok := r.cell(ColGoodHTS); ok {
		g.HTS = r.code(ColGoodHTS)
		r.checkCode(ColGoodHTS, g.HTS, true)
	} else {
		r.add(ColGoodHTS, cellErr("the good has no HTS code", "the good's classification, 6 to 10 digits (8708.30.50)", "roo needs the good's code to find its rule of origin"))
	}
	if _, ok := r.cell(ColProducerCountry); ok {
		g.ProducerCountry = parseEnum(r, ColProducerCountry, parseParty, "")
	} else {
		r.add(ColProducerCountry, cellErr("the producer country is empty", "US, CA or MX", "the country where the good is produced"))
	}
	g.ImportingCountry = parseEnum(r, ColImportingCountry, parseParty, "US")
	g.TransactionValue = r.number(ColTransactionValue, positive)
	g.NetCost = r.number(ColNetCost, positive)
	g.Costs = origin.CostBreakdown{
		TotalCost:            r.number(ColTotalCost, positive),
		SalesPromotion:       r.number(ColSalesPromotion, nonNegative),
		Royalties:            r.number(ColRoyalties, nonNegative),
		ShippingPacking:      r.number(ColShippingPacking, nonNegative),
		NonAllowableInterest: r.number(ColNonAllowableInterest, nonNegative),
		CurrencyGain:         r.number(ColCurrencyGain, anySign),
	}
	if !g.Costs.TotalCost.Valid && g.Costs.ExcludedCosts().IsPositive() && !g.NetCost.Valid {
		r.rowProblem(SevWarning, "excluded costs are given without a total cost, so net cost cannot be derived", "give Total cost, or Net cost directly")
	}
	if nc := g.Costs.DerivedNetCost(); nc.Valid && !nc.Decimal.IsPositive() {
		r.add(ColTotalCost, cellErr(fmt.Sprintf("total cost minus the excluded costs is %s, not a positive net cost", nc.Decimal.String()), "a total cost larger than the excluded costs", ""))
	}
	g.Currency = parseEnum(r, ColGoodCurrency, parseCurrency, "USD")
	g.Quantity = r.number(ColGoodQuantity, positive)
	g.Unit = r.text(ColGoodUnit)
	g.CustomsValue = r.number(ColCustomsValue, nonNegative)
	g.AnnualVolume = r.number(ColAnnualVolume, nonNegative)
	g.USValueAdded = r.number(ColUSValueAdded, nonNegative)
	g.RVCMethod = parseEnum(r, ColRVCMethod, parseRVCMethod, "")
	g.FormerCode = r.code(ColFormerCode)
	g.VehicleUse = parseEnum(r, ColVehicleUse, parseUse, origin.UseUnspecified)
	g.AsOf = r.date(ColAsOf)
	g.Weight = r.number(ColGoodWeight, positive)
	g.ComponentWeight = r.number(ColComponentWeight, positive)
	for pos, key := range r.s.hdr.facts {
		v, ok := r.cellAt(pos, key)
		if !ok {
			continue
		}
		yes, p := parseYesNo(v)
		if p != nil {
			r.addAt(pos, p)
			continue
		}
		if p := r.s.unknownFact(key); p != nil {
			r.addAt(pos, p)
			continue
		}
		g.Facts[key] = yes
	}
	return g
}
