package workbook

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/auto"
)

// vehicleBuild is the Vehicle sheet's figures for one good, waiting for
// the good to be complete.
type vehicleBuild struct {
	figures  *origin.VehicleFigures
	problems []Problem
	row      int  // the vehicle row, 0 until one is read
	used     bool // attached to a good
}

// vehicleRow handles a row of the Vehicle sheet: a vehicle's figures when
// Part number is blank, one of its Table A.2 parts when it is given.
func (b *builder) vehicleRow(s *sheetReader, r *rowCtx) {
	id, ok := r.cell(ColGoodID)
	if !ok {
		r.rowProblem(SevError, "the row has data but no Good ID", "say which vehicle the figures are for")
		b.problems = append(b.problems, r.problems...)
		return
	}
	r.goodID = id
	if !b.flat && b.byID[id] == nil {
		r.rowProblem(SevError, fmt.Sprintf("the Vehicle sheet names good %q, which is not on the Goods sheet", id), "correct the Good ID")
		b.problems = append(b.problems, r.problems...)
		return
	}
	if b.vehicles == nil {
		b.vehicles = map[string]*vehicleBuild{}
	}
	vb := b.vehicles[id]
	if vb == nil {
		vb = &vehicleBuild{figures: &origin.VehicleFigures{}}
		b.vehicles[id] = vb
	}
	if part, isPart := r.cell(ColPartNumber); isPart {
		vb.figures.CoreParts = append(vb.figures.CoreParts, corePartFromRow(r, part))
		warnIgnored(r, "a part row", vehicleOnly)
	} else if vb.row > 0 {
		r.rowProblem(SevError, fmt.Sprintf("the vehicle %q already has its figures on row %d", id, vb.row), "give one row per vehicle, and one row per Table A.2 part with its Part number")
	} else {
		vb.row = r.num
		vehicleFromRow(r, vb.figures)
		warnIgnored(r, "a vehicle row (no Part number)", partOnly)
	}
	vb.problems = append(vb.problems, r.problems...)
}

// The columns of a vehicle row and of a part row.
var (
	partOnly    = []Col{ColCorePart, ColPartNetCost}
	vehicleOnly = []Col{ColVNMOption, ColLVCBasis, ColHWM, ColHWLC, ColLVCNetCost, ColAPV, ColTAPV, ColTechWages, ColProductionWages,
		ColAssemblyPlant, ColEngineCapacity, ColTransmissionCapacity, ColBatteryCapacity, ColSteelPurchases, ColOriginatingSteel,
		ColAluminumPurchases, ColOriginatingAluminum, ColPeriodFrom, ColPeriodTo, ColNewPlant, ColNewPlantDate}
)

// warnIgnored warns of values in columns a row of this kind does not use.
func warnIgnored(r *rowCtx, what string, cols []Col) {
	for _, c := range cols {
		if _, ok := r.cell(c); ok {
			r.add(c, &cellProblem{severity: SevWarning, message: fmt.Sprintf("%s does not use %s; roo ignores it", what, columns[c].name),
				hint: "a vehicle's figures go on its row with Part number blank; a Table A.2 part's Core part and Part net cost on a row with its Part number"})
		}
	}
}

// vehicleFromRow reads a vehicle's figures.
func vehicleFromRow(r *rowCtx, f *origin.VehicleFigures) {
	f.Ref = r.ref()
	f.Option = parseEnum(r, ColVNMOption, parseOption, 0)
	f.LVC = auto.LVCInputs{
		Basis:           parseEnum(r, ColLVCBasis, parseBasis, 0),
		HWM:             r.number(ColHWM, nonNegative),
		HWLC:            r.number(ColHWLC, nonNegative),
		NetCost:         r.number(ColLVCNetCost, positive),
		APV:             r.number(ColAPV, nonNegative),
		TAPV:            r.number(ColTAPV, positive),
		TechWages:       r.number(ColTechWages, nonNegative),
		ProductionWages: r.number(ColProductionWages, positive),
	}
	if v, ok := r.cell(ColAssemblyPlant); ok {
		yes, p := parseYesNo(v)
		if p != nil {
			r.add(ColAssemblyPlant, p)
		} else {
			f.LVC.Assembly = auto.AssemblyClaim{Known: true, Claimed: yes, Capacity: map[auto.AssemblyKind]decimal.Decimal{}}
		}
	}
	for _, c := range []struct {
		col  Col
		kind auto.AssemblyKind
	}{{ColEngineCapacity, auto.Engines}, {ColTransmissionCapacity, auto.Transmissions}, {ColBatteryCapacity, auto.BatteryPacks}} {
		if n := r.number(c.col, nonNegative); n.Valid {
			if !f.LVC.Assembly.Known {
				r.add(c.col, &cellProblem{severity: SevWarning, message: "a plant capacity is given but Assembly plant is not answered; roo claims no assembly credit",
					hint: fmt.Sprintf("answer Assembly plant yes if the producer operates, or has a contract of at least %d years with, the high-wage plant", auto.AssemblyContractYears())})
				continue
			}
			f.LVC.Assembly.Capacity[c.kind] = n.Decimal
		}
	}
	f.Steel = auto.Purchases{Total: r.number(ColSteelPurchases, nonNegative), Originating: r.number(ColOriginatingSteel, nonNegative)}
	f.Aluminum = auto.Purchases{Total: r.number(ColAluminumPurchases, nonNegative), Originating: r.number(ColOriginatingAluminum, nonNegative)}
	for _, m := range []struct {
		p          auto.Purchases
		total, org Col
	}{{f.Steel, ColSteelPurchases, ColOriginatingSteel}, {f.Aluminum, ColAluminumPurchases, ColOriginatingAluminum}} {
		if m.p.Total.Valid && m.p.Originating.Valid && m.p.Originating.Decimal.GreaterThan(m.p.Total.Decimal) {
			r.add(m.org, cellErr(fmt.Sprintf("%s %s exceeds %s %s", columns[m.org].name, m.p.Originating.Decimal, columns[m.total].name, m.p.Total.Decimal),
				"a part of all the purchases", "the originating purchases are among the purchases, not in addition to them"))
		}
	}
	f.PeriodFrom, f.PeriodTo = r.date(ColPeriodFrom), r.date(ColPeriodTo)
	if !f.PeriodFrom.IsZero() && !f.PeriodTo.IsZero() && f.PeriodTo.Before(f.PeriodFrom) {
		r.add(ColPeriodTo, cellErr("the period ends before it starts", "a date on or after Period from", ""))
	}
	f.NewPlant = parseEnum(r, ColNewPlant, parsePlant, 0)
	f.NewPlantSince = r.date(ColNewPlantDate)
}

// corePartFromRow reads a Table A.2 part of a vehicle.
func corePartFromRow(r *rowCtx, partNumber string) origin.CorePartFigures {
	cp := origin.CorePartFigures{PartNumber: partNumber, Ref: r.ref()}
	if v, ok := r.cell(ColCorePart); ok {
		part, p := parseCorePart(v)
		if p != nil {
			r.add(ColCorePart, p)
		}
		cp.Part = part
	} else {
		r.add(ColCorePart, cellErr("a part row needs its Core part", "engine, transmission, body and chassis, axle, suspension, steering, advanced battery, or none", "say which Table A.2 part the line is, or none"))
	}
	cp.NetCost = r.number(ColPartNetCost, positive)
	return cp
}

// corePartNames are the Spanish and French names of the Table A.2 parts.
var corePartNames = map[string]string{
	"motor": "Engines", "motores": "Engines", "moteur": "Engines", "moteurs": "Engines",
	"transmision": "Transmissions", "transmisiones": "Transmissions", "boitedevitesses": "Transmissions",
	"carroceriaychasis": "Body and chassis", "carrosserieetchassis": "Body and chassis", "bodyandframe": "Body and chassis",
	"eje": "Axles", "ejes": "Axles", "essieu": "Axles", "essieux": "Axles",
	"suspension": "Suspension systems", "direccion": "Steering systems", "direction": "Steering systems", "steering": "Steering systems",
	"battery": "Advanced batteries", "bateria": "Advanced batteries", "batterie": "Advanced batteries",
}

// notCorePart are the ways to say a line is not a Table A.2 part.
var notCorePart = map[string]bool{"none": true, "no": true, "notacorepart": true, "ninguna": true, "ninguno": true, "aucune": true, "aucun": true, "n": true}

func parseCorePart(raw string) (string, *cellProblem) {
	k := normalize(raw)
	if notCorePart[k] {
		return "", nil
	}
	if p, ok := corePartNames[k]; ok {
		return p, nil
	}
	t, err := auto.Default()
	if err != nil {
		return "", cellErr("the automotive appendix cannot be read: "+err.Error(), "", "")
	}
	if p, ok := t.PartNamed(raw); ok {
		return p, nil
	}
	if p, ok := t.PartNamed(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(raw), " system"), " systems")); ok {
		return p, nil
	}
	return "", cellErr(fmt.Sprintf("%q is not a Table A.2 part", strings.TrimSpace(raw)), "engine, transmission, body and chassis, axle, suspension, steering, advanced battery, or none", "")
}

func parseOption(raw string) (auto.Option, *cellProblem) {
	switch normalize(raw) {
	case "all", "a", "allnonoriginatingmaterials", "todos", "tous":
		return auto.OptionAll, nil
	case "components", "b", "component", "listedcomponents", "componentes", "composants":
		return auto.OptionComponents, nil
	case "supercore", "c", "supercoreparts":
		return auto.OptionSuperCore, nil
	case "any", "":
		return auto.AnyOption, nil
	}
	return 0, cellErr(fmt.Sprintf("%q is not a VNM option", strings.TrimSpace(raw)), "all, components or super-core", "UR §14(4), (7), (10): blank lets roo try each")
}

func parseBasis(raw string) (auto.LVCBasis, *cellProblem) {
	switch normalize(raw) {
	case "netcost", "nc", "costoneto", "coutnet":
		return auto.NetCostBasis, nil
	case "purchasevalue", "annualpurchasevalue", "apv", "valordecompra", "valeurdachat":
		return auto.PurchaseBasis, nil
	}
	return 0, cellErr(fmt.Sprintf("%q is not an LVC basis", strings.TrimSpace(raw)), "net cost or purchase value", "UR §18(6)")
}

func parsePlant(raw string) (auto.PlantKind, *cellProblem) {
	switch normalize(raw) {
	case "new", "newbuilding", "newplant", "yes", "nueva", "nouvelle":
		return auto.NewBuilding, nil
	case "refit", "retooled", "reacondicionada", "reamenagee":
		return auto.Refit, nil
	case "no", "none":
		return 0, nil
	}
	return 0, cellErr(fmt.Sprintf("%q is not a new-plant claim", strings.TrimSpace(raw)), "new building or refit (blank: none)", "UR §20(8)")
}

// attachVehicle gives a good its Vehicle sheet figures and their problems.
func (b *builder) attachVehicle(gb *goodBuild) {
	vb := b.vehicles[gb.id]
	if vb == nil {
		return
	}
	vb.used = true
	gb.in.Good.Vehicle = vb.figures
	gb.in.Problems = append(gb.in.Problems, vb.problems...)
}

// unmatchedVehicles reports Vehicle sheet rows whose good never came.
func (b *builder) unmatchedVehicles() {
	var ids []string
	for id, vb := range b.vehicles {
		if !vb.used {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		b.problems = append(b.problems, Problem{Severity: SevError, File: b.file, GoodID: id,
			Message: fmt.Sprintf("the Vehicle sheet names good %q, which is not in the workbook", id), Hint: "correct the Good ID"})
		b.problems = append(b.problems, b.vehicles[id].problems...)
	}
}

// skipOptionalSheet turns an optional sheet whose header roo does not
// recognise into a warning: a workbook may have a sheet called Vehicle that
// is not roo's, and that must not stop its goods from being read. Other
// errors (a damaged sheet) stand.
func (b *builder) skipOptionalSheet(err error) bool {
	var fe *FileError
	if !errors.As(err, &fe) || !(strings.Contains(fe.Message, "has no header row") || strings.Contains(fe.Message, "lacks the required column")) {
		return false
	}
	p := fe.Problem
	p.Severity = SevWarning
	p.Message += "; roo ignores the sheet"
	p.Hint = "roo reads a Vehicle sheet with a Good ID column and the figures of the template's Vehicle sheet (see 'roo template'); rename the sheet if it is something else"
	b.problems = append(b.problems, p)
	return true
}
