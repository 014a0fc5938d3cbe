// Package problem is the located input problem that the input adapters
// report and the output renders: both import it, so the output package
// never depends on the workbook reader.
package problem

import (
	"fmt"
	"strings"
)

// Severity says whether a problem stops a good from being evaluated.
type Severity string

// Severities.
const (
	SevError   Severity = "error"
	SevWarning Severity = "warning"
)

// Problem is something wrong or doubtful in an input file, located as
// precisely as the input allows.
type Problem struct {
	Severity Severity `json:"severity"`
	File     string   `json:"file"`
	Sheet    string   `json:"sheet"`    // empty for CSV
	Row      int      `json:"row"`      // 1-based; 0 when the problem concerns the whole sheet or file
	Column   string   `json:"column"`   // column letter ("F"); empty when not about one cell
	Header   string   `json:"header"`   // the header of that column as the file writes it
	GoodID   string   `json:"good_id"`  // the good concerned, when known
	Message  string   `json:"message"`  // what is wrong
	Expected string   `json:"expected"` // what was expected instead
	Hint     string   `json:"hint"`     // how to fix it
}

// Location is "file, sheet "BOM", row 12, column F (Unit cost)".
func (p Problem) Location() string {
	loc := p.cellLocation()
	if p.File == "" {
		return loc
	}
	if loc == "" {
		return p.File
	}
	return p.File + ", " + loc
}

// Line is the problem without its file name, for a report that already
// names the file: `sheet "BOM", row 12, column F (Unit cost): …; expected …`.
func (p Problem) Line() string {
	s := p.Message
	if loc := p.cellLocation(); loc != "" {
		s = loc + ": " + s
	}
	if p.Expected != "" {
		s += "; expected " + p.Expected
	}
	return s
}

// cellLocation is `sheet "BOM", row 12, column F (Unit cost)`.
func (p Problem) cellLocation() string {
	var parts []string
	if p.Sheet != "" {
		parts = append(parts, fmt.Sprintf("sheet %q", p.Sheet))
	}
	if p.Row > 0 {
		parts = append(parts, fmt.Sprintf("row %d", p.Row))
	}
	if p.Column != "" {
		c := "column " + p.Column
		if p.Header != "" {
			c += " (" + p.Header + ")"
		}
		parts = append(parts, c)
	}
	return strings.Join(parts, ", ")
}

// Error formats the problem on one line: location, message, expectation.
// The hint is separate so that a terminal can print it on its own line.
func (p Problem) Error() string {
	s := p.Message
	if loc := p.Location(); loc != "" {
		s = loc + ": " + s
	}
	if p.Expected != "" {
		s += "; expected " + p.Expected
	}
	return s
}
