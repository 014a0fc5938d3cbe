package origin

import (
	"fmt"

	"github.com/roo-trade/roo/origin/rules"
)

// formerCodeUsed says, when the workbook gives the good's former code but
// the rule was found by the good's own code, that the former code was not
// needed: an input the answer did not use is named, not dropped.
func (d *determination) formerCodeUsed(ans rules.Answer) {
	if d.g.FormerCode == "" || d.opts.depth > 0 {
		return
	}
	for _, c := range ans.Candidates {
		if c.Match.Mapped {
			return
		}
	}
	d.res.Assumptions = append(d.res.Assumptions, Assumption{Code: AssumeFormerCodeUnused, Ref: d.g.Ref,
		Message: fmt.Sprintf("the good's former code %s is not needed: its rule is found by its own code %s", d.g.FormerCode, d.g.HTS)})
}

// noteMaterialFormerCodes records, per material with a former code,
// whether it changed any branch's tariff-shift outcome: the material is
// tested again without it.
func (d *determination) noteMaterialFormerCodes(b *rules.Branch, lines []*LineValue, results []rules.MaterialResult) {
	for i, l := range lines {
		m := l.Material
		if m.FormerCode == "" {
			continue
		}
		if d.formerNeeded == nil {
			d.formerNeeded = map[*Material]bool{}
		}
		without := b.TestMaterialFacts(d.g.HTS, m.HTS, d.facts.lookup())
		d.formerNeeded[m] = d.formerNeeded[m] || without.Outcome != results[i].Outcome
	}
}

// materialFormerCodesUnused names, when the determination ends, the former
// codes no test needed (or that no test looked at: an originating
// material's).
func (d *determination) materialFormerCodesUnused() {
	for i := range d.res.VNM.Lines {
		m := d.res.VNM.Lines[i].Material
		if m.FormerCode == "" || d.formerNeeded[m] {
			continue
		}
		if d.formerNeeded == nil {
			d.formerNeeded = map[*Material]bool{}
		}
		d.formerNeeded[m] = true // said once
		d.res.Assumptions = append(d.res.Assumptions, Assumption{Code: AssumeFormerCodeUnused, Ref: m.Ref,
			Message: fmt.Sprintf("%s: its former code %s is not needed: its current code %s decides the tariff-shift test", partName(m), m.FormerCode, m.HTS)})
	}
}
