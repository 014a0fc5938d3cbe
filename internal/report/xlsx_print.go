package report

import "github.com/xuri/excelize/v2"

// printSetup makes a sheet print as an analyst would set it up by hand:
// landscape, one page wide, the header row repeated on every page (when
// repeatHeader), and the sheet name and page number in the footer. For a
// streamed sheet it must run before the StreamWriter is created, which
// keeps these settings.
func printSetup(f *excelize.File, sheet string, repeatHeader bool) error {
	landscape, wide, tall, fit := "landscape", 1, 0, true
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &wide, FitToHeight: &tall}); err != nil {
		return err
	}
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{OddFooter: "&L&A&RPage &P of &N"}); err != nil {
		return err
	}
	if !repeatHeader {
		return nil
	}
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: quoteSheet(sheet) + "!$1:$1", Scope: sheet})
}
