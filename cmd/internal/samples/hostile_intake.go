package samples

import (
	"archive/zip"
	"bytes"

	"github.com/xuri/excelize/v2"

	wb "github.com/roo-trade/roo/internal/workbook"
)

// intakeHostile are the inputs that once lost an analyst's cells without a
// word (issue 13): each must now make its good an error or be refused.
func intakeHostile() []HostileFile {
	return []HostileFile{
		{"orphan-line.xlsx", "a BOM line whose Good ID has a one-character typo (MOT-7KS for MOT-7K5)", orphanLine},
		{"merged-id.xlsx", "a good's Good ID cell merged over its BOM lines", mergedID},
		{"padded-part.xlsx", "a workbook with an extra part that declares 1 GiB (once 5.9 GB of memory)", paddedPart},
		{"strings-bomb.xlsx", "shared strings that declare 300 MiB (once 166 s and 4.3 GB)", stringsBomb},
		{"ratio-bomb.xlsx", "a sheet of 64 MiB of zeros in 64 KiB, compressed 1000 to 1", ratioBomb},
		{"stray-sheet.xlsx", "a second BOM sheet, BOM (2), that roo does not read", straySheet},
	}
}

// addPart copies the basic workbook and adds a part of n zero bytes
// after prefix, declaring size (0: its real size).
func addPart(name, prefix string, n int, size uint64) ([]byte, error) {
	src, err := canonical(basicContent())
	if err != nil {
		return nil, err
	}
	zr, err := zip.NewReader(bytes.NewReader(src), int64(len(src)))
	if err != nil {
		return nil, err
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if f.Name == name {
			continue
		}
		if err := zw.Copy(f); err != nil {
			return nil, err
		}
	}
	data, _, err := deflated(prefix, n)
	if err != nil {
		return nil, err
	}
	if size == 0 {
		size = uint64(len(prefix) + n)
	}
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CompressedSize64: uint64(len(data)), UncompressedSize64: size})
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(data); err != nil {
		return nil, err
	}
	err = zw.Close()
	return out.Bytes(), err
}

func paddedPart() ([]byte, error) { return addPart("xl/media/padding.bin", "", 1<<20, 1<<30) }

func stringsBomb() ([]byte, error) {
	return addPart("xl/sharedStrings.xml", "<sst>", 1<<20, 300<<20)
}

func ratioBomb() ([]byte, error) {
	return addPart("xl/worksheets/sheet2.xml", "<worksheet>", 64<<20, 0)
}

// straySheet copies the BOM sheet as "BOM (2)" with one more line.
func straySheet() ([]byte, error) {
	return edit(func(f *excelize.File) error {
		i, err := f.NewSheet("BOM (2)")
		if err != nil {
			return err
		}
		from, err := f.GetSheetIndex("BOM")
		if err != nil {
			return err
		}
		if err := f.CopySheet(from, i); err != nil {
			return err
		}
		return f.SetSheetRow("BOM (2)", "A4", &[]any{"G1", nil, "SCREW", "Screw", "7318.15", "non-originating", "CN"})
	})
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
