package workbook

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin"
)

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
	gb := &goodBuild{in: &GoodInput{Good: g, Problems: r.problems}, row: r.num, lineRows: map[string]Problem{}}
	r.problems = nil
	b.byID[g.ID] = gb
	b.order = append(b.order, gb)
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
			r.rowProblem(SevError, fmt.Sprintf("the line names good %q, which is not on the Goods sheet", id), "add the good to the Goods sheet, or correct the Good ID")
			b.problems = append(b.problems, r.problems...)
			return
		}
	} else if len(b.order) == 1 && !s.hdr.has(ColGoodID) {
		gb = b.order[0]
		r.goodID = gb.in.Good.ID
	} else {
		r.rowProblem(SevError, "the line has no Good ID", "say which good the line belongs to")
		b.problems = append(b.problems, r.problems...)
		return
	}
	b.addLine(gb, r)
}

func (b *builder) addLine(gb *goodBuild, r *rowCtx) {
	l := lineFromRow(r)
	gb.in.Problems = append(gb.in.Problems, r.problems...)
	gb.lineRows[l.Material.Ref] = Problem{File: r.s.file, Sheet: r.s.sheet, Row: r.num, GoodID: r.goodID}
	gb.lines = append(gb.lines, l)
}

// flatRow handles a row of a flat export: the good's columns and a line.
func (b *builder) flatRow(s *sheetReader, r *rowCtx) {
	id, ok := r.cell(ColGoodID)
	if !ok {
		r.rowProblem(SevError, "the row has data but no Good ID", "every row of a flat export must name its good")
		b.problems = append(b.problems, r.problems...)
		return
	}
	r.goodID = id
	gb := b.byID[id]
	if gb == nil {
		g := goodFromRow(r)
		gb = b.addGood(g, r)
	} else if code, given := r.cell(ColGoodHTS); given && code != "" {
		if c, p := parseCode(code); p == nil && c != gb.in.Good.HTS && gb.in.Good.HTS != "" {
			r.add(ColGoodHTS, &cellProblem{severity: SevWarning,
				message: fmt.Sprintf("good %q has HTS code %s here but %s on row %d; roo uses row %d", id, c, gb.in.Good.HTS, gb.row, gb.row),
				hint:    "a flat export repeats the good's columns on every line; they should agree"})
		}
	}
	if hasLine(r) {
		b.addLine(gb, r)
	} else {
		gb.in.Problems = append(gb.in.Problems, r.problems...)
	}
}

// factRow handles a row of the Facts sheet.
func (b *builder) factRow(s *sheetReader, r *rowCtx) {
	id, _ := r.cell(ColGoodID)
	r.goodID = id
	gb := b.byID[id]
	if gb == nil {
		r.rowProblem(SevError, fmt.Sprintf("the fact names good %q, which is not in the workbook", id), "correct the Good ID")
		b.problems = append(b.problems, r.problems...)
		return
	}
	key := FactKey(r.text(ColFactName))
	if key == "" {
		r.add(ColFactName, cellErr("the fact has no name", "the fact key a rule asks for, e.g. cut-and-sewn", "'roo rule CODE' lists the facts a rule needs"))
	} else if v, ok := r.cell(ColFactValue); !ok {
		r.add(ColFactValue, cellErr("the fact has no answer", "yes or no", ""))
	} else if yes, p := parseYesNo(v); p != nil {
		r.add(ColFactValue, p)
	} else {
		gb.in.Good.Facts[key] = yes
	}
	gb.in.Problems = append(gb.in.Problems, r.problems...)
}

// finish links each good's lines into its material tree.
func (b *builder) finish() *Workbook {
	wb := &Workbook{Name: b.file, Layout: b.layout, Problems: b.problems}
	for _, gb := range b.order {
		roots, errs := origin.BuildTree(gb.lines)
		for _, e := range errs {
			p := gb.lineRows[e.Ref]
			p.Severity = SevError
			p.Message = strings.TrimPrefix(e.Error(), e.Ref+": ")
			p.Hint = "Parent must be the part number of a sub-assembly line of the same good"
			gb.in.Problems = append(gb.in.Problems, p)
		}
		gb.in.Good.Materials = roots
		wb.Goods = append(wb.Goods, gb.in)
	}
	return wb
}
