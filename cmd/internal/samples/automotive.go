package samples

import wb "github.com/roo-trade/roo/internal/workbook"

// BrakeAssembly is a Mexican-made front disc brake caliper assembly for a
// passenger vehicle (8708.30.50) with a two-level BOM, and an aftermarket
// brake disc. It shows roll-up through a self-produced caliper housing,
// indirect materials, retail packaging and shipping packing, an unknown
// origin, and a supplier certification that expired before the as-of date.
func BrakeAssembly() Sample {
	const cal, rot = "BRK-CAL-200", "BRK-ROT-310"
	line := func(good, parent, part, desc, hts, status, country, qty, cost, kind, supplier string) wb.Row {
		r := wb.Row{wb.ColGoodID: good, wb.ColPartNumber: part, wb.ColDescription: desc, wb.ColOriginStatus: status, wb.ColCountry: country}
		set := func(c wb.Col, v string) {
			if v != "" {
				r[c] = v
			}
		}
		set(wb.ColParent, parent)
		set(wb.ColHTS, hts)
		set(wb.ColKind, kind)
		set(wb.ColSupplier, supplier)
		if qty != "" {
			r[wb.ColQuantity] = d(qty)
			r[wb.ColUnitCost] = d(cost)
		} else {
			r[wb.ColValue] = d(cost)
		}
		return r
	}
	bom := []wb.Row{
		line(cal, "", "CAL-H", "Caliper housing, machined", "8708.30.50", "", "MX", "1", "24.00", "self-produced", ""),
		line(cal, "CAL-H", "CAST-9", "Ductile iron caliper casting", "7325.10.00", "non-originating", "CN", "1", "9.80", "", "Shandong Foundry Co."),
		line(cal, "CAL-H", "MACH-OIL", "Cutting fluid", "3403.19.50", "non-originating", "US", "", "0.15", "indirect", ""),
		line(cal, "", "PST-54", "Brake piston 54 mm", "8708.30.50", "non-originating", "DE", "2", "3.45", "", "Bremsteile GmbH"),
		line(cal, "", "SEAL-K", "Piston seal kit", "4016.93.50", "non-originating", "JP", "1", "1.25", "", "Osaka Seal"),
		line(cal, "", "BRKT-A", "Caliper mounting bracket", "8708.30.50", "originating", "MX", "1", "11.40", "", "Forjas del Norte"),
		line(cal, "", "PAD-SET", "Mounted brake pad set", "8708.30.50", "originating", "US", "1", "14.20", "", "Friction Brake Labs"),
		line(cal, "", "BLD-SCR", "Bleeder screw M10", "7318.15.80", "unknown", "TW", "1", "0.35", "", "Taichung Fasteners"),
		line(cal, "", "DUST-B", "Piston dust boot", "4016.99.60", "originating", "MX", "2", "0.40", "", "Hules de Saltillo"),
		line(cal, "", "GREASE", "Assembly grease", "3403.99.00", "non-originating", "US", "", "0.10", "indirect", ""),
		line(cal, "", "BOX-CAL", "Retail carton", "4819.10.00", "originating", "MX", "1", "0.60", "packaging", "Cartones Monterrey"),
		line(cal, "", "PALLET", "Shipping pallet share", "4415.20.80", "non-originating", "MX", "", "0.30", "packing", ""),

		line(rot, "", "ROT-CAST", "Grey iron rotor casting", "7325.10.00", "non-originating", "CN", "1", "12.40", "", "Shandong Foundry Co."),
		line(rot, "", "COAT-Z", "Anti-corrosion coating", "3208.90.00", "originating", "US", "", "0.80", "", "Great Lakes Coatings"),
		line(rot, "", "BOX-ROT", "Retail carton", "4819.10.00", "originating", "MX", "1", "0.55", "packaging", "Cartones Monterrey"),
	}
	// The pad supplier's blanket certification ended before the as-of date.
	for _, r := range bom {
		switch r[wb.ColPartNumber] {
		case "PAD-SET":
			r[wb.ColCertification] = "FBL-USMCA-2025"
			r[wb.ColCertifiedUntil] = day("2026-03-31")
		case "BRKT-A":
			r[wb.ColCertification] = "FDN-2026-07"
			r[wb.ColCertifiedUntil] = day("2027-06-30")
		}
	}
	return Sample{
		File:  "brake-assembly.xlsx",
		Title: "Brake caliper assembly (8708.30), multi-level, passenger vehicle; aftermarket rotor",
		Content: wb.Content{
			Goods: []wb.Row{
				{wb.ColGoodID: cal, wb.ColGoodDescription: "Front disc brake caliper assembly", wb.ColGoodHTS: "8708.30.50",
					wb.ColProducerCountry: "MX", wb.ColImportingCountry: "US", wb.ColTransactionValue: d("86.50"),
					wb.ColTotalCost: d("78.10"), wb.ColSalesPromotion: d("1.20"), wb.ColRoyalties: d("2.40"), wb.ColShippingPacking: d("1.90"),
					wb.ColGoodCurrency: "USD", wb.ColGoodQuantity: d("1"), wb.ColGoodUnit: "No.", wb.ColAnnualVolume: d("120000"),
					wb.ColVehicleUse: "passenger vehicle", wb.ColAsOf: day("2026-07-01")},
				{wb.ColGoodID: rot, wb.ColGoodDescription: "Vented brake disc, aftermarket", wb.ColGoodHTS: "8708.30.50",
					wb.ColProducerCountry: "MX", wb.ColImportingCountry: "US", wb.ColTransactionValue: d("31.00"), wb.ColNetCost: d("26.50"),
					wb.ColGoodCurrency: "USD", wb.ColGoodQuantity: d("1"), wb.ColGoodUnit: "No.", wb.ColAnnualVolume: d("40000"),
					wb.ColVehicleUse: "aftermarket", wb.ColAsOf: day("2026-07-01")},
			},
			BOM: bom,
			// The answers an analyst gives once roo has asked: neither good is
			// a mounted brake lining, and the caliper's same-subheading
			// pistons and pads are not "parts" for criterion D in this case.
			Facts: []wb.Row{
				{wb.ColGoodID: cal, wb.ColFactName: "product-mounted-brake-linings", wb.ColFactValue: "no"},
				{wb.ColGoodID: cal, wb.ColFactName: "materials-are-parts-of-the-good", wb.ColFactValue: "no"},
				{wb.ColGoodID: rot, wb.ColFactName: "product-mounted-brake-linings", wb.ColFactValue: "no"},
			},
		},
	}
}

// ERPExportSpanish is a flat, Spanish-header ERP export of two wiring
// harnesses (8544.30) made in Mexico for passenger vehicles, with the good's
// columns repeated on every BOM row.
func ERPExportSpanish() Sample {
	header := []string{"Número de producto", "Descripción del producto", "Fracción arancelaria del producto", "País productor", "País importador",
		"Valor de transacción", "Costo total", "Regalías", "Embarque y empaque", "Uso del vehículo", "Fecha",
		"Número de parte", "Descripción", "Fracción arancelaria", "Estatus de origen", "País de origen", "Cantidad", "Costo unitario", "Proveedor"}
	dash := []any{"ARN-TAB-01", "Arnés eléctrico de tablero", "8544.30.00", "México", "EE.UU.", d("58.00"), d("52.40"), d("1.10"), d("0.90"), "Vehículo de pasajeros", day("2026-07-01")}
	eng := []any{"ARN-MOT-02", "Arnés eléctrico de motor", "8544.30.00", "México", "EE.UU.", d("74.50"), d("66.00"), d("1.40"), d("1.20"), "Vehículo de pasajeros", day("2026-07-01")}
	row := func(good []any, part, desc, hts, status, country, qty, cost, supplier string) []any {
		r := append([]any{}, good...)
		return append(r, part, desc, hts, status, country, d(qty), d(cost), supplier)
	}
	return Sample{
		File:  "erp-export-es.xlsx",
		Title: "Flat ERP export with Spanish headers: two wiring harnesses (8544.30)",
		Flat: &Flat{Sheet: "Exportación ERP", Header: header, Rows: [][]any{
			row(dash, "CU-0.5", "Cable de cobre aislado 0.5 mm²", "8544.49.30", "no originario", "CN", "42", "0.21", "Jiangsu Cable"),
			row(dash, "TERM-F", "Terminal hembra estañada", "8536.90.40", "no originario", "JP", "64", "0.045", "Nagoya Terminal"),
			row(dash, "CON-12", "Conector de 12 vías", "8536.69.40", "originario", "MX", "6", "0.85", "Conectores del Bajío"),
			row(dash, "CINTA", "Cinta de PVC", "3919.10.20", "originario", "MX", "3", "0.30", "Adhesivos Norte"),
			row(dash, "CORRUG", "Tubo corrugado", "3917.32.00", "originario", "US", "2", "0.55", "Texas Conduit"),
			row(dash, "CAJA-F", "Caja de fusibles", "8536.10.00", "desconocido", "CN", "1", "3.60", ""),
			row(eng, "CU-1.0", "Cable de cobre aislado 1.0 mm²", "8544.49.30", "no originario", "CN", "58", "0.34", "Jiangsu Cable"),
			row(eng, "TERM-M", "Terminal macho estañada", "8536.90.40", "no originario", "JP", "80", "0.05", "Nagoya Terminal"),
			row(eng, "CON-24", "Conector sellado de 24 vías", "8536.69.40", "originario", "MX", "4", "2.10", "Conectores del Bajío"),
			row(eng, "SELLO", "Sello de silicón", "4016.93.50", "originario", "MX", "24", "0.06", "Hules de Saltillo"),
			row(eng, "FUNDA", "Funda térmica", "3917.39.00", "originario", "MX", "3", "0.95", "Plásticos Apodaca"),
		}},
	}
}
