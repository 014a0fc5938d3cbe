package origin

import (
	"strings"
	"testing"
)

// The worked examples of the Uniform Regulations that the domain page
// (USMCA-RULES.md) sets out, each reproduced on the real rule of the
// embedded rule base and cited. Values are chosen where the Example gives
// none; the outcome is the Example's.
func TestOfficialExamplesDetermination(t *testing.T) {
	tests := []struct {
		cite      string
		good      *Good
		facts     map[string]bool
		status    Status
		criterion string
	}{
		{
			cite:   "UR §5(15) Ex. 1: 76.03 from any other chapter; non-originating 76.02 scrap fails, so the good does not qualify",
			good:   good("7603.10", "100", "", mat("SCRAP", "7602.00", NonOriginating, "40")),
			status: DoesNotQualify,
		},
		{
			cite:   "UR §5(15) Ex. 1, de minimis: the same scrap at 10% of the transaction value is admitted",
			good:   good("7603.10", "100", "", mat("SCRAP", "7602.00", NonOriginating, "10"), mat("INGOT", "7601.10", Originating, "60")),
			status: Qualifies, criterion: "B",
		},
		{
			cite:   "UR §5(15) Ex. 3: 74.02 except from 74.04 — a non-originating 74.04 material fails branch (A); branch (B) admits it with RVC 60% TV",
			good:   good("7402.00", "100", "80", mat("WASTE", "7404.00", NonOriginating, "45")),
			status: DoesNotQualify,
		},
		{
			cite:   "UR §5(15) Ex. 3, branch (B): with RVC of 60% by transaction value the 74.04 material is admitted",
			good:   good("7402.00", "100", "", mat("WASTE", "7404.00", NonOriginating, "40")),
			status: Qualifies, criterion: "B",
		},
		{
			cite:   "UR §5(15) Ex. 7: 5209.11 except from the yarn headings — non-originating cotton yarn of 52.05 fails",
			good:   weighed(good("5209.11", "10", "", withWeight(mat("YARN", "5205.12", NonOriginating, "3"), "0.5")), "1"),
			status: DoesNotQualify,
		},
		{
			cite:   "UR §9(8) Ex. 2: 52.08 except from 52.05 — originating yarn (by accumulation) is not tested; the fabric qualifies",
			good:   good("5208.11", "10", "", mat("YARN", "5205.12", Originating, "3"), mat("DYE", "3204.11", NonOriginating, "1")),
			status: Qualifies, criterion: "B",
		},
		{
			cite: "UR §3(8): a self-produced material Z of another heading may be tested in place of its input Y of the good's own subheading",
			good: good("8504.40.95", "42", "", &Material{PartNumber: "Z", Kind: KindSelfProduced, HTS: "85049075", Value: d("9"), Ref: "BOM Z",
				Children: []*Material{mat("Y", "8504.40.95", NonOriginating, "8")}}),
			status: Qualifies, criterion: "B",
		},
		{
			cite:   "UR §5(4), §5(15) Ex. 5: barbers' chairs of 9402.10 under criterion D; all non-originating materials within 10%, so the RVC need not be met",
			good:   good("9402.10", "100", "", mat("CHAIR-PART", "9402.10", NonOriginating, "10")),
			facts:  map[string]bool{FactPartsSameSubheading: true},
			status: Qualifies, criterion: "B",
		},
		{
			cite:   "UR §6: a set whose non-originating goods are 9.7% of its value is originating",
			good:   good("9605.00", "100", "", mat("A", "8214.10", NonOriginating, "9.70"), mat("B", "9603.29", Originating, "50")),
			facts:  map[string]bool{FactSet: true},
			status: Qualifies, criterion: "B",
		},
		{
			cite:   "UR §6: a set whose non-originating goods are 13% of its value is not originating by the set rule",
			good:   good("9605.00", "100", "", mat("A", "9605.00", NonOriginating, "13"), mat("B", "9603.29", Originating, "50")),
			facts:  map[string]bool{FactSet: true},
			status: NeedsReview, // the rule of 9605.00 itself then applies; its branch asks for more
		},
	}
	for _, tt := range tests {
		t.Run(tt.cite, func(t *testing.T) {
			for k, v := range tt.facts {
				tt.good.Facts[k] = v
			}
			res := evaluate(t, tt.good)
			if res.Status != tt.status || res.Criterion != tt.criterion {
				t.Fatalf("%s (criterion %q), want %s (%q)\n  %s\n  missing %s %v", res.Status, res.Criterion, tt.status, tt.criterion,
					strings.Join(res.Reasons, "\n  "), factKeys(res.MissingFacts), res.MissingInputs)
			}
		})
	}
}

// The textile weight de minimis at its exact limits (UR §5(6), §5(7);
// UR §5(15) Ex. 9, the blouse: exactly 10% in all and 7% elastomeric
// passes).
func TestTextileDeMinimisAtTheLimits(t *testing.T) {
	shirt := func(weight, elastomeric string) *Good {
		g := good("6109.10.00", "10", "", &Material{PartNumber: "ELASTANE", HTS: "54024400", Origin: NonOriginating, Value: d("0.10"),
			Weight: nd(weight), Elastomeric: nd(elastomeric), Ref: "BOM ELASTANE"})
		g.ComponentWeight = nd("1.000")
		g.Weight = nd("1.000") // the elastomeric 7% is of the good for US imports (19 USC 4531(f)(4)(C)(ii))
		for _, k := range []string{"cut-knit-sewn-in-territory", "fabrics-5903-formed-finished", "sewing-thread-formed-finished", "pocket-bag-fabric-formed-finished"} {
			g.Facts[k] = true
		}
		return g
	}
	tests := []struct {
		weight, elastomeric string
		status              Status
	}{
		{"0.100", "0.070", Qualifies},
		{"0.100", "0.0701", DoesNotQualify},
		{"0.1001", "0.050", DoesNotQualify},
		{"0.050", "0.050", Qualifies},
	}
	for _, tt := range tests {
		res := evaluate(t, shirt(tt.weight, tt.elastomeric))
		if res.Status != tt.status {
			t.Errorf("weight %s elastomeric %s of 1.000: %s, want %s (%s)", tt.weight, tt.elastomeric, res.Status, tt.status, strings.Join(res.Reasons, "; "))
		}
	}
}

func withWeight(m *Material, w string) *Material {
	m.Weight = nd(w)
	return m
}

func weighed(g *Good, w string) *Good {
	g.Weight = nd(w)
	return g
}

// Each kind of tariff-shift clause, on the real rule that has it.
func TestClauseTypes(t *testing.T) {
	tests := []struct {
		name   string
		good   *Good
		facts  map[string]bool
		asOf   string
		status Status
		rule   string
	}{
		{"any other subheading (85 rule 7)", good("8504.40.95", "42", "", mat("T", "8504.31.40", NonOriginating, "20")), nil, "", Qualifies, "GN 11(o) ch. 85 rule 7"},
		{"tariff-item rule with an exception (85 rule 6: except from 8471.49)", good("8504.40.60", "42", "", mat("T", "8471.49.00", NonOriginating, "20")), nil, "", DoesNotQualify, "GN 11(o) ch. 85 rule 6"},
		{"any heading outside the group (52 rule 2): a fabric of 52.10 from 52.09 fails", weighed(good("5210.11", "10", "", withWeight(mat("F", "5209.11", NonOriginating, "4"), "0.4")), "1"), nil, "", DoesNotQualify, "GN 11(o) ch. 52 rule 2"},
		{"including another subheading within the group (94.02)", good("9402.10", "100", "", mat("P", "9402.90", NonOriginating, "40")), nil, "", Qualifies, ""},
		{"except from more than one of the following: one group only passes (84 rule 140)", good("8456.11", "100", "", mat("CTRL", "8537.10", NonOriginating, "20")), nil, "", Qualifies, ""},
		{"except from more than one of the following: two groups fail (84 rule 140)", good("8456.11", "100", "", mat("CTRL", "8537.10", NonOriginating, "20"), mat("LASER", "9013.20", NonOriginating, "20")), nil, "", DoesNotQualify, ""},
		{"named source with whether-or-not and RVC (94 rule 1(B)): parts of 9401.90 with RVC 60% TV", good("9401.71", "100", "", mat("FRAME", "9401.99", NonOriginating, "39")), nil, "", Qualifies, "GN 11(o) ch. 94 rule 1(B)"},
		{"no change required, RVC only (8504.21–.34 from 2025-07-01, branch (b): 55% NC)", good("8504.23.00", "100", "90", mat("CORE", "8504.90.96", NonOriginating, "38")), nil, "2026-01-01", Qualifies, ""},
		{"time-bounded versions: from 2025-07-01 the stricter 8504.21–.34 rule fails the same good", good("8504.23.00", "100", "80", mat("CORE", "8504.90.96", NonOriginating, "38")), nil, "2026-01-01", DoesNotQualify, ""},
		{"time-bounded versions: before 2025-07-01 the earlier rule (b) admits it with 60% TV", good("8504.23.00", "100", "80", mat("CORE", "8504.90.96", NonOriginating, "38")), nil, "2024-01-01", Qualifies, ""},
		{"described material settled by a fact: housings of 8508.70 are excepted from (A) but admitted by (B) with RVC", good("8508.11", "100", "", mat("HOUSING", "8508.70", NonOriginating, "30")), map[string]bool{"material-housings": true}, "", Qualifies, "GN 11(o) ch. 85 rule 20(B)"},
		{"described material answered no: other parts of 8508.70 change subheading under (A)", good("8508.11", "100", "", mat("PART", "8508.70", NonOriginating, "30")), map[string]bool{"material-housings": false}, "", Qualifies, "GN 11(o) ch. 85 rule 20(A)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.facts {
				tt.good.Facts[k] = v
			}
			asOf := date("2026-07-01")
			if tt.asOf != "" {
				asOf = date(tt.asOf)
			}
			res := Evaluate(tt.good, Options{Rules: base(t), AsOf: asOf})
			if res.Status != tt.status {
				t.Fatalf("%s, want %s\n  %s\n  missing %s %v", res.Status, tt.status, strings.Join(res.Reasons, "\n  "), factKeys(res.MissingFacts), res.MissingInputs)
			}
			if tt.rule != "" && res.Rule != tt.rule {
				t.Errorf("rule %q, want %q", res.Rule, tt.rule)
			}
		})
	}
}

// UR §9(8) Ex. 2: the producer of a fabric of 52.08 buys non-originating
// yarn of 52.05 that its supplier spun in the territory from cotton of
// 52.03; with the supplier's statement it may treat the cotton as the
// non-originating material, and 52.03 → 52.08 meets the rule.
func TestAccumulationExample(t *testing.T) {
	yarn := mat("YARN", "5205.12", NonOriginating, "3")
	yarn.SupplierVNM = nd("1.20")
	yarn.Children = []*Material{mat("COTTON", "5203.00", NonOriginating, "1.20")}
	g := weighed(good("5208.11", "10", "", yarn), "1")
	res := evaluate(t, g)
	if res.Status != Qualifies {
		t.Fatalf("%s, want qualifies: %v", res.Status, res.Reasons)
	}
	if !res.VNM.Total.Equal(d("1.20")) {
		t.Errorf("VNM %s, want the supplier's 1.20 (UR §9(2)(a))", res.VNM.Total)
	}
	// Without the statement, the yarn itself is tested and fails.
	yarn.SupplierVNM.Valid = false
	if res := evaluate(t, g); res.Status == Qualifies {
		t.Errorf("without a supplier statement the yarn of 52.05 must fail: %v", res.Reasons)
	}
}
