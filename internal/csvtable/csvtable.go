// Package csvtable reads the small CSV files users write for roo (overlay
// and scenario files): a header row naming the columns in any order
// (case-insensitive, a byte-order mark ignored), lines starting with # as
// comments, then one row at a time with its line number for messages.
package csvtable

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// Table is a CSV file being read.
type Table struct {
	name string
	cr   *csv.Reader
	col  map[string]int
}

// Open reads the header of a table named name (for messages); every column
// of required must be in it, else the error lists columns, the header the
// file should have.
func Open(r io.Reader, name string, required []string, columns string) (*Table, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", name, err)
	}
	t := &Table{name: name, cr: cr, col: map[string]int{}}
	for i, h := range head {
		t.col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))] = i
	}
	for _, want := range required {
		if !t.Has(want) {
			return nil, fmt.Errorf("%s: no %q column; the header must name %s", name, want, columns)
		}
	}
	return t, nil
}

// Has reports whether the header names the column.
func (t *Table) Has(column string) bool {
	_, ok := t.col[column]
	return ok
}

// Row is one row of a table.
type Row struct {
	Line  int
	t     *Table
	cells []string
}

// Next returns the next row, or io.EOF after the last.
func (t *Table) Next() (*Row, error) {
	cells, err := t.cr.Read()
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", t.name, err)
	}
	line, _ := t.cr.FieldPos(0)
	return &Row{Line: line, t: t, cells: cells}, nil
}

// Get is the row's cell in a column, trimmed; "" when the header lacks it.
func (r *Row) Get(column string) string {
	if i, ok := r.t.col[column]; ok && i < len(r.cells) {
		return strings.TrimSpace(r.cells[i])
	}
	return ""
}

// Errorf is an error about this row: "NAME: line N: …".
func (r *Row) Errorf(format string, a ...any) error {
	return fmt.Errorf("%s: line %d: %s", r.t.name, r.Line, fmt.Sprintf(format, a...))
}
