package origin

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// Goods whose rules need no facts: a change of tariff classification, with
// or without an RVC branch.
var propGoods = []string{"8504.40.95", "8544.30.00", "9401.71.00", "7402.00", "8501.10.40", "9402.10.00"}

// Material codes near and far from those goods, so that shifts both pass
// and fail.
var propMaterials = []string{"8504.40.95", "8504.31.40", "8504.90.96", "8544.42.90", "8544.49.30", "8536.90.40", "9401.99.90", "9401.71.00",
	"7404.00", "7403.11", "7326.90.86", "8503.00.95", "8501.10.40", "9402.90.00", "3926.90.99", "8542.39.00", "7318.15.80"}

// randomGood builds a plausible good with n BOM lines, some self-produced
// with inputs.
func randomGood(rng *rand.Rand, n int) *Good {
	tv := decimal.New(int64(1000+rng.IntN(99000)), -2)
	g := good(propGoods[rng.IntN(len(propGoods))], tv.String(), "", nil...)
	if rng.IntN(2) == 0 {
		g.NetCost = decimal.NewNullDecimal(tv.Mul(decimal.New(85, -2)).Round(2))
	}
	statuses := []OriginStatus{Originating, NonOriginating, UnknownOrigin}
	share := tv.Div(decimal.NewFromInt(int64(n + 2))) // values add up to below TV
	for i := 0; i < n; i++ {
		v := share.Mul(decimal.New(int64(20+rng.IntN(180)), -2)).Round(2)
		m := mat(fmt.Sprintf("P%d", i), propMaterials[rng.IntN(len(propMaterials))], statuses[rng.IntN(3)], v.String())
		if i > 0 && rng.IntN(8) == 0 {
			// a self-produced sub-assembly with two inputs
			sub := &Material{PartNumber: fmt.Sprintf("S%d", i), Kind: KindSelfProduced, HTS: m.HTS, Value: v, Ref: fmt.Sprintf("BOM S%d", i)}
			sub.Children = []*Material{
				mat(fmt.Sprintf("S%d-a", i), propMaterials[rng.IntN(len(propMaterials))], statuses[rng.IntN(3)], v.Div(decimal.NewFromInt(3)).Round(2).String()),
				mat(fmt.Sprintf("S%d-b", i), propMaterials[rng.IntN(len(propMaterials))], statuses[rng.IntN(3)], v.Div(decimal.NewFromInt(4)).Round(2).String()),
			}
			m = sub
		}
		g.Materials = append(g.Materials, m)
	}
	return g
}

// walk visits every material of a good.
func walk(ms []*Material, f func(*Material)) {
	for _, m := range ms {
		f(m)
		walk(m.Children, f)
	}
}

// Making a non-originating material originating never takes away a
// "qualifies".
func TestPropertyMoreOriginatingNeverHurts(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	checked := 0
	for range 400 {
		g := randomGood(rng, 2+rng.IntN(10))
		before := evaluate(t, g)
		if before.Status != Qualifies {
			continue
		}
		var candidates []*Material
		walk(g.Materials, func(m *Material) {
			if m.Origin != Originating && !m.Kind.IsProduced() && !disregardedKind(m.Kind) {
				candidates = append(candidates, m)
			}
		})
		if len(candidates) == 0 {
			continue
		}
		candidates[rng.IntN(len(candidates))].Origin = Originating
		after := evaluate(t, g)
		checked++
		if after.Status != Qualifies {
			t.Fatalf("%s qualified (%s) but no longer does (%s) once a material became originating: %v", g.HTS, before.Rule, after.Status, after.Reasons)
		}
	}
	if checked < 30 {
		t.Fatalf("only %d qualifying goods were checked", checked)
	}
}

// Adding an indirect material, of any origin, never changes the result.
func TestPropertyIndirectMaterialsChangeNothing(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 22))
	for range 300 {
		g := randomGood(rng, 1+rng.IntN(10))
		before := evaluate(t, g)
		ind := mat("TOOLING", propMaterials[rng.IntN(len(propMaterials))], NonOriginating, "123.45")
		ind.Kind = KindIndirect
		g.Materials = append(g.Materials, ind)
		after := evaluate(t, g)
		if before.Status != after.Status || before.Criterion != after.Criterion || before.Rule != after.Rule || !before.VNM.Total.Equal(after.VNM.Total) {
			t.Fatalf("an indirect material changed %s: %s %s %s → %s %s %s", g.HTS, before.Status, before.Rule, before.VNM.Total, after.Status, after.Rule, after.VNM.Total)
		}
	}
}

// The cheapest change roo reports really makes the good qualify: make
// those materials originating and evaluate again.
func TestPropertyCheapestChangeWorks(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 32))
	checked := 0
	for range 500 {
		g := randomGood(rng, 2+rng.IntN(12))
		res := evaluate(t, g)
		if res.Status != DoesNotQualify {
			continue
		}
		var fix *Change
		for i := range res.Changes {
			if res.Changes[i].Kind == "re-source-or-certify" {
				fix = &res.Changes[i]
			}
		}
		if fix == nil {
			continue
		}
		for _, l := range fix.Materials {
			l.Material.Origin = Originating
			l.Material.CertifiedUntil = date("2099-12-31")
		}
		after := evaluate(t, g)
		checked++
		if after.Status != Qualifies {
			t.Fatalf("%s: applying %q gave %s: %v", g.HTS, fix.Text, after.Status, after.Reasons)
		}
	}
	if checked < 20 {
		t.Fatalf("only %d failing goods had a fix to check", checked)
	}
}

func benchmarkEvaluate(b *testing.B, lines int) {
	rng := rand.New(rand.NewPCG(uint64(lines), 1))
	g := randomGood(rng, lines)
	g.HTS = "85443000" // an RVC branch: every line is tested and valued
	opts := Options{Rules: base(&testing.T{}), AsOf: date("2026-07-01")}
	b.ReportAllocs()
	for b.Loop() {
		Evaluate(g, opts)
	}
}

// BenchmarkEvaluate100Lines is the determination of one good of 100 lines.
func BenchmarkEvaluate100Lines(b *testing.B) { benchmarkEvaluate(b, 100) }

// BenchmarkEvaluate1000Lines is the determination of one good of 1,000 lines.
func BenchmarkEvaluate1000Lines(b *testing.B) { benchmarkEvaluate(b, 1000) }
