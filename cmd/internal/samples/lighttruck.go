package samples

import wb "github.com/roo-trade/roo/internal/workbook"

// LightTruck is a Mexican pickup truck (8704.31, a light truck of UR §12)
// with its Vehicle sheet, and the 8-speed transmission (8708.40, a Table A.1
// core part) a US supplier makes for it. The truck shows the staged RVC of
// UR §13, the Table A.2 parts with a produced engine that meets the
// core-part RVC only by counting its Table A.2 components (UR §14(7)), the
// labour value content with both credits (the technology credit over its
// cap), and the steel and aluminum purchases. The transmission shows a core
// part held to 75% under the net cost method on the as-of date.
func LightTruck() Sample {
	const truck, trans = "LT-2500", "TRN-8F"
	line := func(good, parent, part, desc, hts, status, country, value, kind, supplier string) wb.Row {
		r := wb.Row{wb.ColGoodID: good, wb.ColPartNumber: part, wb.ColDescription: desc, wb.ColHTS: hts, wb.ColOriginStatus: status,
			wb.ColCountry: country, wb.ColQuantity: d("1"), wb.ColUnitCost: d(value)}
		for c, v := range map[wb.Col]string{wb.ColParent: parent, wb.ColKind: kind, wb.ColSupplier: supplier} {
			if v != "" {
				r[c] = v
			}
		}
		return r
	}
	bom := []wb.Row{
		line(truck, "", "ENG-25", "2.5 L gasoline engine", "8407.34.48", "", "MX", "4100", "self-produced", ""),
		line(truck, "ENG-25", "HEAD-25", "Cylinder head, machined", "8409.91.99", "non-originating", "DE", "650", "", "Motorenwerk Kassel"),
		line(truck, "ENG-25", "CRANK-25", "Forged crankshaft", "8483.10.30", "non-originating", "JP", "280", "", "Kobe Forge"),
		line(truck, "ENG-25", "BLOCK-25", "Cylinder block casting", "8409.91.10", "originating", "MX", "900", "", "Fundición Coahuila"),
		line(truck, "ENG-25", "PISTON-25", "Piston set", "8409.91.50", "originating", "US", "300", "", "Great Lakes Pistons"),
		line(truck, "ENG-25", "ECU-25", "Engine control unit", "8537.10.91", "non-originating", "CN", "420", "", "Shenzhen Controls"),
		line(truck, "", "TRN-8", "8-speed automatic transmission", "8708.40.11", "originating", "US", "2900", "", "Transmisiones del Norte"),
		line(truck, "", "AXL-F", "Front drive axle", "8708.50.65", "originating", "MX", "1100", "", "Ejes de Saltillo"),
		line(truck, "", "AXL-R", "Rear axle with differential", "8708.50.89", "originating", "MX", "1350", "", "Ejes de Saltillo"),
		line(truck, "", "FRAME", "Ladder chassis frame", "8708.99.55", "originating", "MX", "1600", "", "Estampados Monclova"),
		line(truck, "", "CAB-BIW", "Cab body-in-white stampings", "8708.29.50", "originating", "MX", "2400", "", "Estampados Monclova"),
		line(truck, "", "STEER", "Electric power steering gear", "8708.94.75", "originating", "US", "520", "", "Detroit Steering"),
		line(truck, "", "STRUT-F", "Front struts", "8708.80.65", "originating", "MX", "640", "", "Suspensiones del Bajío"),
		line(truck, "", "SEATS", "Front and rear seats", "9401.20.00", "non-originating", "CN", "1150", "", "Ningbo Seating"),
		line(truck, "", "TIRES", "Tires, set of five", "4011.10.10", "non-originating", "TH", "900", "", "Rayong Tyre"),
		line(truck, "", "GLASS", "Laminated windshield", "7007.21.11", "non-originating", "CN", "380", "", "Fuyao"),
		line(truck, "", "RADIO", "Infotainment head unit", "8527.29.80", "non-originating", "KR", "540", "", "Seoul Electronics"),
		line(truck, "", "HARNESS", "Body wiring harness", "8544.30.00", "originating", "MX", "760", "", "Arneses de Juárez"),

		line(trans, "", "GEARSET", "Planetary gear set", "8483.40.50", "non-originating", "JP", "320", "", "Nagoya Gear"),
		line(trans, "", "TORQ-CONV", "Torque converter", "8708.40.75", "non-originating", "KR", "280", "", "Daegu Powertrain"),
		line(trans, "", "CASE", "Transmission case casting", "8708.40.75", "originating", "MX", "400", "", "Fundición Coahuila"),
		line(trans, "", "VALVE-BODY", "Valve body assembly", "8481.20.00", "originating", "US", "360", "", "Ohio Hydraulics"),
		line(trans, "", "TCU", "Transmission control unit", "8537.10.91", "non-originating", "CN", "210", "", "Shenzhen Controls"),
		line(trans, "", "CLUTCH", "Clutch packs", "8708.93.75", "originating", "US", "230", "", "Toledo Friction"),
	}
	for _, r := range bom {
		if r[wb.ColPartNumber] == "TRN-8" {
			r[wb.ColCertification] = "TDN-USMCA-2026"
			r[wb.ColCertifiedUntil] = day("2027-06-30")
		}
	}
	vehicle := []wb.Row{
		{wb.ColGoodID: truck, wb.ColLVCBasis: "net cost", wb.ColHWM: d("9200"), wb.ColHWLC: d("1900"), wb.ColLVCNetCost: d("32000"),
			wb.ColTechWages: d("2100000"), wb.ColProductionWages: d("18000000"), wb.ColAssemblyPlant: "yes", wb.ColEngineCapacity: d("240000"),
			wb.ColSteelPurchases: d("182000000"), wb.ColOriginatingSteel: d("131040000"),
			wb.ColAluminumPurchases: d("41500000"), wb.ColOriginatingAluminum: d("30295000"),
			wb.ColPeriodFrom: day("2025-07-01"), wb.ColPeriodTo: day("2026-06-30")},
		{wb.ColGoodID: truck, wb.ColPartNumber: "ENG-25", wb.ColCorePart: "engine", wb.ColPartNetCost: d("4350")},
		{wb.ColGoodID: truck, wb.ColPartNumber: "TRN-8", wb.ColCorePart: "transmission"},
		{wb.ColGoodID: truck, wb.ColPartNumber: "FRAME", wb.ColCorePart: "body and chassis"},
		{wb.ColGoodID: truck, wb.ColPartNumber: "CAB-BIW", wb.ColCorePart: "body and chassis"},
		{wb.ColGoodID: truck, wb.ColPartNumber: "AXL-F", wb.ColCorePart: "axle"},
		{wb.ColGoodID: truck, wb.ColPartNumber: "AXL-R", wb.ColCorePart: "axle"},
		{wb.ColGoodID: truck, wb.ColPartNumber: "STRUT-F", wb.ColCorePart: "suspension"},
		{wb.ColGoodID: truck, wb.ColPartNumber: "STEER", wb.ColCorePart: "steering"},
	}
	return Sample{
		File:  "light-truck.xlsx",
		Title: "Light truck (8704.31) with its Vehicle sheet, and its 8-speed transmission (8708.40, a core part)",
		Content: wb.Content{
			Goods: []wb.Row{
				{wb.ColGoodID: truck, wb.ColGoodDescription: "Pickup truck, 2.5 L gasoline, crew cab", wb.ColGoodHTS: "8704.31.01",
					wb.ColProducerCountry: "MX", wb.ColImportingCountry: "US", wb.ColTransactionValue: d("38500"),
					wb.ColTotalCost: d("33800"), wb.ColSalesPromotion: d("900"), wb.ColRoyalties: d("400"), wb.ColShippingPacking: d("500"),
					wb.ColGoodCurrency: "USD", wb.ColGoodQuantity: d("1"), wb.ColGoodUnit: "No.", wb.ColAnnualVolume: d("60000"),
					wb.ColVehicleUse: "light truck", wb.ColAsOf: day("2026-07-01")},
				{wb.ColGoodID: trans, wb.ColGoodDescription: "8-speed automatic transmission for the pickup", wb.ColGoodHTS: "8708.40.11",
					wb.ColProducerCountry: "US", wb.ColImportingCountry: "MX", wb.ColTransactionValue: d("3050"),
					wb.ColTotalCost: d("2850"), wb.ColShippingPacking: d("150"),
					wb.ColGoodCurrency: "USD", wb.ColGoodQuantity: d("1"), wb.ColGoodUnit: "No.", wb.ColAnnualVolume: d("60000"),
					wb.ColVehicleUse: "light truck", wb.ColAsOf: day("2026-07-01")},
			},
			BOM:     bom,
			Facts:   []wb.Row{},
			Vehicle: vehicle,
		},
	}
}
