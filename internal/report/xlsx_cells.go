package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"
)

// cellKind says what a report value is and so how its XLSX cell is typed
// and formatted.
type cellKind int

const (
	cellText    cellKind = iota // a string cell, never a formula
	cellStatus                  // a verdict, coloured by its value
	cellCount                   // a whole number
	cellMoney                   // an amount, #,##0.00
	cellPercent                 // a percentage given in percent ("62.427746"), shown as 62.4%
	cellPoints                  // percentage points, shown signed with one decimal
	cellDate                    // a date given as YYYY-MM-DD
	cellRef                     // a BOM line reference: "BOM row 14" is the number 14 shown as such, else text
)

// numeric says whether cells of the kind are numbers (dates included).
func (k cellKind) numeric() bool { return k != cellText && k != cellStatus }

// streamCell turns one value of the report, as the JSON carries it, into a
// cell of a streamed sheet: a number cell for amounts, percentages, counts
// and dates, and an inline string cell for text, which is never a formula
// whatever it starts with. An empty value is a blank cell.
func (s *xlsxStyles) streamCell(kind cellKind, v string, indent int) (xcell, error) {
	if v == "" {
		return xcell{}, nil
	}
	switch kind {
	case cellText:
		if indent > 0 {
			return textCell(v, s.indent[min(indent, maxIndent)]), nil
		}
		return textCell(v, 0), nil
	case cellStatus:
		return textCell(v, s.statusStyle(v)), nil
	case cellRef:
		if n, ok := bomRowNumber(v); ok {
			return intCell(n, s.bomRow), nil
		}
		return textCell(v, 0), nil
	case cellCount:
		n, err := strconv.Atoi(v)
		if err != nil {
			return xcell{}, fmt.Errorf("xlsx report: count %q is not a whole number", v)
		}
		return intCell(n, s.count), nil
	case cellDate:
		t, err := time.Parse(time.DateOnly, v)
		if err != nil {
			return xcell{}, fmt.Errorf("xlsx report: date %q is not YYYY-MM-DD", v)
		}
		return intCell(excelDate(t), s.date), nil
	}
	d, err := decimal.NewFromString(v)
	if err != nil {
		return xcell{}, fmt.Errorf("xlsx report: %q is not a decimal number", v)
	}
	style := s.money
	switch kind {
	case cellPercent:
		d, style = d.Shift(-2), s.percent // Excel's percent formats multiply by 100
	case cellPoints:
		style = s.points
	}
	return floatCell(displayNumber(d), style), nil
}

// statusStyle is the coloured style of a verdict; unknown values are plain.
func (s *xlsxStyles) statusStyle(v string) int {
	for _, c := range statusFills {
		if string(c.status) == v {
			return s.status[c.status]
		}
	}
	return 0
}

// displayNumber converts an exact decimal to the IEEE double of a number
// cell, written as excelize writes a float64 (appendCellFloat): Excel
// itself stores every number as a double. This is the only floating-point
// value in roo's reports, it is used for display cells only (never for arithmetic), and
// strconv writes the shortest text that reads back as the same double, so
// any amount of up to 15 significant digits lands in the file with exactly
// the digits roo computed. The exact figures are in the JSON output.
func displayNumber(d decimal.Decimal) float64 {
	return d.InexactFloat64()
}

// excelEpoch is day 0 of Excel's 1900 date system as it counts after
// February 1900 (Excel wrongly believes 1900 was a leap year).
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelDate is the serial number of a date in Excel's 1900 date system, an
// exact whole number of days. Dates before March 1900 do not occur in roo.
func excelDate(t time.Time) int {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return int(d.Sub(excelEpoch) / (24 * time.Hour))
}

// bomRowNumber reads the row number of a reference "BOM row 14"; a number
// written with leading zeros, or any other reference, is not one.
func bomRowNumber(ref string) (int, bool) {
	digits, ok := strings.CutPrefix(ref, "BOM row ")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	if err != nil || n < 0 || strconv.Itoa(n) != digits {
		return 0, false
	}
	return n, true
}

// cutMarker ends a text cut to fit a cell.
const cutMarker = " … [cut at Excel's limit of 32,767 characters a cell: the JSON report has the whole text]"

// fitCell returns v, or, when it is longer than a cell may hold (Excel's
// 32,767 UTF-16 units, past which excelize cuts text without a word), its
// beginning with cutMarker, so that nothing is lost unsaid.
func fitCell(v string) string {
	// A UTF-16 unit takes at least one byte of UTF-8, so a text of no more
	// bytes than the limit fits.
	if len(v) <= excelize.TotalCellChars || utf16Len(v) <= excelize.TotalCellChars {
		return v
	}
	limit, units := excelize.TotalCellChars-utf16Len(cutMarker), 0
	for i, r := range v {
		units += utf16.RuneLen(r)
		if units > limit {
			return v[:i] + cutMarker
		}
	}
	return v
}

// utf16Len is the length of s in UTF-16 units, as Excel counts it.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}
