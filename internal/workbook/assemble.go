package workbook

import (
	"fmt"
	"sort"
	"strings"

	"github.com/roo-trade/roo/origin"
)

// builder assembles goods as their rows are read and hands each out when
// its BOM lines are complete.
type builder struct {
	file   string
	opts   Options
	layout string
	flat   bool // the goods come with their lines (flat layout)
	emit   func(*GoodInput) error
	// streaming is true while every good's lines are known to be together:
	// a good is complete when the next good's lines begin.
	streaming bool
	// regrouped is true when the rows were replayed good by good from a
	// temporary file because their goods' lines were not together.
	regrouped bool
	order     []*goodBuild // goods in sheet order
	byID      map[string]*goodBuild
	current   *goodBuild   // the good whose lines are being read
	appeared  []*goodBuild // goods with lines, in the order their lines appear
	pending   map[string][]factRow
	vehicles  map[string]*vehicleBuild // the Vehicle sheet's figures, by good
	problems  []Problem
	emitted   int
	// headersSeen are the normalised headers of every sheet read, for the
	// check of --map entries (unusedMap).
	headersSeen map[string]string
	err         error // from emit: stops reading
	// scatter is the index in problems of the note that the lines are not
	// together, and scatterRow the row where they resume.
	scatter, scatterRow int
	// orphans are the lines that belong to no good, found by the first
	// pass over the Good ID column (orphans.go).
	orphans orphanPlan
	// byFold finds the goods of the Goods sheet by folded ID.
	byFold map[string]*goodBuild
	facts  *factCheck // the fact keys roo knows; nil: not checked
	// fileTaint are problems of the whole file that make every good an
	// error (a stray sheet with BOM headers).
	fileTaint []Problem
}

// goodBuild is a good being assembled.
type goodBuild struct {
	id       string
	in       *GoodInput
	row      int // where the good was first defined
	sheet    string
	lines    []origin.BOMLine
	lineRows map[string]Problem // material ref → location, for tree errors
	hasLines bool
	done     bool
	// first are the good's columns as the row that defined it gives them
	// (flat layout), to check that its other rows agree.
	first map[int]string
}

// factRow is a fact of the Facts sheet waiting for its good (flat layout).
type factRow struct {
	key   string
	value bool
}

// goodsRow handles a row of the Goods sheet.
func (b *builder) goodsRow(s *sheetReader, r *rowCtx) {
	id, ok := r.cell(ColGoodID)
	if !ok {
		r.rowProblem(SevError, "the row has data but no Good ID", "give every good an identifier, or delete the row")
		b.problems = append(b.problems, r.problems...)
		return
	}
	r.goodID = id
	g := goodFromRow(r)
	if prev := b.byFold[foldID(id)]; prev != nil && prev.id != id {
		// Two goods that look the same: neither can be told from the other
		// by the BOM lines that name one of them.
		p := Problem{Severity: SevError, File: s.file, Sheet: s.sheet, Row: r.num, GoodID: id,
			Message: fmt.Sprintf("good %q differs from good %q (row %d) only in case or invisible characters: roo reads neither as one good nor as two, so neither is evaluated", id, prev.id, prev.row),
			Hint:    "give each good an ID that differs in more than case (look for a stray space or a zero-width character)"}
		r.problems = append(r.problems, p)
		q := p
		q.Row, q.GoodID = prev.row, prev.id
		q.Message = fmt.Sprintf("good %q differs from good %q (row %d) only in case or invisible characters: roo reads neither as one good nor as two, so neither is evaluated", prev.id, id, r.num)
		prev.in.Problems = append(prev.in.Problems, q)
	}
	if prev, dup := b.byID[id]; dup {
		msg := fmt.Sprintf("good %q is defined twice on the %s sheet, on rows %d and %d", id, s.sheet, prev.row, r.num)
		p := Problem{Severity: SevError, File: s.file, Sheet: s.sheet, Row: r.num, GoodID: id, Message: msg,
			Hint: "give each good its own ID; roo cannot tell which row's values are right or which good the BOM lines belong to"}
		prev.in.Problems = append(prev.in.Problems, p)
		return
	}
	b.addGood(g, r)
}

func (b *builder) addGood(g *origin.Good, r *rowCtx) *goodBuild {
	gb := &goodBuild{id: g.ID, in: &GoodInput{Good: g, Problems: r.problems}, row: r.num, sheet: r.s.sheet, lineRows: map[string]Problem{}}
	r.problems = nil
	b.byID[g.ID] = gb
	if b.byFold == nil {
		b.byFold = map[string]*goodBuild{}
	}
	if _, ok := b.byFold[foldID(g.ID)]; !ok {
		b.byFold[foldID(g.ID)] = gb
	}
	b.order = append(b.order, gb)
	for _, f := range b.pending[g.ID] {
		g.Facts[f.key] = f.value
	}
	delete(b.pending, g.ID)
	return gb
}

// bomRequired is what a BOM sheet must have: the Good ID unless the Goods
// sheet defines exactly one good.
func (b *builder) bomRequired() []Col {
	if len(b.order) == 1 {
		return nil
	}
	return []Col{ColGoodID}
}

// bomRow handles a row of the BOM sheet.
func (b *builder) bomRow(s *sheetReader, r *rowCtx) {
	var gb *goodBuild
	if id, ok := r.cell(ColGoodID); ok {
		r.goodID = id
		gb = b.byID[id]
		if gb == nil {
			b.orphanLine(r, id)
			return
		}
	} else if len(b.order) == 1 && !s.hdr.has(ColGoodID) {
		gb = b.order[0]
		r.goodID = gb.id
	} else {
		b.orphanLine(r, "")
		return
	}
	b.switchTo(gb, r)
	b.addLine(gb, r)
}

// switchTo makes gb the good whose lines are being read; when streaming,
// the previous good is then complete and handed out.
func (b *builder) switchTo(gb *goodBuild, r *rowCtx) {
	if r.num == b.scatterRow && b.scatterRow > 0 {
		b.problems[b.scatter].Message = scatterMessage(fmt.Sprintf("good %q", gb.id), r.num)
		b.problems[b.scatter].GoodID = gb.id
	}
	if b.current == gb {
		return
	}
	if b.current != nil && b.streaming {
		b.complete(b.current)
	}
	if gb.done {
		// The first pass said the lines were together, yet they resume: the
		// good has already been handed out without these lines.
		b.problems = append(b.problems, Problem{Severity: SevError, File: r.s.file, Sheet: r.s.sheet, Row: r.num, GoodID: gb.id,
			Message: fmt.Sprintf("the BOM lines of good %q resume here after roo had evaluated it without them: its result above is incomplete and must not be used", gb.id),
			Hint:    "sort the BOM by Good ID and run again"})
	}
	if !gb.hasLines {
		gb.hasLines = true
		b.appeared = append(b.appeared, gb)
	}
	b.current = gb
}

func (b *builder) addLine(gb *goodBuild, r *rowCtx) {
	l := lineFromRow(r)
	if gb.done {
		return
	}
	gb.in.Problems = append(gb.in.Problems, r.problems...)
	gb.lineRows[l.Material.Ref] = Problem{File: r.s.file, Sheet: r.s.sheet, Row: r.num, GoodID: r.goodID}
	gb.lines = append(gb.lines, l)
}

// flatRow handles a row of a flat export: the good's columns and a line.
func (b *builder) flatRow(s *sheetReader, r *rowCtx) {
	id, ok := r.cell(ColGoodID)
	if !ok {
		b.orphanLine(r, "")
		return
	}
	r.goodID = id
	gb := b.byID[id]
	if gb == nil {
		gb = b.addGood(goodFromRow(r), r)
		gb.first = goodValues(r)
	} else if !gb.done {
		checkGoodColumns(r, gb)
	}
	b.switchTo(gb, r)
	if hasLine(r) {
		b.addLine(gb, r)
	} else if !gb.done {
		gb.in.Problems = append(gb.in.Problems, r.problems...)
	}
}

// factRow handles a row of the Facts sheet.
func (b *builder) factRow(s *sheetReader, r *rowCtx) {
	id, _ := r.cell(ColGoodID)
	r.goodID = id
	gb := b.byID[id]
	if gb == nil && !b.flat {
		b.orphanFact(r, id)
		return
	}
	key := FactKey(r.text(ColFactName))
	if key == "" {
		r.add(ColFactName, cellErr("the fact has no name", "the fact key a rule asks for, e.g. cut-and-sewn", "'roo rule CODE' lists the facts a rule needs"))
	} else if v, ok := r.cell(ColFactValue); !ok {
		r.add(ColFactValue, cellErr("the fact has no answer", "yes or no", ""))
	} else if yes, p := parseYesNo(v); p != nil {
		r.add(ColFactValue, p)
	} else if p := s.unknownFact(key); p != nil {
		r.add(ColFactName, p)
	} else if gb != nil {
		gb.in.Good.Facts[key] = yes
	} else {
		// Flat layout: the goods come later, with the flat sheet.
		if b.pending == nil {
			b.pending = map[string][]factRow{}
		}
		b.pending[id] = append(b.pending[id], factRow{key, yes})
	}
	if gb != nil {
		gb.in.Problems = append(gb.in.Problems, r.problems...)
	} else {
		b.problems = append(b.problems, r.problems...)
	}
}

// complete links a good's lines into its material tree and hands it out.
func (b *builder) complete(gb *goodBuild) {
	if gb.done || b.err != nil {
		return
	}
	gb.done = true
	roots, errs := origin.BuildTree(gb.lines)
	for _, e := range errs {
		p := gb.lineRows[e.Ref]
		p.Severity = SevError
		p.Message = strings.TrimPrefix(e.Error(), e.Ref+": ")
		p.Hint = "Parent must be the part number of a sub-assembly line of the same good"
		gb.in.Problems = append(gb.in.Problems, p)
	}
	gb.in.Good.Materials = roots
	b.attachVehicle(gb)
	b.taintGood(gb)
	if p, ok := b.templateSample(gb); ok {
		gb.in.Problems = append(gb.in.Problems, p)
	}
	in := gb.in
	gb.lines, gb.lineRows, gb.in = nil, nil, nil // free the BOM once handed out
	b.emitted++
	b.err = b.emit(in)
}

// finish hands out every good not yet complete: those with lines in the
// order their lines appeared, then those without, in sheet order.
func (b *builder) finish() error {
	for _, gb := range b.appeared {
		b.complete(gb)
	}
	for _, gb := range b.order {
		b.complete(gb)
	}
	ids := make([]string, 0, len(b.pending))
	for id := range b.pending {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		b.problems = append(b.problems, Problem{Severity: SevError, File: b.file, GoodID: id,
			Message: fmt.Sprintf("the Facts sheet names good %q, which is not in the workbook", id), Hint: "correct the Good ID"})
	}
	b.unmatchedVehicles()
	return b.err
}
