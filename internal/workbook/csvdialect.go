package workbook

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// CSV exports come in dialects roo must read or refuse by name, never
// half-read: classic Mac line endings (CR alone), a quote opened and never
// closed (which a lenient parser lets swallow the rest of the file into one
// cell), and the decimal comma of semicolon-separated exports from Mexico,
// Quebec and most of Europe.

// crOnly reports whether the text's lines end in CR alone.
func crOnly(head []byte) bool {
	return bytes.IndexByte(head, '\r') >= 0 && bytes.IndexByte(head, '\n') < 0
}

// crToLF turns CR line endings into LF.
type crToLF struct{ r io.Reader }

func (c crToLF) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	for i := range p[:n] {
		if p[i] == '\r' {
			p[i] = '\n'
		}
	}
	return n, err
}

// quoteTracker follows the quoting of CSV text as the parser reads it, to
// tell at the end whether a quoted field was left open, and where.
type quoteTracker struct {
	r        *bufio.Reader
	comma    byte
	line     int
	inQuote  bool
	atStart  bool // at the start of a field
	pending  bool // a quote inside a quoted field: closing or doubled
	openLine int
}

func newQuoteTracker(r io.Reader, comma rune) *quoteTracker {
	return &quoteTracker{r: bufio.NewReaderSize(r, 64<<10), comma: byte(comma), line: 1, atStart: true}
}

func (q *quoteTracker) Read(p []byte) (int, error) {
	n, err := q.r.Read(p)
	for _, c := range p[:n] {
		q.step(c)
	}
	return n, err
}

func (q *quoteTracker) step(c byte) {
	if q.pending {
		q.pending = false
		if c == '"' {
			return // a doubled quote inside the field
		}
		q.inQuote = false
	}
	switch {
	case q.inQuote:
		if c == '"' {
			q.pending = true
		} else if c == '\n' {
			q.line++
		}
	case c == '"' && q.atStart:
		q.inQuote, q.openLine, q.atStart = true, q.line, false
	case c == q.comma:
		q.atStart = true
	case c == '\n':
		q.line, q.atStart = q.line+1, true
	case c == '\r':
	default:
		q.atStart = false
	}
}

// unclosed reports whether the text ended inside a quoted field.
func (q *quoteTracker) unclosed() bool { return q.inQuote && !q.pending }

// quoteError is the error of a quote opened on line and never closed.
func quoteError(line int) error {
	return fmt.Errorf("line %d: a quote opens a field there and is never closed, so the rest of the file would be read as one cell", line)
}

// csvHint is the fix to suggest for a CSV file that cannot be parsed.
func csvHint(err error) string {
	if strings.Contains(err.Error(), "never closed") {
		return `close the quote, or double a quote that is part of the text ("12"" pipe"); a spreadsheet export always balances them`
	}
	return "the file may be damaged; open it in a spreadsheet and export it as CSV again"
}

// numericCols are the columns read as numbers.
var numericCols = []Col{ColTransactionValue, ColNetCost, ColTotalCost, ColSalesPromotion, ColRoyalties, ColShippingPacking,
	ColNonAllowableInterest, ColCurrencyGain, ColGoodQuantity, ColCustomsValue, ColAnnualVolume, ColGoodWeight, ColComponentWeight,
	ColQuantity, ColUnitCost, ColValue, ColExchangeRate, ColWeight, ColElastomeric, ColSupplierVNM, ColSupplierNC}

var (
	commaDecimal = regexp.MustCompile(`^[+-]?[0-9]+,[0-9]+$`)
	pointDecimal = regexp.MustCompile(`^[+-]?[0-9]+\.[0-9]+$`)
)

// decimalSurvey looks at the numeric columns of a semicolon-separated file:
// a column whose decimals are all written with a comma is read with a
// decimal comma; one that mixes commas and points is refused.
type decimalSurvey struct {
	comma, point map[int]int // position → first row with that separator
}

func (d *decimalSurvey) add(s *sheetReader, row []string, num int) {
	for _, c := range numericCols {
		pos := s.hdr.pos[c]
		if pos < 0 || pos >= len(row) {
			continue
		}
		v := strings.TrimSpace(row[pos])
		switch {
		case commaDecimal.MatchString(v):
			if _, ok := d.comma[pos]; !ok {
				d.comma[pos] = num
			}
		case pointDecimal.MatchString(v):
			if _, ok := d.point[pos]; !ok {
				d.point[pos] = num
			}
		}
	}
}

// apply marks the decimal-comma columns, or refuses an ambiguous one.
func (d *decimalSurvey) apply(s *sheetReader) error {
	for _, c := range numericCols {
		pos := s.hdr.pos[c]
		cr, hasComma := d.comma[pos]
		if pos < 0 || !hasComma {
			continue
		}
		if pr, hasPoint := d.point[pos]; hasPoint {
			return s.sheetErr(s.hdrRow, fmt.Sprintf("column %s (%s) writes decimals with a comma on row %d and with a point on row %d, so roo cannot tell which is meant", colName(pos), strings.TrimSpace(s.hdr.header[pos]), cr, pr),
				"export the file again with one decimal separator (the system's regional settings decide it), or fix the rows that differ")
		}
		if s.decimalComma == nil {
			s.decimalComma = map[int]bool{}
		}
		s.decimalComma[pos] = true
	}
	return nil
}
