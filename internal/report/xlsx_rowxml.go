package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// rowXML writes the rows of a streamed sheet as SpreadsheetML: the bytes
// excelize's StreamWriter.SetRow writes for the same cells (tested against
// it, cell kind by cell kind and by a fuzz target), without the garbage it
// makes for every cell, straight into the compressed part
// (xlsxzip.InsertBefore), so that a sheet's rows are never held whole. Two
// deliberate differences, where excelize's text would not read back as
// written: a text holding "_xD800_" (a surrogate's escape, which excelize
// drops) keeps it, escaped; and in overlapping escapes such as
// "_x1000_x0000_" every one is escaped, not only the first.
type rowXML struct {
	refs []string // column letters
	buf  []byte
	esc  bytes.Buffer
}

// xcell is one cell of a streamed row: a text, a whole number or a
// number, with its style. The zero cell is blank. A typed value, not an
// interface, so that a row of cells costs no allocation.
type xcell struct {
	kind  xcellKind
	style int
	text  string
	n     int
	f     float64
}

type xcellKind uint8

const (
	xBlank xcellKind = iota
	xText
	xInt
	xFloat
)

func textCell(s string, style int) xcell   { return xcell{kind: xText, style: style, text: s} }
func intCell(n, style int) xcell           { return xcell{kind: xInt, style: style, n: n} }
func floatCell(f float64, style int) xcell { return xcell{kind: xFloat, style: style, f: f} }

// appendRow encodes row number r with its cells.
func (w *rowXML) appendRow(r int, cells []xcell) ([]byte, error) {
	for len(w.refs) < len(cells) {
		name, err := excelize.ColumnNumberToName(len(w.refs) + 1)
		if err != nil {
			return nil, err
		}
		w.refs = append(w.refs, name)
	}
	var num [20]byte
	row := strconv.AppendInt(num[:0], int64(r), 10)
	b := append(w.buf[:0], `<row r="`...)
	b = append(b, row...)
	b = append(b, `">`...)
	for i, c := range cells {
		if c.kind == xBlank {
			continue
		}
		b = append(b, `<c r="`...)
		b = append(b, w.refs[i]...)
		b = append(b, row...)
		b = append(b, '"')
		if c.style != 0 {
			b = append(b, ` s="`...)
			b = strconv.AppendInt(b, int64(c.style), 10)
			b = append(b, '"')
		}
		switch c.kind {
		case xText:
			b = w.appendText(b, c.text)
		case xInt:
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, int64(c.n), 10)
			b = append(b, `</v>`...)
		case xFloat:
			if math.IsNaN(c.f) || math.IsInf(c.f, 0) {
				return nil, fmt.Errorf("xlsx report: cell %s%s is not a finite number", w.refs[i], row)
			}
			b = append(b, `><v>`...)
			b = appendCellFloat(b, c.f)
			b = append(b, `</v>`...)
		}
		b = append(b, `</c>`...)
	}
	b = append(b, `</row>`...)
	w.buf = b
	return b, nil
}

// appendText writes an inline string cell's type and value, as excelize
// does: xml:space="preserve" when the text begins or ends with white space,
// XML escapes except for line feeds, and the OOXML escape of underscores
// that begin an "_xHHHH_". A text longer than a cell may hold is cut with
// a note (fitCell), where excelize would cut it without one.
func (w *rowXML) appendText(b []byte, s string) []byte {
	s = fitCell(s)
	b = append(b, ` t="inlineStr"><is><t`...)
	if s != "" && (isXMLSpace(s[0]) || isXMLSpace(s[len(s)-1])) {
		b = append(b, ` xml:space="preserve"`...)
	}
	b = append(b, '>')
	if plainText(s) {
		b = append(b, s...)
	} else {
		w.esc.Reset()
		_ = xml.EscapeText(&w.esc, []byte(s))
		b = appendOOXMLEscaped(b, bytes.ReplaceAll(w.esc.Bytes(), []byte("&#xA;"), []byte("\n")))
	}
	return append(b, `</t></is>`...)
}

func isXMLSpace(c byte) bool { return c == '\t' || c == '\n' || c == '\r' || c == ' ' }

// plainText says whether s needs no escaping of any kind: printable ASCII
// without markup characters or an underscore.
func plainText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20 || c >= 0x7f, c == '&', c == '<', c == '>', c == '"', c == '\'', c == '_':
			return false
		}
	}
	return true
}

// appendOOXMLEscaped writes s with "_x005F" before every underscore that
// begins "_xHHHH_", which a reader would otherwise take for the escape of
// character HHHH (ECMA-376 Part 1, 22.9.2.19 ST_Xstring).
func appendOOXMLEscaped(b, s []byte) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] == '_' && isHexEscape(s[i:]) {
			b = append(b, "_x005F"...)
		}
		b = append(b, s[i])
	}
	return b
}

// isHexEscape says whether s begins with "_x", four hexadecimal digits and
// "_".
func isHexEscape(s []byte) bool {
	if len(s) < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range s[2:6] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// appendCellFloat writes a number as excelize does: the shortest decimal
// that reads back as the same double, cut to Excel's 15 significant digits.
func appendCellFloat(b []byte, v float64) []byte {
	start := len(b)
	b = strconv.AppendFloat(b, v, 'f', -1, 64)
	if math.Abs(v) == math.MaxFloat64 {
		return b
	}
	str := b[start:]
	point := bytes.IndexByte(str, '.')
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		if significant++; significant <= 15 {
			continue
		}
		if point >= 0 && idx > point {
			return bytes.TrimSuffix(b[:start+idx], []byte("."))
		}
		if point < 0 {
			point = len(str)
		}
		for ; idx < point; idx++ {
			str[idx] = '0'
		}
		return b[:start+point]
	}
	return b
}
