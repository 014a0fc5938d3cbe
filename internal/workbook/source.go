package workbook

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"github.com/roo-trade/roo/internal/xlsxstream"
)

// rowReader yields the rows of one sheet as raw cell text, ragged (trailing
// empty cells may be missing). Row numbers are 1-based and count empty rows.
type rowReader interface {
	Next() bool
	Row() []string
	RowNum() int
	Err() error
	Close() error
}

// xlsxRows reads a worksheet with roo's streaming reader, raw values as
// excelize gave them, and notes in the survey what the text of a cell
// cannot say (formulas without results, booleans).
type xlsxRows struct {
	rows *xlsxstream.Rows
	sv   *sheetSurvey // nil when not wanted
	// keep holds the notes of every row read, for rows handled after the
	// sheet is read (regrouped); otherwise the survey holds the notes of
	// the row just read only, which is handled before the next is read.
	keep bool
	err  error
}

func newXLSXRows(bk *xlsxstream.Book, sheet string, sv *sheetSurvey) (*xlsxRows, error) {
	rows, err := bk.Rows(sheet)
	if err != nil {
		return nil, err
	}
	return &xlsxRows{rows: rows, sv: sv}, nil
}

func (x *xlsxRows) Next() bool {
	if x.err != nil || !x.rows.Next() {
		return false
	}
	if x.sv != nil {
		if !x.keep {
			clear(x.sv.formulas)
			clear(x.sv.bools)
		}
		if ref := x.sv.note(x.rows.RowNum(), x.rows.Row(), x.rows.Cells()); ref != "" {
			x.err = &unnotedCell{ref: ref}
			return false
		}
	}
	return true
}

// unnotedCell is a formula without a result, or a boolean, that the survey
// had no room left to note: read on, roo could no longer tell it from an
// empty cell or a number, so it stops there.
type unnotedCell struct{ ref string }

func (e *unnotedCell) Error() string {
	return fmt.Sprintf("holds more formulas without a saved result and TRUE/FALSE cells than roo keeps track of (%d); cell %s is the first it cannot check, so roo stops there", maxFormulaCells, e.ref)
}

func (x *xlsxRows) Row() []string { return x.rows.Row() }
func (x *xlsxRows) RowNum() int   { return x.rows.RowNum() }
func (x *xlsxRows) Err() error {
	if x.err != nil {
		return x.err
	}
	return x.rows.Err()
}
func (x *xlsxRows) Close() error { return x.rows.Close() }

// csvRows reads a CSV file: comma, semicolon or tab separated (whichever the
// header line uses most), UTF-8 (with or without BOM), UTF-16 with BOM, or
// Windows-1252 when the bytes are not valid UTF-8 (Excel's "CSV" in many
// locales).
type csvRows struct {
	r      *csv.Reader
	quotes *quoteTracker
	closer io.Closer
	row    []string
	n      int
	err    error
}

func newCSVRows(in *input) (*csvRows, error) {
	var src io.Reader
	var closer io.Closer = io.NopCloser(nil)
	var head []byte
	if in.data != nil {
		src, head = bytes.NewReader(in.data), headOf(in.data)
	} else {
		f, err := os.Open(in.path)
		if err != nil {
			return nil, err
		}
		head = make([]byte, 64<<10)
		n, _ := io.ReadFull(f, head)
		head = head[:n]
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			f.Close()
			return nil, err
		}
		src, closer = f, f
	}
	src, head = decodeText(src, head)
	if crOnly(head) {
		src, head = crToLF{src}, bytes.ReplaceAll(head, []byte{'\r'}, []byte{'\n'})
	}
	comma := sniffDelimiter(head)
	qt := newQuoteTracker(src, comma)
	cr := csv.NewReader(qt)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	return &csvRows{r: cr, quotes: qt, closer: closer}, nil
}

// decodeText wraps src in the decoder its byte-order mark or content calls for.
func decodeText(src io.Reader, head []byte) (io.Reader, []byte) {
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		return transform.NewReader(src, unicode.UTF8BOM.NewDecoder()), head[3:]
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		h, _, _ := transform.Bytes(dec, head)
		return transform.NewReader(src, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()), h
	case !utf8.Valid(trimPartialRune(head)):
		dec := charmap.Windows1252.NewDecoder()
		h, _, _ := transform.Bytes(dec, head)
		return transform.NewReader(src, charmap.Windows1252.NewDecoder()), h
	}
	return src, head
}

// trimPartialRune drops an incomplete UTF-8 sequence cut off at the end of a
// buffer, so that validity is judged on whole characters.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < 3 && len(b) > 0; i++ {
		r, size := utf8.DecodeLastRune(b)
		if r != utf8.RuneError || size != 1 {
			return b
		}
		b = b[:len(b)-1]
	}
	return b
}

// sniffDelimiter picks the separator used most on the first line.
func sniffDelimiter(head []byte) rune {
	line := head
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		line = head[:i]
	}
	best, bestN := ',', -1
	for _, c := range []rune{',', ';', '\t'} {
		if n := bytes.Count(line, []byte(string(c))); n > bestN {
			best, bestN = c, n
		}
	}
	return best
}

func (c *csvRows) Next() bool {
	if c.err != nil {
		return false
	}
	rec, err := c.r.Read()
	if err == io.EOF {
		if c.quotes.unclosed() {
			c.err = quoteError(c.quotes.openLine)
		}
		return false
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			c.err = fmt.Errorf("line %d: %v", pe.Line, pe.Err)
		} else {
			c.err = err
		}
		return false
	}
	c.n, _ = c.r.FieldPos(0) // the line the record starts on
	c.row = rec
	return true
}

func (c *csvRows) Row() []string { return c.row }
func (c *csvRows) RowNum() int   { return c.n }
func (c *csvRows) Err() error    { return c.err }
func (c *csvRows) Close() error  { return c.closer.Close() }
