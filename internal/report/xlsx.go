package report

import (
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/internal/xlsxzip"
)

// XLSXOptions describe the report as a whole.
type XLSXOptions struct {
	// RooVersion is the version of roo that made the report.
	RooVersion string
	// Created is when the report was made, shown on the Portfolio sheet
	// and in the document properties; the zero time leaves both out.
	Created time.Time
	// SingleFile leaves out the File column of the sheets: with one input
	// file it repeats the same name on every row.
	SingleFile bool
}

// Sheet names of the XLSX report, in workbook order.
const (
	SheetSummary     = "Summary"
	SheetMaterials   = "Materials"
	SheetAssumptions = "Assumptions"
	SheetProblems    = "Problems"
	SheetPortfolio   = "Portfolio"
	SheetCharts      = "Charts"
)

// XLSXWriter writes the XLSX report for analysts:
//
//   - Summary: one row per good (verdict, RVC by method with threshold and
//     margin, VNM, the duty figures);
//   - Materials: one row per BOM line per good, with how it was counted;
//   - Assumptions and Problems: one row each;
//   - Suppliers, when the run built the supplier view: one row per
//     supplier, its certifications and the duty at stake if they lapsed;
//   - Portfolio: the verdict counts, the duty totals by currency, the files,
//     and the non-originating value by country of origin;
//   - Charts: RVC against threshold for the goods nearest their threshold,
//     and non-originating value by country of origin.
//
// The data sheets are streamed (memory does not grow with the number of
// goods: their rows are compressed into the package as they come, see
// sheetStream), with frozen
// headers, filters, column widths and number formats. Every value is a
// value, never a formula; numbers are number cells and text is string
// cells, so text such as =HYPERLINK(…) stays text.
//
// The workbook is written to the output only by Close: write it through a
// temporary file (atomicfile.Write) so that a failed run leaves nothing.
type XLSXWriter struct {
	out  io.Writer
	opts XLSXOptions

	f                                         *excelize.File
	zip                                       *xlsxzip.Writer // the package, its big sheets' rows written as they come
	st                                        *xlsxStyles
	summary, materials, assumptions, problems *sheetStream
	// The columns of the streamed sheets: without File for a single file.
	summaryCols    []xlsxColumn[Good]
	materialCols   []xlsxColumn[materialRow]
	assumptionCols []xlsxColumn[assumptionRow]
	problemCols    []xlsxColumn[problemRow]
	buf            []xcell
	picker         rvcPicker
	countries      countryTotals
	content        contentPicker
	err            error // the first error; later calls return it
}

// NewXLSXWriter prepares a report to be written to w by Close.
func NewXLSXWriter(w io.Writer, opts XLSXOptions) *XLSXWriter {
	return &XLSXWriter{out: w, opts: opts, picker: rvcPicker{limit: chartGoods}}
}

// start creates the workbook and the streamed sheets.
func (x *XLSXWriter) start() error {
	if x.f != nil || x.err != nil {
		return x.err
	}
	x.f = excelize.NewFile()
	x.zip = xlsxzip.New(x.out)
	x.st, x.err = newXLSXStyles(x.f)
	// The Portfolio sheet comes first, so the workbook opens on it; it is
	// filled by Close, when the totals are known.
	if x.err == nil {
		x.err = x.f.SetSheetName(x.f.GetSheetName(0), SheetPortfolio)
	}
	x.summaryCols, x.materialCols = withFile(summaryColumns, x.opts.SingleFile), withFile(materialColumns, x.opts.SingleFile)
	x.assumptionCols, x.problemCols = withFile(assumptionColumns, x.opts.SingleFile), withFile(problemColumns, x.opts.SingleFile)
	keys := 2 // File and Good ID stay in view and on every printed page
	if x.opts.SingleFile {
		keys = 1
	}
	open := func(name string, cols layout) *sheetStream {
		if x.err != nil {
			return nil
		}
		var s *sheetStream
		s, x.err = newSheetStream(x.f, x.zip, x.st, name, "", cols, keys)
		return s
	}
	x.summary = open(SheetSummary, sheetLayout(x.summaryCols))
	x.materials = open(SheetMaterials, sheetLayout(x.materialCols))
	x.assumptions = open(SheetAssumptions, sheetLayout(x.assumptionCols))
	x.problems = open(SheetProblems, sheetLayout(x.problemCols))
	return x.fail(x.err)
}

// fail records the first error and releases the workbook's temporary files.
func (x *XLSXWriter) fail(err error) error {
	if err == nil {
		return nil
	}
	if x.err == nil {
		x.err = err
	}
	if x.f != nil {
		_ = x.f.Close()
		x.f = nil
	}
	if x.zip != nil {
		x.zip.Abort()
	}
	return x.err
}

// Good adds a good to the Summary, its lines to Materials, and its
// assumptions and problems to their sheets.
func (x *XLSXWriter) Good(g Good) error {
	if err := x.start(); err != nil {
		return err
	}
	if err := addRow(x, x.summary, x.summaryCols, g); err != nil {
		return err
	}
	for i := range g.Materials {
		if err := addRow(x, x.materials, x.materialCols, materialRow{&g, &g.Materials[i]}); err != nil {
			return err
		}
	}
	for i := range g.Assumptions {
		if err := addRow(x, x.assumptions, x.assumptionCols, assumptionRow{&g, &g.Assumptions[i]}); err != nil {
			return err
		}
	}
	for i := range g.Problems {
		p := &g.Problems[i]
		if err := addRow(x, x.problems, x.problemCols, problemRow{file: fileName(p.File, g.File), goodID: g.GoodID, p: p}); err != nil {
			return err
		}
	}
	x.picker.add(g)
	x.countries.add(g)
	x.content.add(g)
	return nil
}

// addRow writes one row of a streamed sheet.
func addRow[T any](x *XLSXWriter, s *sheetStream, cols []xlsxColumn[T], v T) error {
	cells, err := rowCells(x.st, cols, v, x.buf)
	if err != nil {
		return x.fail(err)
	}
	x.buf = cells
	return x.fail(s.add(cells))
}

// fileName is a problem's file, or the good's when the problem names none.
func fileName(problemFile, goodFile string) string {
	if problemFile != "" {
		return problemFile
	}
	return goodFile
}

// Close adds the problems of whole files, ends the streamed sheets, writes
// the Portfolio and Charts sheets and writes the workbook to the output.
func (x *XLSXWriter) Close(files []File, sum Summary) error {
	if err := x.start(); err != nil {
		return err
	}
	for _, fl := range files {
		for i := range fl.Problems {
			p := &fl.Problems[i]
			if err := addRow(x, x.problems, x.problemCols, problemRow{file: fileName(p.File, fl.Name), p: p}); err != nil {
				return err
			}
		}
	}
	for _, s := range []*sheetStream{x.summary, x.materials, x.assumptions, x.problems} {
		if err := s.finish(); err != nil {
			return x.fail(err)
		}
	}
	if err := x.writeSuppliers(sum.Suppliers); err != nil {
		return x.fail(err)
	}
	countries, err := x.writePortfolio(files, sum)
	if err != nil {
		return x.fail(err)
	}
	if err := x.writeCharts(countries); err != nil {
		return x.fail(err)
	}
	if err := x.setProperties(); err != nil {
		return x.fail(err)
	}
	// Portfolio, the renamed first sheet, is the active one already. Do
	// not call SetActiveSheet: it would read every streamed sheet back into
	// memory to update its view.
	//
	// excelize builds the whole package in a bytes.Buffer before copying it
	// to the output, which made the peak memory of a million-line report
	// grow to several times its size. Its zip writer is replaceable: the
	// package is zipped straight into the output instead, and the buffer
	// stays empty. (excelize's fix-up of zip64 local headers, for parts
	// over 4 GiB, has nothing to act on: a sheet holds at most 1,048,576
	// rows, far below that.)
	x.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return x.zip })
	if err := x.f.Write(x.out); err != nil {
		return x.fail(err)
	}
	err = x.f.Close()
	x.f = nil
	return err
}

// setProperties fills the document properties Excel shows under File > Info.
func (x *XLSXWriter) setProperties() error {
	p := &excelize.DocProperties{
		Creator:     "roo",
		Title:       "USMCA origin report",
		Subject:     "USMCA rules of origin: verdicts, regional value content and duty at stake",
		Description: "Made by roo " + x.opts.RooVersion,
	}
	if !x.opts.Created.IsZero() {
		p.Created = x.opts.Created.UTC().Format(time.RFC3339)
		p.Modified = p.Created
	}
	return x.f.SetDocProps(p)
}
