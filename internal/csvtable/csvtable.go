// Package csvtable reads the small CSV files users write for roo (overlay
// and scenario files): a header row naming the columns in any order
// (case-insensitive, a byte-order mark ignored), lines starting with # as
// comments, then one row at a time with its line number for messages.
//
// Nothing in such a file is silently ignored: a header that names a column
// the file's layout does not have (a misspelt "efective_from"), names one
// twice, or a row with a value under no column, is an error naming the
// file, the line and the column.
package csvtable

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/roo-trade/roo/internal/suggest"
)

// Table is a CSV file being read.
type Table struct {
	name  string
	cr    *csv.Reader
	col   map[string]int
	width int // cells up to the last named column
}

// Open reads the header of a table named name (for messages). known lists
// every column of the file's layout, in the order its documentation gives
// them; every column of required must be in the header, and every
// non-blank header cell must be one of known, once.
func Open(r io.Reader, name string, required, known []string) (*Table, error) {
	columns := strings.Join(known, ", ")
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", name, err)
	}
	t := &Table{name: name, cr: cr, col: map[string]int{}}
	line, _ := cr.FieldPos(0)
	for i, h := range head {
		key := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if key == "" {
			continue // a trailing comma; a value under it is refused row by row
		}
		if !contains(known, key) {
			return nil, fmt.Errorf("%s: line %d, column %d: the header names %q, which is not a column of this file%s; the columns are %s",
				name, line, i+1, strings.TrimSpace(h), suggest.Phrase(key, known), columns)
		}
		if j, dup := t.col[key]; dup {
			return nil, fmt.Errorf("%s: line %d: the header names %q twice (columns %d and %d); name each column once", name, line, key, j+1, i+1)
		}
		t.col[key] = i
		t.width = i + 1
	}
	for _, want := range required {
		if !t.Has(want) {
			return nil, fmt.Errorf("%s: no %q column; the header must name %s", name, want, columns)
		}
	}
	return t, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
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

// Next returns the next row, or io.EOF after the last. A row with a value
// in a cell no header names is an error: it would otherwise be dropped.
func (t *Table) Next() (*Row, error) {
	cells, err := t.cr.Read()
	if err == io.EOF {
		return nil, io.EOF
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", t.name, err)
	}
	line, _ := t.cr.FieldPos(0)
	row := &Row{Line: line, t: t, cells: cells}
	for i, c := range cells {
		if strings.TrimSpace(c) == "" || (i < t.width && t.named(i)) {
			continue
		}
		return nil, row.Errorf("column %d holds %q, but the header names no column there; add its name to the header or remove the value", i+1, strings.TrimSpace(c))
	}
	return row, nil
}

func (t *Table) named(i int) bool {
	for _, j := range t.col {
		if j == i {
			return true
		}
	}
	return false
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
