package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// dataSheetScale is the print scale of the wide data sheets, in percent
// (11 pt text prints at about 7 pt): a landscape Letter or A4 page then
// holds about 200 characters of column width, enough for the key columns
// of the Summary sheet (file, good, description, HTS, countries, status,
// criterion, as LibreOffice lays them out); the other columns follow on the next pages, the file
// and good repeated.
const dataSheetScale = 65

// printSetup makes a sheet print as an analyst would set it up by hand:
// landscape, with a header naming the workbook file and the sheet and a
// footer with the date printed and "Page n of N".
//
// A narrow sheet (keyCols < 0: Portfolio, Charts) fits one page wide. A
// data sheet prints at [dataSheetScale] without shrinking to fit, so its
// text stays legible: the header row is repeated on every page, and its
// first keyCols columns (the file and good) on every page to the right.
// For a streamed sheet it must run before the StreamWriter is created,
// which keeps these settings.
func printSetup(f *excelize.File, sheet string, keyCols int) error {
	landscape := "landscape"
	layout := &excelize.PageLayoutOptions{Orientation: &landscape}
	fit := keyCols < 0
	if fit {
		wide, tall := 1, 0
		layout.FitToWidth, layout.FitToHeight = &wide, &tall
	} else {
		scale := uint(dataSheetScale)
		layout.AdjustTo = &scale
	}
	if err := f.SetPageLayout(sheet, layout); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L&F&R&A",
		OddFooter: "&LPrinted &D&RPage &P of &N",
	}); err != nil {
		return err
	}
	if fit {
		return nil
	}
	titles := quoteSheet(sheet) + "!$1:$1"
	if keyCols > 0 {
		last, err := excelize.ColumnNumberToName(keyCols)
		if err != nil {
			return err
		}
		titles = fmt.Sprintf("%s!$A:$%s,%s", quoteSheet(sheet), last, titles)
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: titles, Scope: sheet})
}
