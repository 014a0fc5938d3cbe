package workbook

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/origin"
)

// Options controls reading.
type Options struct {
	// Map maps canonical columns to the user's own headers (--map).
	Map map[Col]string
}

// Workbook is what was read from one input file.
type Workbook struct {
	Name   string // the path as given, or <stdin>
	Layout string // "two sheets (Goods, BOM)", "one flat sheet", …
	Goods  []*GoodInput
	// Problems are those not tied to one good (e.g. BOM rows naming a good
	// the Goods sheet lacks, duplicated headers).
	Problems []Problem
}

// GoodInput is one good as read, with the problems found in its rows.
type GoodInput struct {
	Good     *origin.Good
	Problems []Problem
}

// Failed reports whether the good has an error and must not be evaluated.
func (g *GoodInput) Failed() bool {
	for _, p := range g.Problems {
		if p.Severity == SevError {
			return true
		}
	}
	return false
}

// Read reads the goods of one input: an .xlsx or .csv path, or "-" for
// stdin. It returns a *FileError when the input cannot be read at all;
// problems with single goods are attached to them instead.
func Read(name string, stdin io.Reader, opts Options) (wb *Workbook, err error) {
	in, err := openInput(name, stdin)
	if err != nil {
		return nil, err
	}
	defer func() {
		// excelize has panicked on crafted files before; a panic here is a
		// bug in a library, reported as a damaged file rather than a crash.
		if r := recover(); r != nil {
			wb, err = nil, fileErr(in.name, fmt.Sprintf("could not be read: the workbook library failed (%v)", r), "the file may be damaged; open it in Excel and save it again. Please report this as a roo bug")
		}
	}()
	b := &builder{file: in.name, opts: opts, byID: map[string]*goodBuild{}}
	switch in.format {
	case formatXLSX:
		err = b.readXLSX(in)
	default:
		err = b.readCSV(in)
	}
	if err != nil {
		return nil, err
	}
	return b.finish(), nil
}

// builder accumulates goods and lines as sheets are read.
type builder struct {
	file     string
	opts     Options
	layout   string
	order    []*goodBuild
	byID     map[string]*goodBuild
	problems []Problem
}

// goodBuild is a good being assembled.
type goodBuild struct {
	in       *GoodInput
	row      int // where the good was first defined
	lines    []origin.BOMLine
	lineRows map[string]Problem // material ref → location, for tree errors
}

func (b *builder) readXLSX(in *input) error {
	xopts := excelize.Options{RawCellValue: true, UnzipSizeLimit: MaxUnzippedBytes}
	var f *excelize.File
	var zr *zip.Reader
	var err error
	if in.data != nil {
		f, err = excelize.OpenReader(bytes.NewReader(in.data), xopts)
		if err == nil {
			zr, err = zip.NewReader(bytes.NewReader(in.data), int64(len(in.data)))
		}
	} else {
		f, err = excelize.OpenFile(in.path, xopts)
		if err == nil {
			zr, err = openZip(in.path)
		}
	}
	if err != nil {
		return xlsxOpenError(in.name, err)
	}
	defer f.Close()

	date1904 := false
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	plan, err := planSheets(in.name, f.GetSheetList())
	if err != nil {
		return err
	}
	b.layout = plan.describe()
	surveys, err := surveySheets(zr, plan.sheets())
	if err != nil {
		return fileErr(in.name, "is damaged: "+err.Error(), "open it in Excel and save it again")
	}
	read := func(sheet string, l layout, handle func(*sheetReader, *rowCtx), required ...Col) error {
		rr, err := newXLSXRows(f, sheet)
		if err != nil {
			return fileErr(in.name, fmt.Sprintf("sheet %q cannot be read: %v", sheet, err), "")
		}
		defer rr.Close()
		s := &sheetReader{file: in.name, sheet: sheet, layout: l, survey: surveys[sheet], date1904: date1904, isXLSX: true}
		return b.readSheet(s, rr, handle, required...)
	}
	if plan.flat != "" {
		return read(plan.flat, layoutFlat, b.flatRow, ColGoodID, ColGoodHTS, ColProducerCountry)
	}
	if err := read(plan.goods, layoutGoods, b.goodsRow, ColGoodID, ColGoodHTS, ColProducerCountry); err != nil {
		return err
	}
	if plan.bom != "" {
		if err := read(plan.bom, layoutBOM, b.bomRow, b.bomRequired()...); err != nil {
			return err
		}
	}
	if plan.facts != "" {
		return read(plan.facts, layoutFacts, b.factRow, ColGoodID, ColFactName, ColFactValue)
	}
	return nil
}

func openZip(path string) (*zip.Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	// The reader keeps the file open for the life of the read; the process
	// reads a bounded number of files, and each is closed when it is done.
	return zip.NewReader(f, st.Size())
}

// xlsxOpenError explains why excelize could not open a package.
func xlsxOpenError(name string, err error) error {
	switch {
	case strings.Contains(err.Error(), "unzip size exceeds"):
		return fileErr(name, fmt.Sprintf("expands to more than %d MB when unzipped, which no bill of materials needs", MaxUnzippedBytes>>20), "this may be a zip bomb; if the workbook is genuine, split it")
	case errors.Is(err, excelize.ErrWorkbookFileFormat), errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum), errors.Is(err, io.ErrUnexpectedEOF):
		return fileErr(name, "is not a valid xlsx workbook: the zip package is damaged or truncated", "if it was downloaded or copied, fetch it again; otherwise open it in Excel and save it again")
	}
	msg := err.Error()
	if strings.Contains(msg, "zip") {
		return fileErr(name, "is not a valid xlsx workbook: "+msg, "open it in Excel and save it again")
	}
	return fileErr(name, "cannot be opened: "+msg, "")
}

// sheetPlan says which sheets of a workbook hold what.
type sheetPlan struct {
	goods, bom, facts, flat string
}

func (p sheetPlan) sheets() []string {
	var out []string
	for _, s := range []string{p.goods, p.bom, p.facts, p.flat} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func (p sheetPlan) describe() string {
	if p.flat != "" {
		return fmt.Sprintf("one flat sheet (%s)", p.flat)
	}
	s := fmt.Sprintf("Goods sheet %q", p.goods)
	if p.bom != "" {
		s += fmt.Sprintf(", BOM sheet %q", p.bom)
	}
	if p.facts != "" {
		s += fmt.Sprintf(", Facts sheet %q", p.facts)
	}
	return s
}

// planSheets recognises the canonical sheets by name; otherwise the single
// remaining data sheet is read as the flat layout.
func planSheets(file string, names []string) (sheetPlan, error) {
	var p sheetPlan
	var others []string
	for _, n := range names {
		switch {
		case p.goods == "" && nameIn(n, goodsSheetNames):
			p.goods = n
		case p.bom == "" && nameIn(n, bomSheetNames):
			p.bom = n
		case p.facts == "" && nameIn(n, factsSheetNames):
			p.facts = n
		case nameIn(n, ignoredSheetNames):
		default:
			others = append(others, n)
		}
	}
	switch {
	case p.goods != "":
		return p, nil
	case p.bom != "" && len(others) == 0:
		// A lone BOM sheet is a flat export that happens to be called BOM.
		return sheetPlan{flat: p.bom, facts: p.facts}, nil
	case p.bom == "" && len(others) == 1:
		return sheetPlan{flat: others[0], facts: p.facts}, nil
	}
	return p, fileErr(file, fmt.Sprintf("has no sheet named Goods, and roo cannot tell which of its sheets (%s) holds the bill of materials", strings.Join(quoteAll(names), ", ")),
		"name the sheets Goods and BOM (see 'roo template'), or keep only the sheet of a flat export")
}

func nameIn(n string, list []string) bool {
	k := normalize(n)
	return slices.ContainsFunc(list, func(s string) bool { return normalize(s) == k })
}

func (b *builder) readCSV(in *input) error {
	rr, err := newCSVRows(in)
	if err != nil {
		return fileErr(in.name, err.Error(), "")
	}
	defer rr.Close()
	b.layout = "CSV, one flat sheet"
	s := &sheetReader{file: in.name, layout: layoutFlat}
	return b.readSheet(s, rr, b.flatRow, ColGoodID, ColGoodHTS, ColProducerCountry)
}

// readSheet finds the header, checks the required columns and hands every
// non-blank data row to handle.
func (b *builder) readSheet(s *sheetReader, rr rowReader, handle func(*sheetReader, *rowCtx), required ...Col) error {
	if err := s.findHeader(rr, b.opts.Map); err != nil {
		return err
	}
	if err := s.requireColumns(required...); err != nil {
		return err
	}
	b.problems = append(b.problems, s.headerWarnings()...)
	for rr.Next() {
		row := rr.Row()
		if isBlankRow(row) {
			continue
		}
		handle(s, s.newRow(row, rr.RowNum()))
	}
	if err := rr.Err(); err != nil {
		return s.sheetErr(rr.RowNum(), "could not be read to the end: "+err.Error(), "the file may be damaged; open it in Excel and save it again")
	}
	if sv := s.survey; sv != nil && (!sv.complete || sv.lastRow > rr.RowNum()) && sv.lastRow > 0 {
		return s.sheetErr(rr.RowNum(), fmt.Sprintf("stops being readable after row %d although it has rows up to %d: the sheet is damaged", rr.RowNum(), sv.lastRow), "open the workbook in Excel and save it again")
	}
	return nil
}
