package origin

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/auto"
)

// coreParts gathers the Table A.2 parts of a passenger vehicle or light
// truck from its bill of materials and the Vehicle sheet, and tests them
// (UR §14(4)). A line is a Table A.2 part when the Vehicle sheet declares
// it one, or when its code is one column 1 lists and the sheet does not
// declare otherwise: every column-1 line is an "ex" provision, so roo then
// takes it to be the part and says so. Lines inside a purchased material or
// inside another Table A.2 part are not looked at.
func (d *determination) coreParts() auto.CoreResult {
	t := d.auto.tables
	declared := map[string]*CorePartFigures{}
	option := auto.AnyOption
	if f := d.g.Vehicle; f != nil {
		for i := range f.CoreParts {
			declared[f.CoreParts[i].PartNumber] = &f.CoreParts[i]
		}
		if f.Option != 0 {
			option = f.Option
		}
	}
	lines := d.res.VNM.Lines
	var parts []auto.CorePart
	skipUnder := -1 // depth below which lines belong to a part already taken
	for i := range lines {
		l := &lines[i]
		if skipUnder >= 0 && l.Depth > skipUnder {
			continue
		}
		skipUnder = -1
		if l.Treatment == TreatInsideOther || l.Treatment == TreatPacking || l.Treatment == TreatIndirect {
			continue
		}
		m := l.Material
		part, byCode := "", false
		decl := declared[m.PartNumber]
		switch {
		case decl != nil && decl.Part == "":
			continue // declared not to be a Table A.2 part
		case decl != nil:
			part = decl.Part
		case m.HTS != "":
			part, byCode = t.CorePartOf(m.HTS)
		}
		if part == "" {
			continue
		}
		if byCode {
			d.res.Assumptions = append(d.res.Assumptions, Assumption{Code: AssumeCorePart, Ref: m.Ref, Part: m.PartNumber,
				Message: fmt.Sprintf("%s (%s) is taken to be a Table A.2 part (%s) because column 1 lists its code as an \"ex\" provision; if it is not, declare it on the Vehicle sheet (Core part: none)", partName(m), m.HTS, part)})
		}
		parts = append(parts, d.corePart(i, part, decl))
		skipUnder = l.Depth
	}
	res := auto.CheckCoreParts(parts, d.date, option)
	if d.g.Vehicle == nil {
		return res
	}
	for i := range d.g.Vehicle.CoreParts {
		dcl := &d.g.Vehicle.CoreParts[i]
		if dcl.Part != "" && !d.hasLine(dcl.PartNumber) {
			res.Missing = append(res.Missing, fmt.Sprintf("the BOM line of the Table A.2 part %s the Vehicle sheet declares (%s)", dcl.PartNumber, dcl.Ref))
			if res.Outcome == auto.Met {
				res.Outcome = auto.Open
			}
		}
	}
	return res
}

// corePart describes one Table A.2 part: as bought (its origin status after
// expiry and unknown origin), or as produced, with the non-originating
// materials of its inputs counted all together and as components only.
func (d *determination) corePart(i int, part string, decl *CorePartFigures) auto.CorePart {
	l := &d.res.VNM.Lines[i]
	m := l.Material
	p := auto.CorePart{Name: partName(m), Part: part}
	if l.Treatment != TreatTraced {
		p.Originating = !l.NonOriginating
		p.Designated = m.Kind == KindIntermediate
		return p
	}
	p.Produced = true
	if decl != nil {
		p.NetCost = decl.NetCost
	}
	p.VNMAll = d.subtreeCounted(i)
	p.VNMComponents = d.componentsCounted(i, part)
	return p
}

// subtreeCounted is the VNM the inputs of line i (and the line) add.
func (d *determination) subtreeCounted(i int) decimal.Decimal {
	lines := d.res.VNM.Lines
	sum := lines[i].Counted
	for j := i + 1; j < len(lines) && lines[j].Depth > lines[i].Depth; j++ {
		sum = sum.Add(lines[j].Counted)
	}
	return sum
}

// componentsCounted is the VNM of the column-2 components of the part
// below line i: a line whose code Table A.2 lists as a component of the
// part counts with its own inputs; other lines are disregarded (UR §14(8))
// unless produced, when their inputs are looked at in turn.
func (d *determination) componentsCounted(i int, part string) decimal.Decimal {
	t := d.auto.tables
	lines := d.res.VNM.Lines
	sum := decimal.Zero
	for j := i + 1; j < len(lines) && lines[j].Depth > lines[i].Depth; {
		l := &lines[j]
		if l.Material.HTS != "" && t.IsComponent(l.Material.HTS, part) {
			sum = sum.Add(d.subtreeCounted(j))
			j = d.nextSibling(j)
			continue
		}
		if l.Treatment == TreatTraced {
			j++ // look at its inputs
			continue
		}
		j = d.nextSibling(j)
	}
	return sum
}

// nextSibling is the index after line j's inputs.
func (d *determination) nextSibling(j int) int {
	lines := d.res.VNM.Lines
	k := j + 1
	for k < len(lines) && lines[k].Depth > lines[j].Depth {
		k++
	}
	return k
}

// hasLine reports whether the BOM has a line of that part number.
func (d *determination) hasLine(partNumber string) bool {
	for i := range d.res.VNM.Lines {
		if d.res.VNM.Lines[i].Material.PartNumber == partNumber {
			return true
		}
	}
	return false
}
