package workbook

import (
	"fmt"
	"strings"
)

// unknownHeader is the warning for a header that matches no column, alias
// or --map entry: its cells are not used, and the analyst who typed
// "Unit cst" must hear that roo read no unit cost from it.
func (s *sheetReader) unknownHeader(pos int) Problem {
	h := strings.TrimSpace(s.hdr.header[pos])
	p := Problem{Severity: SevWarning, File: s.file, Sheet: s.sheet, Row: s.hdrRow, Column: colName(pos), Header: h}
	if near := nearestHeader(h, s.layout); near != "" {
		p.Message = fmt.Sprintf("roo does not read a column %q, so its cells are not used; did you mean %q?", h, near)
		p.Hint = fmt.Sprintf("rename the header to %q, or map it: --map '%s=%s'", near, near, h)
		return p
	}
	p.Message = fmt.Sprintf("roo does not read a column %q, so its cells are not used", h)
	p.Hint = fmt.Sprintf("if it holds something roo needs, rename it to roo's header or map it (--map 'Canonical header=%s'); 'roo template' lists the headers", h)
	return p
}

// nearestHeader is the canonical header of the column whose name or alias
// is nearest to h in the layout, within a quarter of its length in edits;
// "" when none is.
func nearestHeader(h string, l layout) string {
	k := normalize(h)
	if len(k) < 3 {
		return ""
	}
	limit := max(1, len([]rune(k))/4)
	best, bestD := Col(-1), limit+1
	for alias, c := range newHeaderIndex(l) {
		if d := editDistance(k, alias, limit); d < bestD || d == bestD && c < best {
			best, bestD = c, d
		}
	}
	if best < 0 {
		return ""
	}
	return headerLabel(best, l)
}
