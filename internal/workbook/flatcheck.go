package workbook

import (
	"fmt"
	"sort"
	"strings"
)

// In a flat export every row repeats its good's columns. roo reads the good
// from the first of its rows; another row that gives a different producer
// country or transaction value would be silently outvoted, so it is an
// error naming both rows and values. A later row that leaves a good's
// column empty agrees (exports often write the good's columns once).

// goodValues are the good's columns of a flat row, by position, with the
// form in which two values are the same (goodValueKey).
func goodValues(r *rowCtx) map[int]string {
	out := map[int]string{}
	for _, pos := range goodPositions(r.s) {
		if pos < len(r.row) {
			if v := strings.TrimSpace(r.row[pos]); v != "" {
				out[pos] = v
			}
		}
	}
	return out
}

// goodPositions are the positions of the good's columns in a flat sheet,
// its Good ID aside, "Fact:" columns included.
func goodPositions(s *sheetReader) []int {
	var out []int
	for c := Col(0); c < numCols; c++ {
		if c == ColGoodID || columns[c].side&sideGoods == 0 || columns[c].side&sideBOM != 0 {
			continue
		}
		if pos := s.hdr.pos[c]; pos >= 0 {
			out = append(out, pos)
		}
	}
	for pos := range s.hdr.facts {
		out = append(out, pos)
	}
	sort.Ints(out)
	return out
}

// checkGoodColumns compares a later row of a good with the row it was read
// from, and makes each disagreement an error of the good.
func checkGoodColumns(r *rowCtx, gb *goodBuild) {
	if gb.first == nil {
		return
	}
	now := goodValues(r)
	for _, pos := range goodPositions(r.s) {
		v, given := now[pos]
		if !given {
			continue
		}
		was, ok := gb.first[pos]
		if ok && (was == v || goodValueKey(was) == goodValueKey(v)) {
			continue
		}
		h := ""
		if pos < len(r.s.hdr.header) {
			h = strings.TrimSpace(r.s.hdr.header[pos])
		}
		msg := fmt.Sprintf("good %q has %s %q on this row but %q on row %d, where roo read the good; roo cannot tell which is right, so the good is not evaluated", gb.id, h, v, was, gb.row)
		if !ok {
			msg = fmt.Sprintf("good %q has %s %q on this row but none on row %d, where roo read the good; roo cannot tell which is right, so the good is not evaluated", gb.id, h, v, gb.row)
		}
		r.addAt(pos, cellErr(msg, fmt.Sprintf("the same %s on every row of the good", h), "a flat export repeats the good's columns on every line: make them agree, or give the good's columns on its first row only"))
	}
}

// goodValueKey is the form in which two cells hold the same value:
// numbers compared as numbers (100 and 100.00), other text without case,
// accents, spacing or punctuation.
func goodValueKey(v string) string {
	if d, p := parseNumber(v); p == nil {
		return "#" + d.String()
	}
	return normalize(v)
}
