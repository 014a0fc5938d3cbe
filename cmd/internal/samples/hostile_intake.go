package samples

import (
	"github.com/xuri/excelize/v2"

	wb "github.com/roo-trade/roo/internal/workbook"
)

// intakeHostile are the inputs that once lost an analyst's cells without a
// word (issue 13): each must now make its good an error or be refused.
func intakeHostile() []HostileFile {
	return []HostileFile{
		{"orphan-line.xlsx", "a BOM line whose Good ID has a one-character typo (MOT-7KS for MOT-7K5)", orphanLine},
		{"merged-id.xlsx", "a good's Good ID cell merged over its BOM lines", mergedID},
	}
}

// motorContent is a motor whose non-originating stator decides its origin.
func motorContent() wb.Content {
	return wb.Content{
		Goods: []wb.Row{
			{wb.ColGoodID: "MOT-7K5", wb.ColGoodDescription: "AC motor, 7.5 kW", wb.ColGoodHTS: "8501.52.80", wb.ColProducerCountry: "US", wb.ColTransactionValue: d("1000")},
			{wb.ColGoodID: "PMP-220", wb.ColGoodDescription: "Centrifugal pump", wb.ColGoodHTS: "8413.70.20", wb.ColProducerCountry: "US", wb.ColTransactionValue: d("800")},
		},
		BOM: []wb.Row{
			{wb.ColGoodID: "MOT-7K5", wb.ColPartNumber: "ROTOR", wb.ColDescription: "Rotor", wb.ColHTS: "8503.00.95", wb.ColOriginStatus: "originating", wb.ColCountry: "US", wb.ColValue: d("200")},
			{wb.ColGoodID: "MOT-7KS", wb.ColPartNumber: "STATOR", wb.ColDescription: "Wound stator", wb.ColHTS: "8503.00.95", wb.ColOriginStatus: "non-originating", wb.ColCountry: "CN", wb.ColValue: d("300")},
			{wb.ColGoodID: "MOT-7K5", wb.ColPartNumber: "HOUSING", wb.ColDescription: "Cast housing", wb.ColHTS: "8503.00.95", wb.ColOriginStatus: "originating", wb.ColCountry: "US", wb.ColValue: d("150")},
			{wb.ColGoodID: "PMP-220", wb.ColPartNumber: "IMPELLER", wb.ColDescription: "Impeller", wb.ColHTS: "8413.91.90", wb.ColOriginStatus: "originating", wb.ColCountry: "US", wb.ColValue: d("120")},
		},
	}
}

func orphanLine() ([]byte, error) { return canonical(motorContent()) }

// mergedID merges MOT-7K5's Good ID cell over the lines below it (B2:B4 of
// the BOM sheet once the stator names it).
func mergedID() ([]byte, error) {
	c := motorContent()
	delete(c.BOM[1], wb.ColGoodID)
	delete(c.BOM[2], wb.ColGoodID)
	src, err := canonical(c)
	if err != nil {
		return nil, err
	}
	return editIn(src, func(f *excelize.File) error { return f.MergeCell("BOM", "A2", "A4") })
}
