package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/rules"
)

// tableIDs maps the data's table column to roo's table names.
var tableIDs = map[string]auto.Table{
	"TABLE A.1": auto.TableA1, "TABLE A.2": auto.TableA2, "TABLE B": auto.TableB, "TABLE C": auto.TableC,
	"TABLE D": auto.TableD, "TABLE E": auto.TableE, "TABLE F": auto.TableF, "TABLE S": auto.TableS,
}

// readTables reads the table rows (table, table_title, column_headers, col1,
// col2, col3) into entries:
//   - Tables A.1 to F: col1 the provisions, col2 the description;
//   - Table A.2: a row with col3 starts a column-1 part (col1 its name,
//     col2 its description, col3 its provisions); the rows after it are its
//     column-2 components (col1 the name, col2 the provisions);
//   - Table S: col1 a description, col2 the provisions, empty for the
//     group headings; the rows "Steel" and "Aluminum" switch the metal.
func readTables(t *auto.Tables, rows [][]string) error {
	if len(rows) == 0 || strings.Join(rows[0], ",") != "table,table_title,column_headers,col1,col2,col3" {
		return fmt.Errorf("unexpected header %q", rows[0])
	}
	var l linker
	part, metal := "", auto.Metal("")
	for i, row := range rows[1:] {
		n := i + 2
		if len(row) != 6 {
			return fmt.Errorf("row %d has %d fields, want 6", n, len(row))
		}
		tab, ok := tableIDs[row[0]]
		if !ok {
			return fmt.Errorf("row %d: unknown table %q", n, row[0])
		}
		c1, c2, c3 := clean(row[3]), clean(row[4]), clean(row[5])
		if c1 == "" && c2 == "" && c3 == "" {
			continue
		}
		e := auto.Entry{Table: tab}
		var refText string
		switch tab {
		case auto.TableA2:
			if c3 != "" {
				part = c1
				e.Part, e.Desc, refText = c1, c2, c3
			} else {
				if part == "" {
					return fmt.Errorf("row %d: a Table A.2 component before any part", n)
				}
				e.Part, e.Component, e.Desc, refText = part, true, c1, c2
			}
		case auto.TableS:
			switch strings.ToLower(c1) {
			case "steel":
				metal = auto.Steel
				continue // its col2 is the first group heading
			case "aluminum":
				metal = auto.Aluminum
				continue
			}
			if c2 == "" {
				continue // a group heading
			}
			if metal == "" {
				return fmt.Errorf("row %d: a Table S line before Steel or Aluminum", n)
			}
			e.Metal, e.Desc, refText = metal, c1, c2
		default:
			e.Desc, refText = c2, c1
		}
		refs, err := parseRefs(refText)
		if err != nil {
			return fmt.Errorf("row %d: %w", n, err)
		}
		if len(refs) == 0 {
			return fmt.Errorf("row %d: no provision", n)
		}
		e.Refs = refs
		l.where = fmt.Sprintf("%s line %q", tab.Name(), firstOf(e.Part, e.Desc))
		if e.Links, err = l.links(refs); err != nil {
			return fmt.Errorf("row %d: %w", n, err)
		}
		t.Entries = append(t.Entries, e)
	}
	assignFacts(t)
	t.Flags = append(t.Flags, l.flags...)
	return nil
}

// assignFacts gives every line of Tables A.1 to F that covers only part of
// its provisions the key of the fact that confirms a good is of it, and
// links the lines that are each other's complement ("ex 8708.29 body
// stampings" in A.1, "ex 8708.29 … (excluding body stampings)" in B).
func assignFacts(t *auto.Tables) {
	used := map[string]bool{}
	for i := range t.Entries {
		e := &t.Entries[i]
		if e.Table == auto.TableA2 || e.Table == auto.TableS || !needsFact(e) {
			continue
		}
		prefix := "table-" + strings.ToLower(strings.ReplaceAll(string(e.Table), ".", ""))
		key := rules.FactKey(prefix, e.Desc)
		for n := 2; used[key]; n++ {
			key = fmt.Sprintf("%s-%d", rules.FactKey(prefix, e.Desc), n)
		}
		used[key] = true
		e.Fact = key
	}
	excluding := regexp.MustCompile(`\(excluding ([^)]+)\)`)
	for i := range t.Entries {
		e := &t.Entries[i]
		m := excluding.FindStringSubmatch(e.Desc)
		if m == nil || e.Fact == "" {
			continue
		}
		for j := range t.Entries {
			o := &t.Entries[j]
			if o.Fact == "" || o.Table == e.Table || !strings.EqualFold(o.Desc, m[1]) || !sameRefs(o.Refs, e.Refs) {
				continue
			}
			e.Complement, o.Complement = o.Fact, e.Fact
		}
	}
}

func needsFact(e *auto.Entry) bool {
	for _, r := range e.Refs {
		if r.Ex || r.Lettered() {
			return true
		}
	}
	return false
}

func sameRefs(a, b []auto.Ref) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Code != b[i].Code || a[i].To != b[i].To {
			return false
		}
	}
	return true
}

func firstOf(a, b string) string {
	if a != "" {
		return a + ": " + b
	}
	return b
}
