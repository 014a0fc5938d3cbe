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

// appendRow encodes row number r with its cells: a string, an int or a
// float64, bare or in an excelize.Cell with its style, or nil for a blank
// cell.
func (w *rowXML) appendRow(r int, cells []any) ([]byte, error) {
	for len(w.refs) < len(cells) {
		name, err := excelize.ColumnNumberToName(len(w.refs) + 1)
		if err != nil {
			return nil, err
		}
		w.refs = append(w.refs, name)
	}
	row := strconv.Itoa(r)
	b := append(w.buf[:0], `<row r="`...)
	b = append(b, row...)
	b = append(b, `">`...)
	for i, v := range cells {
		if v == nil {
			continue
		}
		c, ok := v.(excelize.Cell)
		if !ok {
			c = excelize.Cell{Value: v}
		}
		if c.Formula != "" {
			return nil, fmt.Errorf("xlsx report: cell %s%s is a formula", w.refs[i], row)
		}
		b = append(b, `<c r="`...)
		b = append(b, w.refs[i]...)
		b = append(b, row...)
		b = append(b, '"')
		if c.StyleID != 0 {
			b = append(b, ` s="`...)
			b = strconv.AppendInt(b, int64(c.StyleID), 10)
			b = append(b, '"')
		}
		switch val := c.Value.(type) {
		case string:
			b = w.appendText(b, val)
		case int:
			b = append(b, `><v>`...)
			b = strconv.AppendInt(b, int64(val), 10)
			b = append(b, `</v>`...)
		case float64:
			if math.IsNaN(val) || math.IsInf(val, 0) {
				return nil, fmt.Errorf("xlsx report: cell %s%s is not a finite number", w.refs[i], row)
			}
			b = append(b, `><v>`...)
			b = appendCellFloat(b, val)
			b = append(b, `</v>`...)
		default:
			return nil, fmt.Errorf("xlsx report: cell %s%s holds a %T", w.refs[i], row, c.Value)
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
// that begin an "_xHHHH_".
func (w *rowXML) appendText(b []byte, s string) []byte {
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
