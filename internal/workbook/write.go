package workbook

import (
	"fmt"
	"io"
	"time"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/language"

	"github.com/roo-trade/roo/origin"
)

// The column order of the canonical sheets.
var (
	GoodsColumns = []Col{ColGoodID, ColGoodDescription, ColGoodHTS, ColProducerCountry, ColImportingCountry,
		ColTransactionValue, ColNetCost, ColTotalCost, ColSalesPromotion, ColRoyalties, ColShippingPacking,
		ColNonAllowableInterest, ColCurrencyGain, ColGoodCurrency, ColGoodQuantity, ColGoodUnit, ColCustomsValue,
		ColAnnualVolume, ColVehicleUse, ColAsOf, ColGoodWeight, ColComponentWeight}
	BOMColumns = []Col{ColGoodID, ColParent, ColPartNumber, ColDescription, ColHTS, ColOriginStatus, ColCountry,
		ColQuantity, ColUnitCost, ColValue, ColCurrency, ColExchangeRate, ColKind, ColSupplier, ColCertification,
		ColCertifiedUntil, ColWeight, ColElastomeric, ColSupplierVNM, ColSupplierNC}
	FactsColumns   = []Col{ColGoodID, ColFactName, ColFactValue}
	VehicleColumns = []Col{ColGoodID, ColPartNumber, ColCorePart, ColPartNetCost, ColVNMOption, ColLVCBasis, ColHWM, ColHWLC,
		ColLVCNetCost, ColAPV, ColTAPV, ColTechWages, ColProductionWages, ColAssemblyPlant, ColEngineCapacity,
		ColTransmissionCapacity, ColBatteryCapacity, ColSteelPurchases, ColOriginatingSteel, ColAluminumPurchases,
		ColOriginatingAluminum, ColPeriodFrom, ColPeriodTo, ColNewPlant, ColNewPlantDate}
)

// Row is one row of a canonical sheet: values by column. Values are
// strings, decimal.Decimal (written as exact numbers), time.Time (dates) or
// nil.
type Row map[Col]any

// Content is what a canonical workbook holds.
type Content struct {
	Goods []Row
	BOM   []Row
	Facts []Row
	// Vehicle are the rows of the Vehicle sheet, written when there are
	// some or when Guide is set.
	Vehicle []Row
	// Guide adds the instructions sheet, header comments and drop-down lists
	// (the template); samples leave it off.
	Guide bool
}

// cellKind says how a column is formatted and validated.
type cellKind int

const (
	kindText cellKind = iota
	kindCode
	kindMoney
	kindQuantity
	kindDate
)

func kindOf(c Col) cellKind {
	switch c {
	case ColGoodHTS, ColHTS:
		return kindCode
	case ColTransactionValue, ColNetCost, ColTotalCost, ColSalesPromotion, ColRoyalties, ColShippingPacking,
		ColNonAllowableInterest, ColCurrencyGain, ColCustomsValue, ColUnitCost, ColValue, ColSupplierVNM, ColSupplierNC:
		return kindMoney
	case ColGoodQuantity, ColAnnualVolume, ColQuantity, ColExchangeRate, ColWeight, ColElastomeric, ColGoodWeight, ColComponentWeight,
		ColEngineCapacity, ColTransmissionCapacity, ColBatteryCapacity:
		return kindQuantity
	case ColPartNetCost, ColHWM, ColHWLC, ColLVCNetCost, ColAPV, ColTAPV, ColTechWages, ColProductionWages,
		ColSteelPurchases, ColOriginatingSteel, ColAluminumPurchases, ColOriginatingAluminum,
		ColUSValueAdded, ColSteelContent, ColAluminumContent, ColCopperContent:
		return kindMoney
	case ColAsOf, ColCertifiedUntil, ColPeriodFrom, ColPeriodTo, ColNewPlantDate:
		return kindDate
	}
	return kindText
}

// styles are the cell styles of a written workbook, created once.
type styles struct {
	header, text, money, quantity, date int
}

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	mk := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	moneyFmt, qtyFmt, dateFmt := "#,##0.00##", "#,##0.######", "yyyy-mm-dd"
	s.header = mk(&excelize.Style{Font: &excelize.Font{Bold: true, Color: "FFFFFF"}, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}}, Alignment: &excelize.Alignment{WrapText: true, Vertical: "center"}})
	s.text = mk(&excelize.Style{NumFmt: 49}) // "@": keeps codes like 0101.21 as typed
	s.money = mk(&excelize.Style{CustomNumFmt: &moneyFmt})
	s.quantity = mk(&excelize.Style{CustomNumFmt: &qtyFmt})
	s.date = mk(&excelize.Style{CustomNumFmt: &dateFmt})
	return s, err
}

func (s styles) forKind(k cellKind) int {
	switch k {
	case kindCode, kindText:
		return s.text
	case kindMoney:
		return s.money
	case kindQuantity:
		return s.quantity
	case kindDate:
		return s.date
	}
	return 0
}

// WriteCanonical writes a workbook in the canonical layout.
func WriteCanonical(w io.Writer, c Content) error {
	f := excelize.NewFile()
	defer f.Close()
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	first := "Goods"
	if c.Guide {
		first = "Instructions"
	}
	if err := f.SetSheetName("Sheet1", first); err != nil {
		return err
	}
	if c.Guide {
		if err := writeInstructions(f); err != nil {
			return err
		}
	}
	sheets := []struct {
		name string
		cols []Col
		rows []Row
	}{{"Goods", GoodsColumns, c.Goods}, {"BOM", BOMColumns, c.BOM}, {"Facts", FactsColumns, c.Facts}}
	if c.Guide || len(c.Vehicle) > 0 {
		sheets = append(sheets, struct {
			name string
			cols []Col
			rows []Row
		}{"Vehicle", VehicleColumns, c.Vehicle})
	}
	for _, s := range sheets {
		if s.name != first {
			if _, err := f.NewSheet(s.name); err != nil {
				return err
			}
		}
		if err := writeSheet(f, st, s.name, withContentCols(s.cols, s.rows, c.Guide), s.rows, c.Guide); err != nil {
			return fmt.Errorf("sheet %s: %w", s.name, err)
		}
	}
	if c.Guide {
		if err := writeLists(f); err != nil {
			return err
		}
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

// guideRows is how many rows the template formats and validates.
const guideRows = 5000

func writeSheet(f *excelize.File, st styles, sheet string, cols []Col, rows []Row, guide bool) error {
	for i, c := range cols {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(sheet, cell, columns[c].name); err != nil {
			return err
		}
		if guide {
			if err := f.AddComment(sheet, excelize.Comment{Cell: cell, Author: "roo", Text: columns[c].help}); err != nil {
				return err
			}
		}
		colName, _ := excelize.ColumnNumberToName(i + 1)
		width := float64(len(columns[c].name)) + 4
		if width < 12 {
			width = 12
		}
		if c == ColGoodDescription || c == ColDescription {
			width = 34
		}
		if err := f.SetColWidth(sheet, colName, colName, width); err != nil {
			return err
		}
		if err := f.SetColStyle(sheet, colName, st.forKind(kindOf(c))); err != nil {
			return err
		}
	}
	lastCol, _ := excelize.ColumnNumberToName(len(cols))
	if err := f.SetCellStyle(sheet, "A1", lastCol+"1", st.header); err != nil {
		return err
	}
	if err := f.SetRowHeight(sheet, 1, 30); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := f.AutoFilter(sheet, "A1:"+lastCol+"1", nil); err != nil {
		return err
	}
	for r, row := range rows {
		for i, c := range cols {
			v, ok := row[c]
			if !ok || v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
			if err := setValue(f, sheet, cell, v); err != nil {
				return err
			}
		}
	}
	if guide {
		return addValidations(f, sheet, cols)
	}
	return nil
}

// setValue writes a value: decimals as exact numeric cells, dates as dates,
// everything else as text (never as a formula).
func setValue(f *excelize.File, sheet, cell string, v any) error {
	switch v := v.(type) {
	case decimal.Decimal:
		return f.SetCellDefault(sheet, cell, v.String())
	case time.Time:
		return f.SetCellValue(sheet, cell, v)
	case string:
		return f.SetCellStr(sheet, cell, v)
	case int:
		return f.SetCellInt(sheet, cell, int64(v))
	}
	return fmt.Errorf("cell %s: cannot write %T", cell, v)
}

// addValidations adds the drop-downs of a sheet, bound to the Lists sheet.
func addValidations(f *excelize.File, sheet string, cols []Col) error {
	lists := map[Col]string{
		ColOriginStatus: "roo_origin_status", ColKind: "roo_kind", ColCountry: "roo_countries",
		ColProducerCountry: "roo_parties", ColImportingCountry: "roo_parties", ColVehicleUse: "roo_vehicle_use",
		ColFactValue: "roo_yes_no", ColCorePart: "roo_core_part", ColVNMOption: "roo_vnm_option", ColLVCBasis: "roo_lvc_basis",
		ColAssemblyPlant: "roo_yes_no", ColNewPlant: "roo_new_plant", ColRVCMethod: "roo_rvc_method",
	}
	for i, c := range cols {
		name, ok := lists[c]
		if !ok {
			continue
		}
		col, _ := excelize.ColumnNumberToName(i + 1)
		dv := excelize.NewDataValidation(true)
		dv.Sqref = fmt.Sprintf("%s2:%s%d", col, col, guideRows)
		dv.SetSqrefDropList(name)
		dv.SetError(excelize.DataValidationErrorStyleStop, columns[c].name, "Choose a value from the list: "+columns[c].help)
		if err := f.AddDataValidation(sheet, dv); err != nil {
			return err
		}
	}
	return nil
}

// listValues are the drop-down lists of the template.
func listValues() [][2]any {
	var origins []string
	for _, s := range []origin.OriginStatus{origin.Originating, origin.NonOriginating, origin.UnknownOrigin} {
		origins = append(origins, string(s))
	}
	var kinds []string
	for _, k := range origin.Kinds {
		kinds = append(kinds, string(k))
	}
	var uses []string
	for _, u := range origin.VehicleUses {
		uses = append(uses, useLabel(u))
	}
	return [][2]any{
		{"roo_origin_status", origins},
		{"roo_kind", kinds},
		{"roo_parties", []string{"US", "CA", "MX"}},
		{"roo_vehicle_use", uses},
		{"roo_yes_no", []string{"yes", "no"}},
		{"roo_countries", countryCodes()},
		{"roo_core_part", corePartChoices},
		{"roo_vnm_option", []string{"all", "components", "super-core"}},
		{"roo_lvc_basis", []string{"net cost", "purchase value"}},
		{"roo_new_plant", []string{"new building", "refit"}},
		{"roo_rvc_method", []string{"either", "net cost", "transaction value"}},
	}
}

// useLabel is how the template spells a vehicle use.
func useLabel(u origin.VehicleUse) string {
	switch u {
	case origin.UsePassengerVehicle:
		return "passenger vehicle"
	case origin.UseLightTruck:
		return "light truck"
	case origin.UseHeavyTruck:
		return "heavy truck"
	}
	return string(u)
}

// countryCodes lists the ISO 3166-1 alpha-2 codes of countries, as the
// language package knows them.
func countryCodes() []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err == nil && r.IsCountry() && r.String() == code {
				out = append(out, code)
			}
		}
	}
	return out
}

// writeLists writes the hidden Lists sheet and the names the drop-downs use.
func writeLists(f *excelize.File) error {
	const sheet = "Lists"
	if _, err := f.NewSheet(sheet); err != nil {
		return err
	}
	for i, l := range listValues() {
		name, values := l[0].(string), l[1].([]string)
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetCellStr(sheet, col+"1", name); err != nil {
			return err
		}
		for r, v := range values {
			if err := f.SetCellStr(sheet, fmt.Sprintf("%s%d", col, r+2), v); err != nil {
				return err
			}
		}
		ref := fmt.Sprintf("%s!$%s$2:$%s$%d", sheet, col, col, len(values)+1)
		if err := f.SetDefinedName(&excelize.DefinedName{Name: name, RefersTo: ref}); err != nil {
			return err
		}
	}
	return f.SetSheetVisible(sheet, false)
}

// instructions is the text of the Instructions sheet, one paragraph a row.
var instructions = []string{
	"roo — USMCA rules-of-origin workbook",
	"",
	"Fill in one row per finished good on the Goods sheet and one row per material line on the BOM sheet. Every amount is per unit of the good. Then run:",
	"    roo qualify this-workbook.xlsx",
	"",
	"Goods sheet: Good ID, HTS code and Producer country are required. Give the Transaction value (adjusted to the point of direct shipment) and/or the Net cost, or the Total cost with the excluded costs, so that roo can compute the regional value content by the methods the rule allows.",
	"BOM sheet: one row per material. Give its HTS code (required when it is non-originating), its Origin status (originating, non-originating or unknown — unknown is treated as non-originating and flagged) and its value (Value, or Quantity and Unit cost).",
	"Country of origin is not origin status: a part made in Mexico from Chinese inputs can be non-originating. Origin status comes from the supplier's certification.",
	"Multi-level BOMs: a line whose Parent names the part number of a self-produced sub-assembly goes into that sub-assembly. Mark the sub-assembly's Kind as self-produced, or intermediate if you designate it under UR §8(6).",
	"Kind: material (the default), indirect (not incorporated: tools, energy, lubricants), packaging (retail packaging classified with the good), packing (shipping), accessory (delivered with the good, not invoiced separately), self-produced, intermediate, recovered (in a remanufactured good).",
	"Facts: some rules need facts a bill of materials cannot show (for example whether a garment is cut and sewn in the territory). Give them on the Facts sheet (Good ID, Fact, yes/no) or as 'Fact: name' columns on the Goods sheet. 'roo rule CODE' lists the facts a rule needs.",
	"Vehicle sheet (optional, for vehicles of headings 87.01 to 87.06): one row per vehicle with Part number blank, giving its labour value content figures (net cost basis: HWM, HWLC, LVC net cost; or purchase value basis: APV, TAPV, HWLC optional; R&D and IT wages with production wages for the technology credit; Assembly plant and its capacities for the assembly credit), its steel and aluminum purchases with the originating share of each, the period they cover, and for an other vehicle the new-plant claim. Add one row per Table A.2 part (engine, transmission, body and chassis, axle, suspension, steering, advanced battery) with its Part number, its Core part and, if the producer makes it, its Part net cost; Core part none says a line is not one. Whatever a requirement needs and the sheet lacks makes the vehicle need review, naming it.",
	"Headers may be in English, Spanish or French; roo ignores case and accents. Hover over a header for what it means.",
	"Words roo accepts, in full (abbreviations such as y, yes, o, true or 1 are errors, never guesses): Origin status: " + OriginWords + ". Kind: " + KindWords + ". Vehicle use: " + UseWords + ". Facts: " + YesNoWords + ".",
	"",
	"The sample good in this workbook is an example: replace it with your own goods.",
}

func writeInstructions(f *excelize.File) error {
	const sheet = "Instructions"
	title, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}})
	if err != nil {
		return err
	}
	wrap, err := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return err
	}
	if err := f.SetColWidth(sheet, "A", "A", 110); err != nil {
		return err
	}
	for i, line := range instructions {
		cell := fmt.Sprintf("A%d", i+1)
		if err := f.SetCellStr(sheet, cell, line); err != nil {
			return err
		}
		style := wrap
		if i == 0 {
			style = title
		}
		if err := f.SetCellStyle(sheet, cell, cell, style); err != nil {
			return err
		}
	}
	return nil
}

// WriteFlat writes a one-sheet workbook with the given header texts and
// rows, the way ERP systems export bills of materials.
func WriteFlat(w io.Writer, sheet string, header []string, rows [][]any) error {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		return err
	}
	for i, h := range header {
		cell, _ := excelize.CoordinatesToCellName(i+1, 1)
		if err := f.SetCellStr(sheet, cell, h); err != nil {
			return err
		}
	}
	for r, row := range rows {
		for i, v := range row {
			if v == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(i+1, r+2)
			if err := setValue(f, sheet, cell, v); err != nil {
				return err
			}
		}
	}
	return f.Write(w)
}
