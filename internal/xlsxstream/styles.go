package xlsxstream

import (
	"errors"
	"strings"
)

// styles are what roo needs of the styles part: for each cell style
// (the s attribute of a cell), whether its number format shows a date or
// a time.
type styles struct {
	date []bool
}

func (b *Book) readStyles(part string) (*styles, error) {
	if part == "" {
		part = "xl/styles.xml"
	}
	var ss struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		CellXfs []struct {
			NumFmtID int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := b.decode(part, &ss); err != nil {
		if errors.Is(err, errMissing) {
			return &styles{}, nil // no styles: every cell is General
		}
		return nil, err
	}
	custom := map[int]string{}
	for _, f := range ss.NumFmts {
		custom[f.ID] = f.Code
	}
	st := &styles{date: make([]bool, len(ss.CellXfs))}
	for i, xf := range ss.CellXfs {
		if code, ok := custom[xf.NumFmtID]; ok {
			st.date[i] = isDateFormat(code)
		} else {
			st.date[i] = builtinDate(xf.NumFmtID)
		}
	}
	return st, nil
}

// isDate reports whether cell style s formats its number as a date or time.
func (s *styles) isDate(i int) bool { return i >= 0 && i < len(s.date) && s.date[i] }

// builtinDate reports whether a built-in number format (ECMA-376 Part 1,
// §18.8.30, and the East Asian ones Excel adds) shows a date or time.
func builtinDate(id int) bool {
	switch {
	case id >= 14 && id <= 22, id >= 27 && id <= 36, id >= 45 && id <= 47, id >= 50 && id <= 58:
		return true
	}
	return false
}

// isDateFormat reports whether a custom number format code shows a date
// or time: after dropping quoted text, escaped characters, fills, colours
// and locale tags, it holds a date or time token (y, m, d, h, s, or an
// elapsed-time bracket such as [h]).
func isDateFormat(code string) bool {
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch c {
		case '"':
			j := strings.IndexByte(code[i+1:], '"')
			if j < 0 {
				return false
			}
			i += j + 1
		case '\\', '_', '*':
			i++
		case '[':
			j := strings.IndexByte(code[i:], ']')
			if j < 0 {
				return false
			}
			inner := strings.ToLower(code[i+1 : i+j])
			if inner != "" && strings.Trim(inner, "hms") == "" {
				return true // [h], [mm], [ss]: elapsed time
			}
			i += j
		default:
			switch c | 0x20 {
			case 'y', 'm', 'd', 'h', 's':
				return true
			case 'e':
				// "E+" / "E-" is scientific notation; a lone e is the era year.
				if i+1 < len(code) && (code[i+1] == '+' || code[i+1] == '-') {
					i++
					continue
				}
				return true
			case 'g':
				if strings.HasPrefix(strings.ToLower(code[i:]), "general") {
					i += len("general") - 1
				}
			}
		}
	}
	return false
}

// IsDateFormat reports whether a number format code shows a date or time.
func IsDateFormat(code string) bool { return isDateFormat(code) }
