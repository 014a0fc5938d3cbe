package origin

import (
	"fmt"
	"testing"
)

// deepGood is a wire harness made through a chain of depth self-produced
// sub-assemblies, each holding a purchased non-originating copper wire and
// the next sub-assembly; the bottom one holds a non-originating cable of
// the harness's own heading, so the tariff shift fails there and the
// producer's option of UR §3(8) is tried at every level.
func deepGood(depth int) *Good {
	g := good("8544.30", "100000", "")
	parent := &g.Materials
	for i := range depth {
		sub := mat(fmt.Sprintf("SUB-%d", i), "8544.42", Originating, "0")
		sub.Kind = KindSelfProduced
		wire := mat(fmt.Sprintf("WIRE-%d", i), "7408.11", NonOriginating, "0.01")
		sub.Children = []*Material{wire}
		*parent = append(*parent, sub)
		parent = &sub.Children
	}
	*parent = append(*parent, mat("CABLE", "8544.49", NonOriginating, "5"))
	return g
}

// A deep chain is evaluated in time linear in its depth (issue 13 item 9:
// 10,000 levels took 8 s and 100,000 over 300 s when every level rebuilt
// the set of parts below it and rescanned every test).
func BenchmarkEvaluateDepth1000(b *testing.B)   { benchmarkDepth(b, 1000) }
func BenchmarkEvaluateDepth3000(b *testing.B)   { benchmarkDepth(b, 3000) }
func BenchmarkEvaluateDepth10000(b *testing.B)  { benchmarkDepth(b, 10000) }
func BenchmarkEvaluateDepth100000(b *testing.B) { benchmarkDepth(b, 100000) }

func benchmarkDepth(b *testing.B, depth int) {
	g := deepGood(depth)
	opts := Options{Rules: base(&testing.T{}), AsOf: date("2026-07-01")}
	b.ReportAllocs()
	for b.Loop() {
		if res := Evaluate(g, opts); res.Status == StatusError {
			b.Fatal(res.Errors)
		}
	}
}

// The option of UR §3(8) still applies at the level where it passes in a
// deep chain, and the result does not depend on the depth.
func TestDeepChainSelfProducedOption(t *testing.T) {
	for _, depth := range []int{1, 3, 50} {
		res := evaluate(t, deepGood(depth))
		if res.Status == StatusError {
			t.Fatalf("depth %d: %v", depth, res.Errors)
		}
		if got := len(res.VNM.Lines); got != 2*depth+1 {
			t.Errorf("depth %d: %d lines valued, want %d", depth, got, 2*depth+1)
		}
	}
}
