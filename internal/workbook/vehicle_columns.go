package workbook

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin/auto"
)

// vehicleColumns are the columns of the optional Vehicle sheet: one row per
// vehicle (Part number blank) with its labour value content, steel and
// aluminum purchases, period and new-plant claim, and one row per Table A.2
// part of it (Part number given) with its net cost.
var vehicleColumns = map[Col]column{
	ColCorePart: {name: "Core part", side: sideVehicle,
		aliases: []string{"Core part", "Table A.2 part", "Super-core part", "Parte esencial", "Pieza esencial", "Pièce essentielle"},
		help:    "On a part row: the Table A.2 part the line is (engine, transmission, body and chassis, axle, suspension, steering, advanced battery), or none to say it is not one."},
	ColPartNetCost: {name: "Part net cost", side: sideVehicle,
		aliases: []string{"Part net cost", "Core part net cost", "Costo neto de la parte", "Coût net de la pièce"},
		help:    "On a part row: the net cost of a Table A.2 part the producer makes (UR §7; §14(4)), per vehicle."},
	ColVNMOption: {name: "VNM option", side: sideVehicle,
		aliases: []string{"VNM option", "Core parts option", "Opción VMN", "Option VMN"},
		help:    "How the non-originating materials of the Table A.2 parts count (UR §14): all, components (only Table A.2 column 2), or super-core; blank lets roo try each."},
	ColLVCBasis: {name: "LVC basis", side: sideVehicle,
		aliases: []string{"LVC basis", "LVC formula", "Base del CVL", "Base du CVM"},
		help:    "The labour value content formula (UR §18(6)): net cost, or purchase value; blank lets the figures given choose."},
	ColHWM: {name: "High-wage material (HWM)", side: sideVehicle,
		aliases: []string{"High-wage material (HWM)", "HWM", "High-wage material", "High-wage material and manufacturing expenditures", "Gasto en materiales de alto salario", "Matériaux à salaire élevé"},
		help:    "Net cost basis: high-wage material and manufacturing expenditures, on the same footing as LVC net cost (period totals or per vehicle)."},
	ColHWLC: {name: "High-wage labour (HWLC)", side: sideVehicle,
		aliases: []string{"High-wage labour (HWLC)", "HWLC", "High-wage labor", "High-wage labour", "High-wage labor costs", "Costos laborales de alto salario", "Main-d'oeuvre à salaire élevé"},
		help:    "Wages (not benefits) of direct production workers at qualifying wage-rate assembly plants (" + wageRateText() + " an hour, UR §12)."},
	ColLVCNetCost: {name: "LVC net cost", side: sideVehicle,
		aliases: []string{"LVC net cost", "Net cost for LVC", "Costo neto para CVL", "Coût net pour le CVM"},
		help:    "Net cost basis: the vehicle's net cost on the same footing as HWM and HWLC."},
	ColAPV: {name: "High-wage purchases (APV)", side: sideVehicle,
		aliases: []string{"High-wage purchases (APV)", "APV", "Annual purchase value", "Valor anual de compra", "Valeur annuelle d'achat"},
		help:    "Purchase value basis: annual purchase value of high-wage materials used to produce the vehicle."},
	ColTAPV: {name: "Total purchases (TAPV)", side: sideVehicle,
		aliases: []string{"Total purchases (TAPV)", "TAPV", "Total annual purchase value", "Valor anual total de compra", "Valeur annuelle totale d'achat"},
		help:    "Purchase value basis: total annual purchase value of the parts and materials used to produce the vehicle."},
	ColTechWages: {name: "R&D and IT wages", side: sideVehicle,
		aliases: []string{"R&D and IT wages", "R&D wages", "Technology wages", "HWTC wages", "Salarios de I+D y TI", "Salaires R-D et TI"},
		help:    "Technology credit (UR §18(9), (10)): the producer's annual wage expenditures on R&D and IT in the territory; blank claims no credit."},
	ColProductionWages: {name: "Production wages", side: sideVehicle,
		aliases: []string{"Production wages", "Direct production wages", "Salarios de producción", "Salaires de production"},
		help:    "Technology credit: the producer's annual wage expenditures on direct production workers."},
	ColAssemblyPlant: {name: "Assembly plant", side: sideVehicle,
		aliases: []string{"Assembly plant", "High-wage assembly plant", "Assembly credit", "Planta de ensamble", "Usine d'assemblage"},
		help:    fmt.Sprintf("Assembly credit (UR §18(12)–(14)): yes if the producer operates, or has a supply contract of at least %d years with, a high-wage assembly plant; no if not.", auto.AssemblyContractYears())},
	ColEngineCapacity: {name: "Engine capacity", side: sideVehicle,
		aliases: []string{"Engine capacity", "Capacidad de motores", "Capacité moteurs"},
		help:    "Assembly credit: the plant's annual capacity for engines of 84.07 or 84.08."},
	ColTransmissionCapacity: {name: "Transmission capacity", side: sideVehicle,
		aliases: []string{"Transmission capacity", "Capacidad de transmisiones", "Capacité transmissions"},
		help:    "Assembly credit: the plant's annual capacity for transmissions of 8708.40."},
	ColBatteryCapacity: {name: "Battery pack capacity", side: sideVehicle,
		aliases: []string{"Battery pack capacity", "Battery capacity", "Capacidad de baterías", "Capacité batteries"},
		help:    "Assembly credit: the plant's annual capacity for advanced battery packs."},
	ColSteelPurchases: {name: "Steel purchases", side: sideVehicle,
		aliases: []string{"Steel purchases", "Compras de acero", "Achats d'acier"},
		help:    "The producer's qualifying purchases of Table S steel for the period, originating or not (UR §17(2)–(4))."},
	ColOriginatingSteel: {name: "Originating steel", side: sideVehicle,
		aliases: []string{"Originating steel", "Originating steel purchases", "Acero originario", "Acier originaire"},
		help:    "Of those, the originating ones (from 2027-07-01: melted and poured in the territory, UR §17(5)); at least " + auto.PurchasePercent().String() + "% are needed."},
	ColAluminumPurchases: {name: "Aluminum purchases", side: sideVehicle,
		aliases: []string{"Aluminum purchases", "Aluminium purchases", "Compras de aluminio", "Achats d'aluminium"},
		help:    "The producer's qualifying purchases of Table S aluminum for the period, originating or not (UR §17)."},
	ColOriginatingAluminum: {name: "Originating aluminum", side: sideVehicle,
		aliases: []string{"Originating aluminum", "Originating aluminium", "Originating aluminum purchases", "Aluminio originario", "Aluminium originaire"},
		help:    "Of those, the originating ones; at least " + auto.PurchasePercent().String() + "% are needed, apart from steel."},
	ColPeriodFrom: {name: "Period from", side: sideVehicle,
		aliases: []string{"Period from", "Period start", "Periodo desde", "Période du"},
		help:    "First day of the period the figures cover (UR §16, §17(7)–(11), §18(19))."},
	ColPeriodTo: {name: "Period to", side: sideVehicle,
		aliases: []string{"Period to", "Period end", "Periodo hasta", "Période au"},
		help:    "Last day of the period the figures cover."},
	ColNewPlant: {name: "New plant", side: sideVehicle,
		aliases: []string{"New plant", "Planta nueva", "Nouvelle usine"},
		help:    newPlantHelp()},
	ColNewPlantDate: {name: "New plant date", side: sideVehicle,
		aliases: []string{"New plant date", "Fecha de planta nueva", "Date de la nouvelle usine"},
		help:    "The day the new plant produced its first prototype, or the refit was completed."},
}

// corePartChoices are the Core part drop-down's values.
var corePartChoices = []string{"engine", "transmission", "body and chassis", "axle", "suspension", "steering", "advanced battery", "none"}

// wageRateText lists the qualifying wage rates: "US$16 (USD), …".
func wageRateText() string {
	var parts []string
	for _, w := range auto.WageRates() {
		parts = append(parts, fmt.Sprintf("%s %s in %s", w.Rate, w.Currency, w.Country))
	}
	return strings.Join(parts, ", ")
}

// newPlantHelp explains the new-plant option with its terms.
func newPlantHelp() string {
	pct, newYears, refitYears := auto.NewPlantTerms()
	return fmt.Sprintf("Other vehicles only (UR §20(8)): new building (%s%% for %d years after the first prototype) or refit (%s%% for %d years after it).", pct, newYears, pct, refitYears)
}
