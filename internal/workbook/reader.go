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

	"github.com/roo-trade/roo/internal/xlsxstream"
	"github.com/roo-trade/roo/internal/zipguard"
	"github.com/roo-trade/roo/origin"
)

// Options controls reading.
type Options struct {
	// Map maps canonical columns to the user's own headers (--map).
	Map map[Col]string
	// KnownFacts are the fact keys roo asks about (origin.FactKeys); a
	// "Fact: KEY" column or Facts-sheet key outside them is an error naming
	// the nearest. Nil: fact keys are not checked.
	KnownFacts map[string]bool
}

// Workbook is everything read from one input file, held in memory.
type Workbook struct {
	FileInfo
	Goods []*GoodInput
}

// FileInfo describes an input file once it has been read.
type FileInfo struct {
	Name   string // the path as given, or <stdin>
	Layout string // "Goods sheet "Goods", BOM sheet "BOM"", "one flat sheet (…)", …
	// Problems are those not tied to one good (e.g. BOM rows naming a good
	// the Goods sheet lacks, duplicated headers).
	Problems []Problem
	// Regrouped is true when some good's BOM lines were not together, so the
	// rows were copied to a temporary file and replayed good by good.
	Regrouped bool
	// Goods counts the goods handed out.
	Goods int
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

// Read reads every good of one input into memory; see Stream.
func Read(name string, stdin io.Reader, opts Options) (*Workbook, error) {
	wb := &Workbook{}
	info, err := Stream(name, stdin, opts, func(g *GoodInput) error {
		wb.Goods = append(wb.Goods, g)
		return nil
	})
	if err != nil {
		return nil, err
	}
	wb.FileInfo = *info
	return wb, nil
}

// Stream reads the goods of one input — an .xlsx or .csv path, or "-" for
// stdin — and hands each to fn as soon as it is complete, so that memory
// does not grow with the number of goods when each good's BOM lines are
// together, as ERP exports are. (When they are not, the rows are regrouped
// through a temporary file first, and FileInfo.Regrouped says so.) Goods come in the order their BOM
// lines first appear, then the goods that have no lines, in sheet order.
//
// Stream returns a *FileError when the input cannot be read; problems with
// single goods travel with them. An error from fn stops the reading.
func Stream(name string, stdin io.Reader, opts Options, fn func(*GoodInput) error) (info *FileInfo, err error) {
	in, err := openInput(name, stdin)
	if err != nil {
		return nil, err
	}
	b := &builder{file: in.name, opts: opts, byID: map[string]*goodBuild{}, emit: fn, streaming: true, facts: newFactCheck(opts.KnownFacts)}
	defer func() {
		// excelize has panicked on crafted files before; a panic here is a
		// bug in a library, reported as a damaged file rather than a crash.
		if r := recover(); r != nil {
			info, err = nil, fileErr(in.name, fmt.Sprintf("could not be read: the workbook library failed (%v)", r), "the file may be damaged; open it in Excel and save it again. Please report this as a roo bug")
		}
	}()
	switch in.format {
	case formatXLSX:
		err = b.readXLSX(in)
	default:
		err = b.readCSV(in)
	}
	if err == nil {
		err = b.finish()
	}
	if err == nil && b.emitted == 0 {
		err = noGoods(in.name, b)
	}
	if err == nil {
		b.problems = append(b.problems, b.unusedMap()...)
	}
	if err != nil {
		return nil, err
	}
	return &FileInfo{Name: in.name, Layout: b.layout, Problems: b.problems, Regrouped: b.regrouped, Goods: b.emitted}, nil
}

// openXLSX opens a package with roo's streaming reader, after checking
// its zip directory.
func openXLSX(in *input) (*xlsxstream.Book, func(), error) {
	lim := xlsxstream.DefaultLimits
	lim.MaxUnzipped = MaxUnzippedBytes
	lim.WrapPart = func(rc io.ReadCloser, f *zip.File) io.ReadCloser { return zipguard.Limit(rc, f) }
	var ra io.ReaderAt
	var size int64
	closeFile := func() {}
	var zr *zip.Reader
	if in.data != nil {
		ra, size = bytes.NewReader(in.data), int64(len(in.data))
		var err error
		if zr, err = zip.NewReader(ra, size); err != nil {
			return nil, nil, err
		}
	} else {
		zf, z, err := openZip(in.path)
		if err != nil {
			return nil, nil, err
		}
		st, err := zf.Stat()
		if err != nil {
			zf.Close()
			return nil, nil, err
		}
		ra, size, zr, closeFile = zf, st.Size(), z, func() { zf.Close() }
	}
	// The zip directory is checked before anything is inflated.
	if err := zipguard.Check(zr); err != nil {
		closeFile()
		return nil, nil, err
	}
	bk, err := xlsxstream.OpenReaderAt(ra, size, lim)
	if err != nil {
		closeFile()
		return nil, nil, err
	}
	return bk, closeFile, nil
}

// TempDir is where roo puts the rows of a BOM whose goods' lines are not
// together while it regroups them; empty for the system's temporary
// directory. The CLI sets it to a directory it creates and removes on every
// exit path.
var TempDir string

func (b *builder) readXLSX(in *input) error {
	bk, closeAll, err := openXLSX(in)
	if err != nil {
		return xlsxOpenError(in.name, err)
	}
	defer closeAll()

	date1904 := bk.Date1904()
	plan, err := planSheets(in.name, bk.SheetNames())
	if err != nil {
		return err
	}
	b.layout = plan.describe()
	b.flat = plan.flat != ""
	b.strays(in.name, func(sheet string) (rowReader, error) { return newXLSXRows(bk, sheet, nil) }, plan.others)
	// open starts a pass over a sheet with roo's streaming reader, which
	// notes the formulas without results and the booleans in the sheet's
	// survey as the rows go by.
	open := func(sheet string, l layout) (*sheetReader, rowReader, error) {
		s := &sheetReader{file: in.name, sheet: sheet, layout: l, date1904: date1904, isXLSX: true, facts: b.facts, survey: &sheetSurvey{}}
		rr, err := newXLSXRows(bk, sheet, s.survey)
		if err != nil {
			if de := damagedSheet(in.name, sheet, err); de != nil {
				return nil, nil, de
			}
			return nil, nil, fileErr(in.name, fmt.Sprintf("sheet %q cannot be read: %v", sheet, err), "")
		}
		return s, rr, nil
	}
	// survey follows the Good ID column of a BOM or flat sheet down to its
	// end before any good is handed out. A sheet it cannot read to the
	// end fails as the reading pass would have failed there.
	survey := func(s *sheetReader, keyCol int) error {
		row, err := s.survey.followKeys(bk, s.sheet, keyCol, s.hdrRow)
		if err == nil {
			return nil
		}
		if de := damagedSheet(in.name, s.sheet, err); de != nil {
			return de
		}
		return s.sheetErr(row, "could not be read to the end: "+err.Error(), "the file may be damaged; open it in Excel and save it again")
	}
	// The Goods and Facts sheets are small: read whole, before the BOM, in
	// one pass each.
	whole := func(sheet string, l layout, handle func(*sheetReader, *rowCtx), required ...Col) error {
		s, rr, err := open(sheet, l)
		if err != nil {
			return err
		}
		defer rr.Close()
		if err := b.prepare(s, rr, required); err != nil {
			return err
		}
		return b.rows(s, rr, handle)
	}
	if plan.goods != "" {
		if err := whole(plan.goods, layoutGoods, b.goodsRow, ColGoodID, ColGoodHTS, ColProducerCountry); err != nil {
			return err
		}
	}
	if plan.facts != "" {
		if err := whole(plan.facts, layoutFacts, b.factRow, ColGoodID, ColFactName, ColFactValue); err != nil {
			return err
		}
	}
	if plan.vehicle != "" {
		if err := whole(plan.vehicle, layoutVehicle, b.vehicleRow, ColGoodID); err != nil && !b.skipOptionalSheet(err) {
			return err
		}
	}
	sheet, l, handle, required := plan.bom, layoutBOM, b.bomRow, b.bomRequired()
	if plan.flat != "" {
		sheet, l, handle, required = plan.flat, layoutFlat, b.flatRow, flatRequired
	}
	if sheet == "" {
		return nil
	}
	// The BOM is streamed: a first look finds the header, a first pass down
	// the Good ID column checks that each good's lines are together and
	// finds the lines that name no good, then the rows are read.
	s, rr, err := open(sheet, l)
	if err != nil {
		return err
	}
	err = b.prepare(s, rr, required)
	rr.Close()
	if err != nil {
		return err
	}
	if s.hdr.has(ColGoodID) {
		if err := survey(s, s.hdr.pos[ColGoodID]+1); err != nil {
			return err
		}
		b.planOrphans(s, &s.survey.keys)
	}
	b.checkTogether(s, s.survey.runs)
	// The reading pass notes the formulas without results and the
	// booleans in the same survey as the rows go by.
	xr, err := newXLSXRows(bk, sheet, s.survey)
	if err != nil {
		return fileErr(in.name, fmt.Sprintf("sheet %q cannot be read: %v", sheet, err), "")
	}
	xr.keep = !b.streaming // regrouped rows are handled after the sheet is read
	rr = xr
	defer rr.Close()
	if err := b.findHeader(s, rr); err != nil {
		return err
	}
	return b.rows(s, rr, handle)
}

func scatterMessage(good string, row int) string {
	return fmt.Sprintf("the BOM lines of %s are not together (they resume at row %d), so roo regroups the sheet's rows through a temporary file before evaluating them", good, row)
}

// flatRequired are the columns a flat sheet must have.
var flatRequired = []Col{ColGoodID, ColGoodHTS, ColProducerCountry}

// checkTogether switches to regrouping the BOM rows when some good's
// lines are not together, and says so.
func (b *builder) checkTogether(s *sheetReader, runs runTracker) {
	if !runs.broken {
		return
	}
	b.streaming = false
	b.scatter = len(b.problems)
	b.scatterRow = runs.brokenRow
	// The good is named, as the reading pass writes it, when its row is
	// read (b.scatter marks the problem to complete).
	b.problems = append(b.problems, Problem{Severity: SevWarning, File: s.file, Sheet: s.sheet, Row: runs.brokenRow,
		Message: scatterMessage("a good", runs.brokenRow),
		Hint:    "sort the export by Good ID to let roo stream it good by good; the results are the same either way"})
}

func openZip(path string) (*os.File, *zip.Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	zr, err := zip.NewReader(f, st.Size())
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, zr, nil
}

// xlsxOpenError explains why excelize could not open a package.
func xlsxOpenError(name string, err error) error {
	var ze *zipguard.Error
	if errors.As(err, &ze) {
		return fileErr(name, "is refused before unzipping: "+ze.Error(), "this may be a zip bomb; if the workbook is genuine, open it in Excel and save it again, or split it")
	}
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
	goods, bom, facts, flat, vehicle string
	// others are the sheets roo does not read (stray.go).
	others []string
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
	if p.vehicle != "" {
		s += fmt.Sprintf(", Vehicle sheet %q", p.vehicle)
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
		case p.vehicle == "" && nameIn(n, vehicleSheetNames):
			p.vehicle = n
		case nameIn(n, ignoredSheetNames):
		default:
			others = append(others, n)
		}
	}
	switch {
	case p.goods != "":
		p.others = others
		return p, nil
	case p.bom != "" && len(others) == 0:
		// A lone BOM sheet is a flat export that happens to be called BOM.
		return sheetPlan{flat: p.bom, facts: p.facts, vehicle: p.vehicle}, nil
	case p.bom == "" && len(others) == 1:
		return sheetPlan{flat: others[0], facts: p.facts, vehicle: p.vehicle}, nil
	}
	return p, fileErr(file, fmt.Sprintf("has no sheet named Goods, and roo cannot tell which of its sheets (%s) holds the bill of materials", strings.Join(quoteAll(names), ", ")),
		"name the sheets Goods and BOM (see 'roo template'), or keep only the sheet of a flat export")
}

func nameIn(n string, list []string) bool {
	k := normalize(n)
	return slices.ContainsFunc(list, func(s string) bool { return normalize(s) == k })
}

func (b *builder) readCSV(in *input) error {
	b.layout, b.flat = "CSV, one flat sheet", true
	s := &sheetReader{file: in.name, layout: layoutFlat, facts: b.facts}
	// A first pass reads only the Good ID column, to know whether each
	// good's lines are together.
	rr, err := newCSVRows(in)
	if err != nil {
		return fileErr(in.name, err.Error(), "")
	}
	err = b.prepare(s, rr, flatRequired)
	if err == nil {
		var runs runTracker
		var keys keyScan
		var decimals *decimalSurvey
		if rr.r.Comma == ';' {
			decimals = &decimalSurvey{comma: map[int]int{}, point: map[int]int{}}
		}
		pos := s.hdr.pos[ColGoodID]
		for rr.Next() {
			row := rr.Row()
			if isBlankRow(row) {
				continue
			}
			if decimals != nil {
				decimals.add(s, row, rr.RowNum())
			}
			id := ""
			if pos < len(row) {
				id = strings.TrimSpace(row[pos])
			}
			runs.add(id, rr.RowNum())
			keys.add(id, rr.RowNum())
		}
		if err = rr.Err(); err == nil {
			b.planOrphans(s, &keys)
			b.checkTogether(s, runs)
			if decimals != nil {
				err = decimals.apply(s)
			}
		} else {
			err = s.sheetErr(rr.RowNum(), "cannot be read: "+err.Error(), csvHint(err))
		}
	}
	rr.Close()
	if err != nil {
		return err
	}
	rr, err = newCSVRows(in)
	if err != nil {
		return fileErr(in.name, err.Error(), "")
	}
	defer rr.Close()
	if err := b.findHeader(s, rr); err != nil {
		return err
	}
	return b.rows(s, rr, b.flatRow)
}

// prepare finds the header and checks the required columns.
func (b *builder) prepare(s *sheetReader, rr rowReader, required []Col) error {
	if err := b.findHeader(s, rr); err != nil {
		return err
	}
	if err := s.requireColumns(required...); err != nil {
		return err
	}
	b.problems = append(b.problems, s.headerWarnings()...)
	return nil
}

// rows hands every non-blank data row after the header to handle, and
// checks that the sheet was read to its end.
func (b *builder) rows(s *sheetReader, rr rowReader, handle func(*sheetReader, *rowCtx)) error {
	if !b.streaming {
		return b.regroupRows(s, rr, handle)
	}
	for rr.Next() {
		row := rr.Row()
		if isBlankRow(row) {
			continue
		}
		handle(s, s.newRow(row, rr.RowNum()))
		if b.err != nil {
			return b.err
		}
	}
	b.problems = append(b.problems, s.unnamed...)
	return b.readToEnd(s, rr)
}

// readToEnd checks that the rows were read to the sheet's real end.
func (b *builder) readToEnd(s *sheetReader, rr rowReader) error {
	if err := rr.Err(); err != nil {
		if de := damagedSheet(s.file, s.sheet, err); de != nil {
			return de
		}
		var un *unnotedCell
		if errors.As(err, &un) {
			return s.sheetErr(rr.RowNum(), un.Error(), "open the workbook in Excel or LibreOffice, let it calculate, save it, and type values instead of TRUE/FALSE; if the BOM's lines are not sorted by Good ID, sorting them also lets roo check each row as it reads it")
		}
		return s.sheetErr(rr.RowNum(), "could not be read to the end: "+err.Error(), "the file may be damaged; open it in Excel and save it again")
	}
	return nil
}

// UseTempDir creates a private directory for roo's temporary files and
// makes it TempDir; the function it returns removes the directory and all
// in it, and is to be deferred by the program so that an interrupted run
// leaves nothing behind (the regrouped rows of a large workbook are
// hundreds of megabytes).
func UseTempDir() func() {
	dir, err := os.MkdirTemp("", "roo-")
	if err != nil {
		return func() {}
	}
	TempDir = dir
	return func() {
		TempDir = ""
		os.RemoveAll(dir)
	}
}
