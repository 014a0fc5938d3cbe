package workbook

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/origin/hs"
)

// headerSearchRows is how far down a sheet roo looks for its header row;
// ERP exports often start with title lines.
const headerSearchRows = 20

// sheetReader reads one sheet: it finds the header row, then hands each
// non-empty data row to a handler as a rowCtx.
type sheetReader struct {
	file     string
	sheet    string // empty for CSV
	layout   layout
	hdr      *headerMap
	hdrRow   int
	survey   *sheetSurvey
	date1904 bool
	isXLSX   bool
	facts    *factCheck // nil: fact keys are not checked
	// decimalComma are the numeric columns of a semicolon-separated file
	// written with a decimal comma (csvdialect.go).
	decimalComma map[int]bool
	// unnamed are the warnings for columns with data and no header.
	unnamed     []Problem
	unnamedSeen map[int]bool
}

// findHeader reads rows until it finds the header: the first row in which at
// least two cells name roo columns. The rows before it are skipped.
func (s *sheetReader) findHeader(rr rowReader, user map[Col]string) error {
	for rr.Next() {
		if rr.RowNum() > headerSearchRows {
			break
		}
		h, n := matchHeader(rr.Row(), s.layout, user)
		if n >= 2 {
			s.hdr, s.hdrRow = h, rr.RowNum()
			return nil
		}
	}
	if err := rr.Err(); err != nil {
		if de := damagedSheet(s.file, s.sheet, err); de != nil {
			return de
		}
		return s.sheetErr(0, "cannot be read: "+err.Error(), "the file may be damaged; open it in Excel and save it again")
	}
	return s.sheetErr(0, fmt.Sprintf("has no header row roo recognises in its first %d rows", headerSearchRows),
		fmt.Sprintf("the %s layout needs headers such as %s; run 'roo template' for the canonical workbook, or map your headers with --map 'HTS code=Your header'", s.layout, strings.Join(exampleHeaders(s.layout), ", ")))
}

func exampleHeaders(l layout) []string {
	switch l {
	case layoutGoods:
		return []string{"Good ID", "HTS code", "Producer country", "Transaction value"}
	case layoutFacts:
		return []string{"Good ID", "Fact", "Value"}
	case layoutVehicle:
		return []string{"Good ID", "High-wage material (HWM)", "Steel purchases", "Originating steel"}
	case layoutFlat:
		return []string{"Good ID", "Good HTS code", "Producer country", "Part number", "HTS code", "Origin status", "Value"}
	}
	return []string{"Good ID", "Part number", "HTS code", "Origin status", "Quantity", "Unit cost"}
}

// requireColumns reports the required columns the header lacks.
func (s *sheetReader) requireColumns(cols ...Col) error {
	var missing []string
	for _, c := range cols {
		if !s.hdr.has(c) {
			missing = append(missing, headerLabel(c, s.layout))
		}
	}
	if len(missing) == 0 {
		return nil
	}
	c := missing[0]
	return s.sheetErr(s.hdrRow, fmt.Sprintf("lacks the required column%s %s", plural(len(missing)), strings.Join(quoteAll(missing), ", ")),
		fmt.Sprintf("add the column, or map your own header to it: --map '%s=Your header'", c))
}

// headerLabel is the header roo expects for c in a layout: in the flat
// layout the good's columns need their "Good" prefix.
func headerLabel(c Col, l layout) string {
	if l == layoutFlat && columns[c].side&sideBOM == 0 && len(columns[c].flatAliases) > 0 {
		return columns[c].flatAliases[0]
	}
	return columns[c].name
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

func (s *sheetReader) sheetErr(row int, msg, hint string) *FileError {
	what := "the sheet"
	if s.sheet == "" {
		what = "the file"
	}
	return &FileError{Problem{Severity: SevError, File: s.file, Sheet: s.sheet, Row: row, Message: what + " " + msg, Hint: hint}}
}

// headerWarnings lists duplicated headers, and headers roo does not read,
// as warnings.
func (s *sheetReader) headerWarnings() []Problem {
	var out []Problem
	for _, p := range s.hdr.unknown {
		out = append(out, s.unknownHeader(p))
	}
	for c, positions := range s.hdr.dup {
		for _, p := range positions {
			out = append(out, Problem{Severity: SevWarning, File: s.file, Sheet: s.sheet, Row: s.hdrRow, Column: colName(p), Header: s.hdr.header[p],
				Message: fmt.Sprintf("this column is also read as %q, which an earlier column already is; roo ignores this one", c.Name()),
				Hint:    "remove or rename the duplicate column"})
		}
	}
	return out
}

// colName is the column letter of a 0-based position.
func colName(pos int) string {
	n, err := excelize.ColumnNumberToName(pos + 1)
	if err != nil {
		return fmt.Sprint(pos + 1)
	}
	return n
}

// rowCtx reads the cells of one data row and collects their problems.
type rowCtx struct {
	s        *sheetReader
	row      []string
	num      int
	goodID   string
	problems []Problem
}

func (s *sheetReader) newRow(row []string, num int) *rowCtx {
	s.noteUnnamed(row, num)
	return &rowCtx{s: s, row: row, num: num}
}

// noteUnnamed names, once per column, the cells of a column with no header:
// roo cannot tell what they hold, and must not drop them without a word.
func (s *sheetReader) noteUnnamed(row []string, num int) {
	for i, c := range row {
		if i < len(s.hdr.header) && strings.TrimSpace(s.hdr.header[i]) != "" {
			continue
		}
		if strings.TrimSpace(c) == "" || s.unnamedSeen[i] {
			continue
		}
		if s.unnamedSeen == nil {
			s.unnamedSeen = map[int]bool{}
		}
		s.unnamedSeen[i] = true
		s.unnamed = append(s.unnamed, Problem{Severity: SevWarning, File: s.file, Sheet: s.sheet, Row: num, Column: colName(i),
			Message: fmt.Sprintf("column %s has data (first on this row) but no header, so roo does not read it", colName(i)),
			Hint:    "give the column a header roo reads, or delete its cells"})
	}
}

// blank reports whether the row has no content at all.
func isBlankRow(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// cell returns the trimmed text of column c, and whether the column exists
// and the cell is not empty. An empty cell that holds a formula without a
// saved result is reported.
func (r *rowCtx) cell(c Col) (string, bool) {
	pos := r.s.hdr.pos[c]
	if pos < 0 {
		return "", false
	}
	return r.cellAt(pos, c.Name())
}

func (r *rowCtx) cellAt(pos int, label string) (string, bool) {
	v := ""
	if pos < len(r.row) {
		v = strings.TrimSpace(r.row[pos])
	}
	if len(v) > maxCellChars && utf8.RuneCountInString(v) > maxCellChars {
		r.addAt(pos, cellErr(fmt.Sprintf("the cell holds %d characters; an Excel cell holds at most %d", utf8.RuneCountInString(v), maxCellChars), "a shorter value", "the file was not written by Excel; check the tool that produced it"))
		return "", false
	}
	if v != "" && r.s.survey != nil && len(r.s.survey.bools) > 0 && r.s.survey.bools[cellRef(pos, r.num)] && label != "" {
		// Raw values read TRUE and FALSE as 1 and 0.
		r.addAt(pos, cellErr("the cell holds TRUE or FALSE", "a value, not a logical", "type the value; a TRUE/FALSE cell is not a number, a code or a status"))
		return "", false
	}
	if v == "" && r.s.survey != nil && len(r.s.survey.formulas) > 0 {
		if r.s.survey.formulas[cellRef(pos, r.num)] {
			r.addAt(pos, &cellProblem{severity: SevError, message: "the cell holds a formula with no saved result", expected: "a value",
				hint: "open the workbook in Excel or LibreOffice, let it calculate, and save it; tools that write workbooks without calculating leave formulas empty"})
		}
	}
	return v, v != ""
}

// maxCellChars is the most characters an Excel cell holds.
const maxCellChars = 32767

// cellRef is the A1 reference of a 0-based column position and a row.
func cellRef(pos, row int) string { return colName(pos) + strconv.Itoa(row) }

// add records a problem about column c of this row.
func (r *rowCtx) add(c Col, p *cellProblem) {
	r.addAt(r.s.hdr.pos[c], p)
}

func (r *rowCtx) addAt(pos int, p *cellProblem) {
	pr := Problem{Severity: p.severity, File: r.s.file, Sheet: r.s.sheet, Row: r.num, GoodID: r.goodID,
		Message: p.message, Expected: p.expected, Hint: p.hint}
	if pos >= 0 {
		pr.Column = colName(pos)
		if pos < len(r.s.hdr.header) {
			pr.Header = strings.TrimSpace(r.s.hdr.header[pos])
		}
	}
	r.problems = append(r.problems, pr)
}

// rowProblem records a problem about the row as a whole.
func (r *rowCtx) rowProblem(sev Severity, msg, hint string) {
	r.problems = append(r.problems, Problem{Severity: sev, File: r.s.file, Sheet: r.s.sheet, Row: r.num, GoodID: r.goodID, Message: msg, Hint: hint})
}

func (r *rowCtx) text(c Col) string {
	v, _ := r.cell(c)
	return v
}

// sign constrains a number.
type sign int

const (
	anySign sign = iota
	nonNegative
	positive
)

// number reads an optional number; invalid when the cell is empty or wrong.
func (r *rowCtx) number(c Col, want sign) decimal.NullDecimal {
	v, ok := r.cell(c)
	if !ok {
		return decimal.NullDecimal{}
	}
	if r.s.decimalComma[r.s.hdr.pos[c]] {
		v = strings.Replace(v, ",", ".", 1)
	}
	d, p := parseNumber(v)
	if p != nil {
		r.add(c, p)
		return decimal.NullDecimal{}
	}
	switch {
	case want == positive && !d.IsPositive():
		r.add(c, cellErr(fmt.Sprintf("%s must be greater than zero, got %s", columns[c].name, d.String()), "a positive number", ""))
		return decimal.NullDecimal{}
	case want == nonNegative && d.IsNegative():
		r.add(c, cellErr(fmt.Sprintf("%s cannot be negative, got %s", columns[c].name, d.String()), "zero or a positive number", ""))
		return decimal.NullDecimal{}
	}
	return decimal.NullDecimal{Decimal: d, Valid: true}
}

func (r *rowCtx) date(c Col) time.Time {
	v, ok := r.cell(c)
	if !ok {
		return time.Time{}
	}
	t, p := parseDate(v, r.s.date1904, r.s.isXLSX)
	if p != nil {
		r.add(c, p)
	}
	return t
}

func (r *rowCtx) code(c Col) hs.Code {
	v, ok := r.cell(c)
	if !ok {
		return ""
	}
	code, p := parseCode(v)
	if p != nil {
		r.add(c, p)
	}
	return code
}

// checkCode validates a parsed code against the HS 2022 nomenclature: a
// code of an older edition is a warning naming its HS 2022 successors; a
// code no edition knows is an error when strict (the good, a
// non-originating material) and a warning otherwise.
func (r *rowCtx) checkCode(c Col, code hs.Code, strict bool) {
	if code == "" {
		return
	}
	v := hs.Validate(code)
	switch v.Status {
	case hs.Outdated:
		r.add(c, &cellProblem{severity: SevWarning, message: v.String(),
			hint: "classify it in HS 2022 (the 2025 HTS): rules and tariff shifts are tested on the code as given"})
	case hs.Unknown:
		sev := SevWarning
		if strict {
			sev = SevError
		}
		r.add(c, &cellProblem{severity: sev, message: v.String(), expected: "a subheading of the HS 2022 nomenclature",
			hint: "check the code for a typo; roo validates its first six digits"})
	}
}

// parse reads column c with a parser of enumerated values; def is used for an
// empty cell.
func parseEnum[T any](r *rowCtx, c Col, parse func(string) (T, *cellProblem), def T) T {
	v, ok := r.cell(c)
	if !ok {
		return def
	}
	out, p := parse(v)
	if p != nil {
		r.add(c, p)
		return def
	}
	return out
}

// hasErrors reports whether any problem of the row is an error.
func (r *rowCtx) hasErrors() bool {
	for _, p := range r.problems {
		if p.Severity == SevError {
			return true
		}
	}
	return false
}

// ref is how assumptions and results name this row: `BOM row 12`.
func (r *rowCtx) ref() string {
	if r.s.sheet == "" {
		return "row " + strconv.Itoa(r.num)
	}
	return r.s.sheet + " row " + strconv.Itoa(r.num)
}
