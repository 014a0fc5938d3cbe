package tariffs

import (
	"sort"
	"strings"
)

// Column names a rate column of a schedule.
type Column string

// The rate columns roo keeps.
const (
	ColGeneral Column = "general"
	ColUSMCA   Column = "usmca"
	ColColumn2 Column = "column2"
)

// Columns lists the rate columns in display order.
var Columns = []Column{ColGeneral, ColUSMCA, ColColumn2}

// Coverage counts how the rate texts of a schedule parse, per column:
// Rows[col][kind] counts the rows whose rate in col is of that kind, and
// Distinct[col][kind] the distinct texts. TextRates lists every distinct text
// rate with its class and the number of rows that print it.
type Coverage struct {
	Rows      map[Column]map[Kind]int
	Distinct  map[Column]map[Kind]int
	TextRates []TextRateUse
}

// TextRateUse is a text rate of a schedule and how often it is printed.
type TextRateUse struct {
	Text    string
	Class   TextClass
	Columns []Column
	Rows    int
}

// RateCoverage parses every rate of the schedule and counts the results.
func (s *Schedule) RateCoverage() Coverage {
	c := Coverage{Rows: map[Column]map[Kind]int{}, Distinct: map[Column]map[Kind]int{}}
	seen := map[Column]map[string]bool{}
	texts := map[string]*TextRateUse{}
	for _, col := range Columns {
		c.Rows[col], c.Distinct[col], seen[col] = map[Kind]int{}, map[Kind]int{}, map[string]bool{}
	}
	for i := range s.rows {
		r := s.record(i)
		_, usmca, _ := strings.Cut(r.USMCA, ":")
		for _, cr := range []struct {
			col  Column
			text string
		}{{ColGeneral, r.General}, {ColUSMCA, usmca}, {ColColumn2, r.Column2}} {
			if cr.text == "" {
				continue
			}
			rate := ParseRate(cr.text)
			c.Rows[cr.col][rate.Kind]++
			if !seen[cr.col][rate.Text] {
				seen[cr.col][rate.Text] = true
				c.Distinct[cr.col][rate.Kind]++
			}
			if rate.Kind == Text {
				u := texts[rate.Text]
				if u == nil {
					u = &TextRateUse{Text: rate.Text, Class: rate.TextClass}
					texts[rate.Text] = u
				}
				u.Rows++
				if !containsCol(u.Columns, cr.col) {
					u.Columns = append(u.Columns, cr.col)
				}
			}
		}
	}
	for _, u := range texts {
		c.TextRates = append(c.TextRates, *u)
	}
	sort.Slice(c.TextRates, func(a, b int) bool { return c.TextRates[a].Text < c.TextRates[b].Text })
	return c
}

func containsCol(cs []Column, c Column) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}
