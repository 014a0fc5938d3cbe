package workbook

import (
	"fmt"
	"sort"
	"strings"
)

// A BOM line that belongs to no good — its Good ID is blank, sits under a
// merged cell, or names no good of the file — would otherwise drop out of
// every good, and the good it was meant for could qualify without it. Such
// a line makes the good(s) it may belong to an error: the good whose ID is
// nearest (the same after folding case and invisible characters, or a
// small edit away), the good of a merged range's first cell, and where
// nothing is near, every good of the file. The plan is made from the first
// pass over the Good ID column, before any good is handed out.

// orphanPlan is what the first pass decided.
type orphanPlan struct {
	// taint are the problems to add to each good, by ID, when it is
	// handed out.
	taint map[string][]Problem
	// all are the lines that may belong to any good: every good gets an
	// error naming them.
	all []Problem
	// keys are the unknown IDs and blank rows already reported, which the
	// reading pass skips.
	keys   map[string]bool
	blanks map[int]bool
	// scanned is true when the first pass ran on the sheet being read.
	scanned bool
}

func (p *orphanPlan) add(id string, pr Problem) {
	if p.taint == nil {
		p.taint = map[string][]Problem{}
	}
	pr.GoodID = id
	p.taint[id] = append(p.taint[id], pr)
}

// planOrphans decides, from the first pass over the key column of sheet s,
// which goods the lines without a good make errors. In the two-sheet layout
// the goods are those of the Goods sheet; in the flat layout they are the
// IDs of the sheet itself.
func (b *builder) planOrphans(s *sheetReader, ks *keyScan) {
	p := &b.orphans
	p.scanned = true
	p.keys, p.blanks = map[string]bool{}, map[int]bool{}
	at := func(row int) Problem {
		pr := Problem{Severity: SevError, File: s.file, Sheet: s.sheet, Row: row}
		if pos := s.hdr.pos[ColGoodID]; pos >= 0 {
			pr.Column = colName(pos)
			if pos < len(s.hdr.header) {
				pr.Header = strings.TrimSpace(s.hdr.header[pos])
			}
		}
		return pr
	}
	var ids []string
	if b.flat {
		for _, k := range ks.keys {
			ids = append(ids, k.id)
		}
		b.planCollisions(ks, at)
	} else {
		for _, gb := range b.order {
			ids = append(ids, gb.id)
		}
	}
	// Facts of a flat workbook's Facts sheet that name no good of the sheet.
	if b.flat {
		var pending []string
		for id := range b.pending {
			if _, ok := ks.index[id]; !ok {
				pending = append(pending, id)
			}
		}
		sort.Strings(pending)
		for _, id := range pending {
			pr := Problem{Severity: SevError, File: s.file}
			near := nearestIDs(id, ids)
			if len(near) == 0 {
				pr.Message = fmt.Sprintf("the Facts sheet answers for good %q, which is not in the workbook and is near none of its goods; no good of the file is evaluated", id)
				pr.Hint = "correct the Good ID on the Facts sheet"
				b.problems = append(b.problems, pr)
				b.fileTaint = append(b.fileTaint, pr)
				continue
			}
			for _, g := range near {
				pr.Message = fmt.Sprintf("the Facts sheet answers for good %q, which is not in the workbook: did you mean %s? Its answers are given to no good, so %s is not evaluated", id, orList(near), g)
				pr.Hint = fmt.Sprintf("correct the Good ID on the Facts sheet to %s", g)
				p.add(g, pr)
			}
		}
	}
	// Unknown IDs (two-sheet layout: every ID of the BOM must be a good).
	targetsOf := map[string][]string{}
	unknown := 0
	for _, k := range ks.keys {
		if b.flat || b.byID[k.id] != nil {
			continue
		}
		p.keys[k.id] = true
		unknown++
		var near []string
		if unknown <= maxNearSearches {
			near = nearestIDs(k.id, ids)
		}
		targetsOf[k.id] = near
		where := rowsPhrase(k.row, k.rows)
		if len(near) == 0 {
			pr := at(k.row)
			pr.Message = fmt.Sprintf("the BOM %s good %q, which is not on the Goods sheet and is near none of its goods; roo cannot tell which good %s to, so no good of the file is evaluated", where, k.id, pl(k.rows, "the line belongs", "the lines belong"))
			pr.Hint = fmt.Sprintf("correct the Good ID on %s to the good the %s belongs to, or add good %q to the Goods sheet", rowWord(k.row, k.rows), lineWord(k.rows), k.id)
			p.all = append(p.all, pr)
			continue
		}
		for _, id := range near {
			pr := at(k.row)
			pr.Message = fmt.Sprintf("the BOM %s good %q, which is not on the Goods sheet: did you mean %s? %s counted in no good, so %s is not evaluated", where, k.id, orList(near), capitalise(theLines(k.rows)), id)
			pr.Hint = fmt.Sprintf("correct the Good ID on %s to %s (or, if %q is a good of its own, add it to the Goods sheet)", rowWord(k.row, k.rows), id, k.id)
			p.add(id, pr)
		}
	}
	// Rows without a Good ID.
	for _, bl := range ks.blanks {
		p.blanks[bl.row] = true
		if m, ok := ks.mergeOf(bl.row); ok && bl.aboveRow == m.top && bl.above != "" {
			targets := []string{bl.above}
			if t, isUnknown := targetsOf[bl.above]; isUnknown {
				targets = t
			}
			for _, id := range targets {
				pr := at(bl.row)
				pr.Message = fmt.Sprintf("the line on row %d has no Good ID: its cell is part of the merged range %s, whose value is %q; roo does not read a merged cell as repeated, so the line is counted in no good and %s is not evaluated", bl.row, m.ref, bl.above, id)
				pr.Hint = "unmerge the Good ID cells and write the ID on every line (select the range, Unmerge Cells, then fill down)"
				p.add(id, pr)
			}
			if len(targets) > 0 {
				continue
			}
		}
		pr := at(bl.row)
		pr.Message = fmt.Sprintf("the line on row %d has data but no Good ID; roo cannot tell which good it belongs to, so no good of the file is evaluated", bl.row)
		pr.Hint = "write the Good ID on every line, or delete the row"
		p.all = append(p.all, pr)
	}
	if ks.tooManyBlanks {
		pr := at(0)
		pr.Message = fmt.Sprintf("more than %d lines have no Good ID; no good of the file is evaluated", maxBlankKeys)
		pr.Hint = "write the Good ID on every line"
		p.all = append(p.all, pr)
	}
	if len(p.all) > 0 {
		shown := p.all
		if len(shown) > maxOrphanProblems {
			shown = shown[:maxOrphanProblems]
		}
		b.problems = append(b.problems, shown...)
		if n := len(p.all) - len(shown); n > 0 {
			b.problems = append(b.problems, Problem{Severity: SevError, File: s.file, Sheet: s.sheet,
				Message: fmt.Sprintf("%d more lines belong to no good", n), Hint: "write the Good ID on every line"})
		}
	}
}

// planCollisions makes an error of goods of a flat sheet whose IDs differ
// only in case or invisible characters: they look like one good and are
// read as two, each missing the other's lines.
func (b *builder) planCollisions(ks *keyScan, at func(int) Problem) {
	byFold := map[string][]scannedKey{}
	var folds []string
	for _, k := range ks.keys {
		f := foldID(k.id)
		if len(byFold[f]) == 0 {
			folds = append(folds, f)
		}
		byFold[f] = append(byFold[f], k)
	}
	for _, f := range folds {
		group := byFold[f]
		if len(group) < 2 {
			continue
		}
		for _, k := range group {
			pr := at(k.row)
			pr.Message = collisionMessage(k, group)
			pr.Hint = "write the Good ID the same way on every row (look for a stray space, a zero-width character or a different case)"
			b.orphans.add(k.id, pr)
		}
	}
}

func collisionMessage(k scannedKey, group []scannedKey) string {
	var others []string
	for _, o := range group {
		if o.id != k.id {
			others = append(others, fmt.Sprintf("%q (row %d)", o.id, o.row))
		}
	}
	return fmt.Sprintf("good %q differs from %s only in case or invisible characters: roo reads neither as one good nor as two, so it is not evaluated", k.id, strings.Join(others, ", "))
}

// maxNearSearches is how many unknown IDs are compared with every good;
// past it, each unknown ID makes every good an error.
const maxNearSearches = 200

// maxOrphanProblems is how many lines without a good are listed one by one.
const maxOrphanProblems = 50

// taintGood adds the orphan lines' errors to a good being handed out.
func (b *builder) taintGood(gb *goodBuild) {
	p := &b.orphans
	for _, t := range b.fileTaint {
		t.GoodID = gb.id
		gb.in.Problems = append(gb.in.Problems, t)
	}
	gb.in.Problems = append(gb.in.Problems, p.taint[gb.id]...)
	delete(p.taint, gb.id)
	if n := len(p.all); n > 0 {
		first := p.all[0]
		msg := fmt.Sprintf("%d %s of %s belong to no good (the first on row %d); any of them may be this good's, so it is not evaluated", n, pl(n, "line", "lines"), sheetPhrase(first.Sheet), first.Row)
		if n == 1 {
			msg = fmt.Sprintf("a line of %s (row %d) belongs to no good; it may be this good's, so it is not evaluated", sheetPhrase(first.Sheet), first.Row)
		}
		gb.in.Problems = append(gb.in.Problems, Problem{Severity: SevError, File: first.File, Sheet: first.Sheet, Row: first.Row, Column: first.Column, Header: first.Header, GoodID: gb.id,
			Message: msg, Hint: first.Hint})
	}
}

// orphanLine handles a line of the reading pass that names no good: the
// first pass reported it already, or, if it did not, it is reported now
// and taints the good being read.
func (b *builder) orphanLine(r *rowCtx, id string) {
	p := &b.orphans
	if p.scanned && ((id != "" && p.keys[id]) || (id == "" && p.blanks[r.num])) {
		return
	}
	msg := "the line has no Good ID"
	if id != "" {
		msg = fmt.Sprintf("the line names good %q, which is not on the Goods sheet", id)
	}
	r.rowProblem(SevError, msg, "say which good the line belongs to")
	b.problems = append(b.problems, r.problems...)
	if gb := b.current; gb != nil && !gb.done {
		pr := r.problems[len(r.problems)-1]
		pr.GoodID = gb.id
		pr.Message += "; it may belong to this good, which is therefore not evaluated"
		gb.in.Problems = append(gb.in.Problems, pr)
	}
}

func sheetPhrase(sheet string) string {
	if sheet == "" {
		return "the file"
	}
	return fmt.Sprintf("sheet %q", sheet)
}

func rowsPhrase(row, n int) string {
	if n == 1 {
		return fmt.Sprintf("line on row %d names", row)
	}
	return fmt.Sprintf("lines on row %d and %d more rows name", row, n-1)
}

func theLines(n int) string { return pl(n, "the line is", "the lines are") }

func lineWord(n int) string { return pl(n, "line", "lines") }

func rowWord(row, n int) string {
	if n == 1 {
		return fmt.Sprintf("row %d", row)
	}
	return fmt.Sprintf("row %d and the %d other rows naming it", row, n-1)
}

func orList(ids []string) string {
	if len(ids) == 1 {
		return ids[0]
	}
	return strings.Join(ids[:len(ids)-1], ", ") + " or " + ids[len(ids)-1]
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func pl(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// orphanFact handles a Facts-sheet row naming no good: the answer it gives
// is lost, so the good it was probably meant for (as for a BOM line), or
// else every good, is an error. The goods are all known, and none handed
// out, when the Facts sheet is read.
func (b *builder) orphanFact(r *rowCtx, id string) {
	var ids []string
	for _, gb := range b.order {
		ids = append(ids, gb.id)
	}
	near := nearestIDs(id, ids)
	msg := fmt.Sprintf("the fact on row %d names good %q, which is not on the Goods sheet", r.num, id)
	if id == "" {
		msg = fmt.Sprintf("the fact on row %d names no good", r.num)
	}
	pr := Problem{Severity: SevError, File: r.s.file, Sheet: r.s.sheet, Row: r.num}
	if pos := r.s.hdr.pos[ColGoodID]; pos >= 0 {
		pr.Column = colName(pos)
	}
	if len(near) == 0 {
		pr.Message = msg + "; roo cannot tell which good it answers for, so no good of the file is evaluated"
		pr.Hint = "correct the Good ID of the fact"
		b.problems = append(b.problems, pr)
		b.fileTaint = append(b.fileTaint, pr)
		return
	}
	for _, g := range near {
		q := pr
		q.GoodID = g
		q.Message = fmt.Sprintf("%s: did you mean %s? Its answer is given to no good, so %s is not evaluated", msg, orList(near), g)
		q.Hint = fmt.Sprintf("correct the Good ID on row %d to %s", r.num, g)
		gb := b.byID[g]
		gb.in.Problems = append(gb.in.Problems, q)
	}
}
