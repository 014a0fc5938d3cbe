package xlsxstream

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits of the SpreadsheetML grid (ECMA-376 Part 1, §18.3.1.73 and
// §18.3.1.4): 1,048,576 rows and 16,384 columns (XFD).
const (
	MaxRows    = 1 << 20
	MaxColumns = 1 << 14
)

// Type is what a cell holds, from its t attribute (ECMA-376 Part 1,
// §18.18.11, ST_CellType).
type Type uint8

// Cell types. TypeNumber is also a cell without a t attribute.
const (
	TypeNone          Type = iota // no cell at this position
	TypeNumber                    // n, or no t: a number (a date when its style says so)
	TypeSharedString              // s: an index into the shared strings
	TypeInlineString              // inlineStr: a string in the cell
	TypeFormulaString             // str: the text result of a formula
	TypeBool                      // b: 1 or 0
	TypeError                     // e: an error such as #N/A
	TypeDate                      // d: an ISO 8601 date (strict workbooks)
)

// Cell describes one position of a row, beside its text.
type Cell struct {
	Type    Type
	Formula bool // the cell holds a formula (<f>)
	Date    bool // the cell's style shows its number as a date or time
	Style   int  // the s attribute
}

// NoCachedValue reports whether the cell holds a formula but no saved
// result: a tool that writes workbooks without calculating them left it.
func (c Cell) NoCachedValue(text string) bool { return c.Formula && text == "" }

// Error is a worksheet the reader does not understand.
type Error struct {
	Sheet string
	Row   int    // 0 when not known
	Cell  string // the cell reference, when known
	Err   error
}

func (e *Error) Error() string {
	s := ""
	switch {
	case e.Cell != "":
		s = "cell " + e.Cell + ": "
	case e.Row > 0:
		s = fmt.Sprintf("row %d: ", e.Row)
	}
	return s + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Rows reads the rows of one sheet in one pass, straight from the
// compressed part. Its Row gives each row's cells as text exactly as
// excelize's Rows().Columns(Options{RawCellValue: true}) does: shared and
// inline strings resolved (rich-text runs joined), everything else the
// stored value verbatim, trailing empty cells dropped, a formula cell
// without a value kept as "". Rows without cells are skipped (RowNum says
// which row each is). What the reader does not understand — cells or rows
// out of order, unknown cell types, a shared string that does not exist,
// malformed XML, a truncated part — stops it with an *Error; nothing is
// skipped silently.
type Rows struct {
	b       *Book
	sheet   string
	rc      io.ReadCloser
	sc      *scanner
	sst     *sharedStrings
	t       tag
	err     error
	done    bool
	inData  bool
	pending bool // r.t holds the tag after the last row, not yet handled

	num     int
	row     []string
	cells   []Cell
	rowBuf  []byte
	spans   []span
	val     []byte
	isText  []byte
	typ     []byte
	is      siScratch
	attr    []byte // a decoded attribute value
	rowTag  tag
	cellTag tag
	until   int    // with UntilColumn: the column after which a row may be skipped
	endRow  []byte // "</row>" with the row's prefix, for skipping
}

// span is where a cell's text is: in the row buffer, or a shared string.
type span struct {
	start, end int
	shared     int // index of the shared string, or -1
	kind       int // 0 buffer, 1 shared
}

// Rows opens the named sheet.
func (b *Book) Rows(sheet string) (*Rows, error) {
	part := ""
	for _, s := range b.sheets {
		if s.Name == sheet {
			part = s.Part
			break
		}
	}
	if part == "" {
		return nil, fmt.Errorf("the workbook has no sheet %q", sheet)
	}
	sst, err := b.sharedStrings()
	if err != nil {
		return nil, err
	}
	f, err := b.file(part)
	if err != nil {
		return nil, err
	}
	rc, err := b.open(f)
	if err != nil {
		return nil, err
	}
	return &Rows{b: b, sheet: sheet, rc: rc, sc: newScanner(rc), sst: sst}, nil
}

// UntilColumn makes Next stop decoding a row at column col (1-based) once
// that column's cell holds text other than white space: the rest of the
// row is skipped, unchecked, and Row ends with that cell. A row whose cell
// in column col is missing or blank is read whole, so a caller can still
// tell a row with data elsewhere from an empty one. A pass that follows one
// column down a sheet (the Good ID of a BOM) then costs little more than
// inflating the sheet; a pass that reads every cell must check the rest.
// Call it before the first Next.
func (r *Rows) UntilColumn(col int) { r.until = col }

// Close releases the part.
func (r *Rows) Close() error { return r.rc.Close() }

// Err is the error that stopped the reading, if any.
func (r *Rows) Err() error { return r.err }

// Row is the current row's cells as text; the slice is reused by Next.
func (r *Rows) Row() []string { return r.row }

// Cells describes the current row's cells, position by position as Row.
func (r *Rows) Cells() []Cell { return r.cells }

// RowNum is the current row's 1-based number.
func (r *Rows) RowNum() int { return r.num }

// Complete reports whether the sheet data was read to its end.
func (r *Rows) Complete() bool { return r.done && r.err == nil }

func (r *Rows) fail(row int, cell string, err error) bool {
	var se *errSyntax
	var bc *badCell
	if !errors.As(err, &se) && !errors.As(err, &bc) {
		// A read error of the compressed part (damaged or truncated).
		err = fmt.Errorf("the sheet's data cannot be read: %w", err)
	}
	r.err = &Error{Sheet: r.sheet, Row: row, Cell: cell, Err: err}
	return false
}

// badCell is an error about the content of the sheet, as opposed to its
// XML or its compression.
type badCell struct{ msg string }

func (e *badCell) Error() string { return e.msg }

// badf is an error about the content of the sheet.
func badf(format string, args ...any) error { return &badCell{fmt.Sprintf(format, args...)} }

// Next reads the next row that has cells; false at the end of the sheet
// data or on an error.
func (r *Rows) Next() bool {
	if r.err != nil || r.done {
		return false
	}
	for {
		if r.pending {
			r.pending = false
		} else if err := r.sc.next(&r.t); err != nil {
			return r.fail(r.num+1, "", err)
		}
		t := &r.t
		if !r.inData {
			switch {
			case t.kind == tokEOF:
				return r.fail(0, "", r.sc.syntax("the sheet has no <sheetData>, or it ends before its data"))
			case t.kind == tokStart && string(t.name) == "sheetData":
				r.inData = true
				if t.selfClose {
					r.done = true
					return false
				}
			case t.kind == tokStart && (string(t.name) == "chartsheet" || string(t.name) == "dialogsheet"):
				r.done = true // a sheet of charts or dialogs holds no cells
				return false
			}
			continue
		}
		switch {
		case t.kind == tokEOF:
			return r.fail(r.num+1, "", r.sc.syntax("the XML ends before </sheetData>: the sheet is truncated"))
		case t.kind == tokEnd && string(t.name) == "sheetData" && r.inData:
			r.done = true
			return false
		case t.kind == tokStart && string(t.name) == "row":
			ok, err := r.readRow()
			if err != nil {
				return r.fail(r.num, "", err)
			}
			if !ok {
				continue
			}
			// Look at what follows before handing the row out: excelize
			// adds stray cells after a row to it, so a row is only known
			// whole when the next row or the end of the data begins.
			if err := r.sc.next(&r.t); err != nil {
				return r.fail(r.num, "", err)
			}
			if !(r.t.kind == tokStart && string(r.t.name) == "row" || r.t.kind == tokEnd && string(r.t.name) == "sheetData") {
				return r.fail(r.num, "", r.sc.syntax("after row %d comes %s, where a row or the end of the sheet data is expected", r.num, describe(&r.t)))
			}
			// excelize also adds the cells of a following row numbered
			// lower than this one to this row: refuse it here.
			if r.t.kind == tokStart {
				for _, a := range r.t.list {
					if name, value := r.t.attr(a); string(name) == "r" {
						if n, ok := parseUint(r.attrValue(value)); !ok || n <= r.num {
							return r.fail(r.num, "", badf("row %s comes after row %d: the rows are out of order", value, r.num))
						}
					}
				}
			}
			r.pending = true
			return true
		case t.kind == tokStart:
			return r.fail(r.num+1, "", r.sc.syntax("element <%s> in the sheet data, where rows are expected", t.name))
		default:
			return r.fail(r.num+1, "", r.sc.syntax("unexpected </%s> in the sheet data", t.name))
		}
	}
}

// describe names a tag for a message.
func describe(t *tag) string {
	switch t.kind {
	case tokEOF:
		return "the end of the XML"
	case tokEnd:
		return "</" + string(t.qname) + ">"
	}
	return "<" + string(t.qname) + ">"
}

// readRow reads a <row> whose start tag is r.t; it reports whether the
// row has cells.
func (r *Rows) readRow() (bool, error) {
	num := r.num + 1
	for _, a := range r.t.list {
		name, value := r.t.attr(a)
		if string(name) != "r" {
			continue
		}
		v := r.attrValue(value)
		n, ok := parseUint(v)
		if !ok || n < 1 {
			return false, badf("row number %q is not a positive whole number", v)
		}
		if n > MaxRows {
			return false, badf("row number %d is beyond Excel's last row, %d", n, MaxRows)
		}
		if n <= r.num {
			return false, badf("row %d comes after row %d: the rows are out of order", n, r.num)
		}
		num = n
	}
	r.num = num
	r.rowBuf, r.spans, r.cells = r.rowBuf[:0], r.spans[:0], r.cells[:0]
	if r.t.selfClose {
		return false, nil
	}
	if r.until > 0 {
		r.endRow = append(append(append(r.endRow[:0], "</"...), r.t.qname...), '>')
	}
	col := 0
	cut := false // the row ends, for the caller, at column r.until
	u := &r.rowTag
	for {
		if err := r.sc.next(u); err != nil {
			return false, err
		}
		switch {
		case u.kind == tokEOF:
			return false, r.sc.syntax("the XML ends inside row %d: the sheet is truncated", num)
		case u.kind == tokEnd:
			if string(u.name) != "row" {
				return false, r.sc.syntax("</%s> closes row %d", u.name, num)
			}
			if cut {
				r.cells, r.spans = r.cells[:r.until], r.spans[:r.until]
			}
			return r.finishRow(), nil
		case string(u.name) == "c":
			var err error
			if col, err = r.readCell(u, col); err != nil {
				return false, err
			}
			if col == r.until && r.lastHasText(col) {
				if r.skipRest() {
					return r.finishRow(), nil
				}
				cut = true
			}
		case string(u.name) == "extLst":
			if err := r.sc.skipElement(u); err != nil {
				return false, err
			}
		default:
			return false, r.sc.syntax("element <%s> in row %d, where cells are expected", u.name, num)
		}
	}
}

// readCell reads a <c> whose start tag is t; prev is the column of the
// cell before it in the row (0 for none). It returns the cell's column.
func (r *Rows) readCell(t *tag, prev int) (int, error) {
	col := prev + 1
	typ := r.typ[:0]
	style := 0
	for _, a := range t.list {
		name, value := t.attr(a)
		switch string(name) {
		case "r":
			v := r.attrValue(value)
			c, row, ok := parseRef(v)
			if !ok {
				return 0, badf("%q is not a cell reference", v)
			}
			if c > MaxColumns {
				return 0, badf("cell %s is beyond Excel's last column, XFD", v)
			}
			if row != r.num {
				return 0, badf("cell %s is inside row %d", v, r.num)
			}
			if c <= prev {
				return 0, badf("cell %s comes after column %s in row %d: the cells are out of order", v, ColumnName(prev), r.num)
			}
			col = c
		case "s":
			v := r.attrValue(value)
			n, ok := parseUint(v)
			if !ok {
				return 0, badf("cell %s%d: style %q is not a whole number", ColumnName(col), r.num, v)
			}
			style = n
		case "t":
			v := r.attrValue(value)
			typ = append(typ[:0], v...)
			r.typ = typ
		}
	}
	if col > MaxColumns {
		return 0, badf("a cell beyond Excel's last column, XFD, in row %d", r.num)
	}
	hasF, hasIS := false, false
	r.val = r.val[:0]
	r.isText = r.isText[:0]
	if text, ok := r.sc.plainValue(t); ok {
		r.val = append(r.val[:0], text...)
	} else if !t.selfClose {
		u := &r.cellTag
	cell:
		for {
			if err := r.sc.next(u); err != nil {
				return 0, err
			}
			switch {
			case u.kind == tokEOF:
				return 0, r.sc.syntax("the XML ends inside cell %s%d: the sheet is truncated", ColumnName(col), r.num)
			case u.kind == tokEnd:
				if string(u.name) != "c" {
					return 0, r.sc.syntax("</%s> closes cell %s%d", u.qname, ColumnName(col), r.num)
				}
				break cell
			}
			switch string(u.name) {
			case "v":
				text, err := r.sc.readText(u)
				if err != nil {
					return 0, err
				}
				r.val = append(r.val[:0], text...)
			case "f":
				hasF = true
				if err := r.sc.skipElement(u); err != nil {
					return 0, err
				}
			case "is":
				s, err := r.is.read(r.sc, u)
				if err != nil {
					return 0, err
				}
				r.isText, hasIS = append(r.isText[:0], s...), true
			case "extLst":
				if err := r.sc.skipElement(u); err != nil {
					return 0, err
				}
			default:
				return 0, r.sc.syntax("element <%s> in cell %s%d", u.name, ColumnName(col), r.num)
			}
		}
	}
	c := Cell{Formula: hasF, Style: style, Date: r.b.styles.isDate(style)}
	sp := span{shared: -1}
	switch string(typ) {
	case "", "n":
		c.Type = TypeNumber
	case "s":
		c.Type = TypeSharedString
		if len(r.val) > 0 {
			v := bytes.TrimSpace(r.val)
			i, ok := parseUint(v)
			if !ok {
				return 0, badf("cell %s%d: shared string index %q is not a whole number", ColumnName(col), r.num, v)
			}
			if i >= r.sst.len() {
				return 0, badf("cell %s%d: shared string %d does not exist (the workbook has %d)", ColumnName(col), r.num, i, r.sst.len())
			}
			sp.kind, sp.shared = 1, i
		} else {
			r.val = r.val[:0]
		}
	case "inlineStr":
		c.Type = TypeInlineString
		if hasIS {
			r.val = append(r.val[:0], r.isText...)
		}
	case "str":
		c.Type = TypeFormulaString
	case "b":
		c.Type = TypeBool
	case "e":
		c.Type = TypeError
	case "d":
		c.Type = TypeDate
	default:
		return 0, badf("cell %s%d: cell type %q is not one SpreadsheetML defines", ColumnName(col), r.num, typ)
	}
	if sp.kind == 0 {
		sp.start = len(r.rowBuf)
		r.rowBuf = append(r.rowBuf, r.val...)
		sp.end = len(r.rowBuf)
	}
	empty := sp.kind == 0 && sp.start == sp.end || sp.kind == 1 && r.sst.off[sp.shared] == r.sst.off[sp.shared+1]
	if empty && !hasF {
		return col, nil // excelize drops a cell with neither text nor formula
	}
	for len(r.cells) < col-1 {
		r.cells = append(r.cells, Cell{})
		r.spans = append(r.spans, span{})
	}
	r.cells = append(r.cells, c)
	r.spans = append(r.spans, sp)
	return col, nil
}

// indexRare is bytes.Index(s, end) for an end tag such as "</row>": it
// looks for the tag's last letter, which is rare in sheet XML, where
// bytes.Index would stop at every '<'.
func indexRare(s, end []byte) int {
	k := len(end) - 2 // the last letter, before '>'
	for from := k; from < len(s); {
		j := bytes.IndexByte(s[from:], end[k])
		if j < 0 {
			return -1
		}
		at := from + j - k
		if at+len(end) <= len(s) && bytes.Equal(s[at:at+len(end)], end) {
			return at
		}
		from += j + 1
	}
	return -1
}

// MergedRanges reads the rest of the part after the sheet data, once Next
// has returned false at its end, and calls each with the ref attribute of
// every <mergeCell> (ECMA-376 Part 1, §18.3.1.55), such as "A2:A5", in the
// order written; ref is valid during the call. The rows' reader stops at
// the end of the sheet data, where the merged ranges begin.
func (r *Rows) MergedRanges(each func(ref []byte)) error {
	if !r.Complete() {
		return errors.New("the sheet data was not read to its end")
	}
	for {
		if err := r.sc.next(&r.t); err != nil {
			r.fail(0, "", err)
			return r.err
		}
		switch {
		case r.t.kind == tokEOF:
			return nil
		case r.t.kind == tokStart && string(r.t.name) == "mergeCell":
			for _, a := range r.t.list {
				if name, value := r.t.attr(a); string(name) == "ref" {
					each(r.attrValue(value))
				}
			}
		}
	}
}

// lastHasText reports whether the cell just read, in column col, was kept
// and holds text other than white space.
func (r *Rows) lastHasText(col int) bool {
	if len(r.cells) != col {
		return false // dropped: no text and no formula
	}
	sp := r.spans[col-1]
	if sp.kind == 1 {
		return strings.TrimSpace(r.sst.at(sp.shared)) != ""
	}
	return len(bytes.TrimSpace(r.rowBuf[sp.start:sp.end])) > 0
}

// skipRest moves past the end of the current row when its end tag is in
// the buffer and nothing before it could hide one (a comment, CDATA or a
// processing instruction); otherwise it reports false and the row is read
// on, cell by cell.
func (r *Rows) skipRest() bool {
	sc := r.sc
	rest := sc.buf[sc.pos:sc.end]
	i := indexRare(rest, r.endRow)
	if i < 0 {
		return false
	}
	if inner := rest[:i]; bytes.IndexByte(inner, '!') >= 0 || bytes.IndexByte(inner, '?') >= 0 {
		return false
	}
	sc.pos += i + len(r.endRow)
	return true
}

// finishRow turns the row's spans into strings, with one allocation for
// all the text stored in the cells themselves.
func (r *Rows) finishRow() bool {
	if len(r.cells) == 0 {
		r.row = r.row[:0]
		return false
	}
	text := string(r.rowBuf)
	if cap(r.row) < len(r.spans) {
		r.row = make([]string, len(r.spans), 2*len(r.spans))
	}
	r.row = r.row[:len(r.spans)]
	for i, sp := range r.spans {
		switch sp.kind {
		case 1:
			r.row[i] = r.sst.at(sp.shared)
		default:
			r.row[i] = text[sp.start:sp.end]
		}
	}
	return true
}

// ColumnName is the letters of a 1-based column number (1 → A, 28 → AB).
func ColumnName(n int) string {
	if n < 1 {
		return "?"
	}
	var b [8]byte
	i := len(b)
	for n > 0 {
		n--
		i--
		b[i] = byte('A' + n%26)
		n /= 26
	}
	return string(b[i:])
}

// parseRef parses an A1 reference, letters in either case and optional
// $ signs, into a column and row. A column past XFD comes back as
// MaxColumns+1.
func parseRef(v []byte) (col, row int, ok bool) {
	i := 0
	if i < len(v) && v[i] == '$' {
		i++
	}
	start := i
	for ; i < len(v); i++ {
		c := v[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = min(col*26+int(c-'a'+1), MaxColumns+1)
	}
	if i == start {
		return 0, 0, false
	}
	if i < len(v) && v[i] == '$' {
		i++
	}
	row, ok = parseUint(v[i:])
	return col, row, ok && row > 0
}

// parseUint parses a non-empty decimal whole number of at most 9 digits.
func parseUint(v []byte) (int, bool) {
	if len(v) == 0 || len(v) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// attrValue is an attribute's value with its references decoded (the
// tag's parser has checked them).
func (r *Rows) attrValue(v []byte) []byte {
	if bytes.IndexByte(v, '&') < 0 {
		return v
	}
	r.attr = r.attr[:0]
	for len(v) > 0 {
		i := bytes.IndexByte(v, '&')
		if i < 0 {
			r.attr = append(r.attr, v...)
			break
		}
		r.attr = append(r.attr, v[:i]...)
		v = v[i:]
		j := bytes.IndexByte(v, ';')
		rn, _ := decodeEntity(v[1:j])
		r.attr = appendRune(r.attr, rn)
		v = v[j+1:]
	}
	return r.attr
}
