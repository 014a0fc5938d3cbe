package origin

import (
	"fmt"
	"sort"
	"strings"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// disregardedKind reports whether lines of a kind are left out of the
// tariff-shift test and the value de minimis: retail packaging (UR §8(14)),
// shipping packing (§8(17)), accessories (§8(24)) and indirect materials
// (§8(13), originating anyway).
func disregardedKind(k Kind) bool {
	return k == KindPackaging || k == KindPacking || k == KindAccessory || k == KindIndirect
}

// testedLines are the non-originating materials the tariff-shift test looks
// at: the lines counted as non-originating, traced through self-produced
// materials, without the kinds the test disregards.
func (d *determination) testedLines() []*LineValue {
	var out []*LineValue
	for i := range d.res.VNM.Lines {
		l := &d.res.VNM.Lines[i]
		if !l.NonOriginating || disregardedKind(l.Material.Kind) {
			continue
		}
		if l.Treatment == TreatNonOriginating || l.Treatment == TreatAccumulated {
			out = append(out, l)
		}
	}
	return out
}

// testMaterials runs the tariff-shift test of a branch on every tested
// line, with the producer's option of UR §3(8): a self-produced material
// may be tested in place of its inputs.
func (d *determination) testMaterials(b *rules.Branch, disregard func(*LineValue) (bool, string)) []MaterialTest {
	good := d.g.HTS
	var tests []MaterialTest
	var lines []*LineValue
	var codes, formers []hs.Code
	for _, l := range d.testedLines() {
		if ok, why := disregard(l); ok {
			tests = append(tests, MaterialTest{Line: l, Code: l.Material.HTS, Outcome: Disregarded, Reason: why})
			continue
		}
		if l.Material.HTS == "" {
			tests = append(tests, MaterialTest{Line: l, Outcome: Undetermined, Reason: "undetermined: the material has no HTS code"})
			continue
		}
		lines = append(lines, l)
		codes = append(codes, l.Material.HTS)
		formers = append(formers, l.Material.FormerCode)
	}
	set := b.TestMaterialsFormer(good, codes, formers, d.facts.lookup())
	d.noteMaterialFormerCodes(b, lines, set.Materials)
	for i, mr := range set.Materials {
		tests = append(tests, MaterialTest{Line: lines[i], Code: codes[i], Outcome: outcomeOf(mr.Outcome), Reason: mr.Reason, Mapped: mr.Mapped, facts: mr.Facts})
	}
	d.orderLike(tests)
	return d.accumulationOption(b, d.selfProducedOption(b, tests))
}

// accumulationOption applies UR §9(1)(c) and §9(7): production on a
// non-originating material in the territory counts, so a producer holding
// its supplier's signed statement (Supplier VNM given, and the supplier's
// materials listed under the line) may test the supplier's non-originating
// materials in place of the material bought (UR §9(8) Ex. 2: cotton of
// 52.03 spun by the supplier into yarn of 52.05, woven into fabric of 52.08).
func (d *determination) accumulationOption(b *rules.Branch, tests []MaterialTest) []MaterialTest {
	for i := range tests {
		t := &tests[i]
		m := t.Line.Material
		if t.Outcome == Pass || t.Outcome == Disregarded || !m.SupplierVNM.Valid || len(m.Children) == 0 {
			continue
		}
		var codes []hs.Code
		var parts []string
		ok := true
		for _, c := range m.Children {
			if c.Origin == Originating {
				continue
			}
			if c.HTS == "" {
				ok = false
				break
			}
			codes = append(codes, c.HTS)
			parts = append(parts, partName(c)+" "+c.HTS.String())
		}
		if !ok {
			continue
		}
		set := b.TestMaterialsFacts(d.g.HTS, codes, d.facts.lookup())
		if set.Outcome != rules.Pass {
			continue
		}
		t.Outcome = Pass
		if len(parts) == 0 {
			t.Reason = "the supplier's statement shows no non-originating materials in it (accumulation, UR §9(1)(c), §9(7))"
		} else {
			t.Reason = fmt.Sprintf("the supplier's non-originating materials (%s) undergo the change, and production on them in the territory counts (accumulation, UR §9(1)(c), §9(7))", joinWords(parts))
		}
	}
	return tests
}

func joinWords(ss []string) string {
	switch len(ss) {
	case 0:
		return ""
	case 1:
		return ss[0]
	}
	return strings.Join(ss[:len(ss)-1], ", ") + " and " + ss[len(ss)-1]
}

func outcomeOf(o rules.Outcome) Outcome {
	switch o {
	case rules.Pass:
		return Pass
	case rules.Fail:
		return Fail
	}
	return Undetermined
}

// orderLike sorts tests in BOM order (stably: a self-produced material
// tested in place of its inputs stays after its own line).
func (d *determination) orderLike(tests []MaterialTest) {
	pos := make(map[*LineValue]int, len(d.res.VNM.Lines))
	for i := range d.res.VNM.Lines {
		pos[&d.res.VNM.Lines[i]] = i
	}
	sort.SliceStable(tests, func(i, j int) bool { return pos[tests[i].Line] < pos[tests[j].Line] })
}

// selfProducedOption applies UR §3(8): when some input of a self-produced
// material does not pass but the self-produced material itself undergoes
// the change, the producer may treat it as the material tested.
func (d *determination) selfProducedOption(b *rules.Branch, tests []MaterialTest) []MaterialTest {
	byMaterial := map[*Material]*LineValue{}
	for i := range d.res.VNM.Lines {
		l := &d.res.VNM.Lines[i]
		byMaterial[l.Material] = l
	}
	// failsBelow: the materials with a tested input below them that does
	// not pass, found in one walk of the tree (not one per self-produced
	// material: a chain 100,000 deep must stay linear).
	failing := map[*Material]bool{}
	for _, t := range tests {
		if t.Outcome != Pass && t.Outcome != Disregarded {
			failing[t.Line.Material] = true
		}
	}
	failsBelow := map[*Material]bool{}
	if len(failing) > 0 {
		var walk func(m *Material) bool
		walk = func(m *Material) bool {
			below := false
			for _, c := range m.Children {
				if walk(c) || failing[c] {
					below = true
				}
			}
			if below {
				failsBelow[m] = true
			}
			return below
		}
		for _, m := range d.g.Materials {
			walk(m)
		}
	}
	replaced := map[*LineValue]string{}
	var extra []MaterialTest
	for i := range d.res.VNM.Lines {
		s := &d.res.VNM.Lines[i]
		if s.Treatment != TreatTraced || s.Material.HTS == "" {
			continue
		}
		if _, done := replaced[s]; done {
			continue // inside a self-produced material already tested whole
		}
		if !failsBelow[s.Material] {
			continue
		}
		mr := b.TestMaterialFacts(d.g.HTS, s.Material.HTS, d.facts.lookup())
		if mr.Outcome != rules.Pass {
			continue
		}
		why := fmt.Sprintf("tested in place of its inputs, at the producer's option (UR §3(8)): %s", mr.Reason)
		extra = append(extra, MaterialTest{Line: s, Code: s.Material.HTS, Outcome: Pass, Reason: why, Mapped: mr.Mapped})
		by := partName(s.Material)
		eachBelow(s.Material, func(m *Material) {
			if l := byMaterial[m]; l != nil {
				replaced[l] = by
			}
		})
	}
	if len(extra) == 0 {
		return tests
	}
	for i := range tests {
		if by, ok := replaced[tests[i].Line]; ok {
			tests[i].Outcome = Disregarded
			tests[i].Reason = fmt.Sprintf("not tested: the self-produced %s that contains it is tested in its place (UR §3(8))", by)
		}
	}
	tests = append(tests, extra...)
	d.orderLike(tests)
	return tests
}

// eachBelow calls fn for every material below m (not m itself).
func eachBelow(m *Material, fn func(*Material)) {
	for _, c := range m.Children {
		fn(c)
		eachBelow(c, fn)
	}
}

// subtree is the set of materials below m (not m itself).
func subtree(m *Material) map[*Material]bool {
	out := map[*Material]bool{}
	var walk func(*Material)
	walk = func(x *Material) {
		for _, c := range x.Children {
			out[c] = true
			walk(c)
		}
	}
	walk(m)
	return out
}
