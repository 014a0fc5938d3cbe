package samples

import wb "github.com/roo-trade/roo/internal/workbook"

// KnitShirt is a Mexican-made cotton T-shirt (6109.10) whose jersey is knit
// in-house from US yarn, with a non-originating elastane yarn in the collar
// rib, line weights for the textile de minimis, and the "cut and sewn" fact.
func KnitShirt() Sample {
	const tee = "TEE-CREW-M"
	r := func(parent, part, desc, hts, status, country, qty, cost, weight, kind, supplier string) wb.Row {
		row := wb.Row{wb.ColGoodID: tee, wb.ColPartNumber: part, wb.ColDescription: desc, wb.ColHTS: hts,
			wb.ColOriginStatus: status, wb.ColCountry: country, wb.ColQuantity: d(qty), wb.ColUnitCost: d(cost), wb.ColWeight: d(weight)}
		for c, v := range map[wb.Col]string{wb.ColParent: parent, wb.ColKind: kind, wb.ColSupplier: supplier} {
			if v != "" {
				row[c] = v
			}
		}
		return row
	}
	rib := r("", "RIB-EL", "Collar rib yarn, elastane", "5402.44.00", "non-originating", "KR", "1", "0.04", "0.004", "", "Busan Fibers")
	rib[wb.ColElastomeric] = d("0.004")
	return Sample{
		File:  "knit-shirt.xlsx",
		Title: "Men's cotton crew-neck T-shirt (6109.10), knit and sewn in Mexico",
		Content: wb.Content{
			Goods: []wb.Row{{
				wb.ColGoodID: tee, wb.ColGoodDescription: "Men's crew-neck T-shirt, 100% cotton jersey", wb.ColGoodHTS: "6109.10.00",
				wb.ColProducerCountry: "MX", wb.ColImportingCountry: "US", wb.ColTransactionValue: d("4.20"), wb.ColNetCost: d("3.60"),
				wb.ColGoodCurrency: "USD", wb.ColAnnualVolume: d("600000"), wb.ColAsOf: day("2026-07-01"),
				wb.ColGoodWeight: d("0.180"), wb.ColComponentWeight: d("0.175"),
			}},
			BOM: []wb.Row{
				r("", "JERSEY", "Cotton single jersey, knit in-house", "6006.22.00", "originating", "MX", "1", "1.35", "0.190", "self-produced", ""),
				r("JERSEY", "YARN-30", "Combed cotton yarn 30/1", "5205.24.00", "originating", "US", "1", "0.98", "0.195", "", "Carolina Spinning"),
				rib,
				r("", "THREAD", "Sewing thread, cotton", "5204.11.00", "originating", "US", "1", "0.03", "0.002", "", "Carolina Spinning"),
				r("", "LABEL", "Woven neck label", "5807.10.05", "non-originating", "CN", "1", "0.02", "0.001", "", "Shaoxing Labels"),
				r("", "TAG", "Hang tag", "4821.10.20", "originating", "MX", "1", "0.01", "0.001", "packaging", "Imprenta León"),
			},
			// The cut-and-sewn fact is given; the facts of chapter rules 2–4
			// (5903 fabrics, sewing thread, pocket bags) are not, so roo asks.
			Facts: []wb.Row{{wb.ColGoodID: tee, wb.ColFactName: "cut-knit-sewn-in-territory", wb.ColFactValue: "yes"}},
		},
	}
}
