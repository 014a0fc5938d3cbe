package origin

import (
	"strings"
	"testing"
)

// intermediate builds a designated self-produced material.
func intermediate(part, code, status, value string, children ...*Material) *Material {
	m := mat(part, code, OriginStatus(status), value)
	m.Kind = KindIntermediate
	m.Children = children
	return m
}

func assumptionsWith(res Result, code AssumptionCode) string {
	var out []string
	for _, a := range res.Assumptions {
		if a.Code == code {
			out = append(out, a.Message)
		}
	}
	return strings.Join(out, "\n")
}

func TestIntermediateMaterials(t *testing.T) {
	// Insulated cables of 8544.42 designated inside a power supply: their
	// rule (GN 11(o) ch. 85 rule 114) needs an RVC of 50% (net cost) when
	// the copper wire of 7408 is non-originating.
	eval := func(g *Good) Result { return Evaluate(g, Options{Rules: base(t), AsOf: date("2026-01-01")}) }

	t.Run("a designated material that qualifies under its own rule counts 0 (UR §7(4)(b))", func(t *testing.T) {
		g := good("8504.40.95", "100", "", intermediate("CABLE", "8544.42.90", "originating", "20",
			mat("CU", "7408.11.60", NonOriginating, "6")))
		res := eval(g)
		if !res.VNM.Total.IsZero() {
			t.Errorf("VNM %s, want 0: the originating intermediate stands for its inputs", res.VNM.Total)
		}
	})

	t.Run("one that does not qualify counts at its value, whatever the workbook says (UR §8(7)(a))", func(t *testing.T) {
		g := good("8504.40.95", "100", "", intermediate("CABLE", "8544.42.90", "originating", "20",
			mat("CU", "7408.11.60", NonOriginating, "15")))
		res := eval(g)
		if !res.VNM.Total.Equal(d("20")) {
			t.Errorf("VNM %s, want 20", res.VNM.Total)
		}
		if !strings.Contains(assumptionsWith(res, AssumeIntermediate), "intermediate CABLE does not qualify under its own rule") {
			t.Errorf("no assumption says why: %v", res.Assumptions)
		}
	})

	t.Run("the proviso: an RVC-qualified designation inside another is traced (UR §8(6), Ex. 5)", func(t *testing.T) {
		inner := intermediate("INNER", "8544.49.30", "originating", "10", mat("CU-I", "7408.11.60", NonOriginating, "4"))
		outer := intermediate("OUTER", "8544.42.90", "originating", "40", inner, mat("CU-O", "7408.11.60", NonOriginating, "5"))
		res := eval(good("8504.40.95", "100", "", outer))
		if got := assumptionsWith(res, AssumeIntermediate); !strings.Contains(got, "INNER cannot stay designated inside OUTER") {
			t.Errorf("proviso not applied: %q", got)
		}
	})

	t.Run("parallel designations are fine (UR §8(6), Ex. 6)", func(t *testing.T) {
		a := intermediate("A", "8544.42.90", "originating", "10", mat("CU-A", "7408.11.60", NonOriginating, "2"))
		b := intermediate("B", "8544.42.90", "originating", "10", mat("CU-B", "7408.11.60", NonOriginating, "2"))
		res := eval(good("8504.40.95", "100", "", a, b))
		if got := assumptionsWith(res, AssumeIntermediate); strings.Contains(got, "cannot stay designated") {
			t.Errorf("side-by-side designations were undone: %q", got)
		}
		if !res.VNM.Total.IsZero() {
			t.Errorf("VNM %s, want 0", res.VNM.Total)
		}
	})
}
