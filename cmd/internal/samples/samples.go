// Package samples holds roo's sample bills of materials as code, so that
// the workbooks in testdata/ can be regenerated (go generate) and read
// back in tests, and the template's worked example.
package samples

import (
	"io"
	"time"

	"github.com/shopspring/decimal"

	wb "github.com/roo-trade/roo/internal/workbook"
)

//go:generate go run ./gen -dir ../../../testdata

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Sample is one sample file.
type Sample struct {
	File  string // file name under testdata/
	Title string
	// Write produces the file.
	Content wb.Content
	Flat    *Flat // set for a flat export instead of Content
}

// Flat is a one-sheet export.
type Flat struct {
	Sheet  string
	Header []string
	Rows   [][]any
}

// All lists the samples.
func All() []Sample {
	return []Sample{BrakeAssembly(), PowerSupply(), KnitShirt(), ERPExportSpanish(), LightTruck()}
}

// TemplateExample is the worked good of `roo template`.
func TemplateExample() wb.Content {
	return wb.Content{
		Goods: []wb.Row{{
			wb.ColGoodID: "SAMPLE-1", wb.ColGoodDescription: "Example: LED driver (power supply) — replace with your goods",
			wb.ColGoodHTS: "8504.40.95", wb.ColProducerCountry: "US", wb.ColImportingCountry: "CA",
			wb.ColTransactionValue: d("24.00"), wb.ColTotalCost: d("21.30"), wb.ColSalesPromotion: d("0.60"),
			wb.ColRoyalties: d("0.30"), wb.ColShippingPacking: d("0.40"), wb.ColGoodCurrency: "USD",
			wb.ColGoodQuantity: d("1"), wb.ColGoodUnit: "No.", wb.ColAnnualVolume: d("50000"),
		}},
		BOM: []wb.Row{
			{wb.ColGoodID: "SAMPLE-1", wb.ColPartNumber: "T-220", wb.ColDescription: "Ferrite transformer", wb.ColHTS: "8504.31.40", wb.ColOriginStatus: "non-originating", wb.ColCountry: "CN", wb.ColQuantity: d("1"), wb.ColUnitCost: d("3.10"), wb.ColSupplier: "Dongguan Magnetics"},
			{wb.ColGoodID: "SAMPLE-1", wb.ColPartNumber: "PCB-7", wb.ColDescription: "Printed circuit assembly", wb.ColHTS: "8504.90.75", wb.ColOriginStatus: "originating", wb.ColCountry: "US", wb.ColQuantity: d("1"), wb.ColUnitCost: d("6.80"), wb.ColKind: "self-produced"},
			{wb.ColGoodID: "SAMPLE-1", wb.ColParent: "PCB-7", wb.ColPartNumber: "IC-33", wb.ColDescription: "PWM controller IC", wb.ColHTS: "8542.39.00", wb.ColOriginStatus: "non-originating", wb.ColCountry: "TW", wb.ColQuantity: d("2"), wb.ColUnitCost: d("0.45"), wb.ColSupplier: "Hsinchu Semi"},
			{wb.ColGoodID: "SAMPLE-1", wb.ColPartNumber: "ENC-1", wb.ColDescription: "Aluminium enclosure", wb.ColHTS: "7616.99.51", wb.ColOriginStatus: "originating", wb.ColCountry: "US", wb.ColQuantity: d("1"), wb.ColUnitCost: d("2.20"), wb.ColSupplier: "Ohio Extrusions", wb.ColCertification: "OE-2026-14", wb.ColCertifiedUntil: day("2026-12-31")},
			{wb.ColGoodID: "SAMPLE-1", wb.ColPartNumber: "BOX-1", wb.ColDescription: "Retail carton", wb.ColHTS: "4819.10.00", wb.ColOriginStatus: "unknown", wb.ColCountry: "MX", wb.ColValue: d("0.25"), wb.ColKind: "packaging"},
		},
		Facts: []wb.Row{},
	}
}

// Write writes a sample file.
func Write(w io.Writer, s Sample) error {
	if s.Flat != nil {
		return wb.WriteFlat(w, s.Flat.Sheet, s.Flat.Header, s.Flat.Rows)
	}
	return wb.WriteCanonical(w, s.Content)
}
