package samples

import wb "github.com/roo-trade/roo/internal/workbook"

// PowerSupply is a US-made 240 W switch-mode power supply (8504.40.95)
// exported to Mexico, with a self-produced printed circuit assembly, a fan
// bought in Chinese yuan at a recorded exchange rate, and accessories (cord,
// manual) delivered with it.
func PowerSupply() Sample {
	const psu = "PSU-240W"
	r := func(parent, part, desc, hts, status, country, qty, cost, kind, supplier string) wb.Row {
		row := wb.Row{wb.ColGoodID: psu, wb.ColPartNumber: part, wb.ColDescription: desc, wb.ColHTS: hts,
			wb.ColOriginStatus: status, wb.ColCountry: country, wb.ColQuantity: d(qty), wb.ColUnitCost: d(cost)}
		for c, v := range map[wb.Col]string{wb.ColParent: parent, wb.ColKind: kind, wb.ColSupplier: supplier} {
			if v != "" {
				row[c] = v
			}
		}
		return row
	}
	fan := r("", "FAN-60", "60 mm cooling fan", "8414.59.65", "non-originating", "CN", "1", "8.70", "", "Ningbo Air")
	fan[wb.ColCurrency] = "CNY"
	fan[wb.ColExchangeRate] = d("0.1379")
	return Sample{
		File:  "power-supply.xlsx",
		Title: "Switch-mode power supply (8504.40.95) made in the US for Mexico",
		Content: wb.Content{
			Goods: []wb.Row{{
				wb.ColGoodID: psu, wb.ColGoodDescription: "240 W switch-mode power supply, enclosed", wb.ColGoodHTS: "8504.40.95",
				wb.ColProducerCountry: "US", wb.ColImportingCountry: "MX", wb.ColTransactionValue: d("42.00"), wb.ColNetCost: d("35.10"),
				wb.ColGoodCurrency: "USD", wb.ColGoodQuantity: d("1"), wb.ColGoodUnit: "No.", wb.ColAnnualVolume: d("85000"),
				wb.ColAsOf: day("2026-09-01"),
			}},
			BOM: []wb.Row{
				r("", "XFMR-240", "Main power transformer", "8504.31.40", "non-originating", "CN", "1", "5.60", "", "Dongguan Magnetics"),
				r("", "PCA-240", "Printed circuit assembly, power stage", "8504.90.75", "originating", "US", "1", "9.40", "self-produced", ""),
				r("PCA-240", "PCB-4L", "Bare 4-layer printed circuit board", "8534.00.00", "non-originating", "TW", "1", "1.10", "", "Taoyuan PCB"),
				r("PCA-240", "IC-PFC", "PFC and PWM controller ICs", "8542.39.00", "non-originating", "MY", "2", "1.70", "", "Penang Semiconductor"),
				r("PCA-240", "CAP-EL", "Electrolytic capacitors", "8532.22.00", "non-originating", "JP", "5", "0.35", "", "Kyoto Capacitor"),
				r("PCA-240", "RES-SMD", "SMD resistor set", "8533.21.00", "originating", "MX", "1", "0.30", "", "Componentes Tijuana"),
				r("", "ENC-AL", "Aluminium enclosure", "7616.99.51", "originating", "US", "1", "3.90", "", "Ohio Extrusions"),
				fan,
				r("", "CORD-US", "Power cord with plug", "8544.42.90", "non-originating", "CN", "1", "0.95", "accessory", "Ningbo Cable"),
				r("", "MAN-EN", "Installation manual", "4911.10.00", "originating", "US", "1", "0.15", "accessory", "Print Co."),
				r("", "BOX-240", "Retail box", "4819.10.00", "originating", "US", "1", "0.45", "packaging", "Midwest Carton"),
			},
			Facts: []wb.Row{},
		},
	}
}
