package origin

import (
	"strings"
	"testing"
)

// TestAnyOtherGoodOfTheSameProvision covers "from any other good of
// heading 8801" (GN 11(o) ch. 88 rule 1(A), gliders) and "from any other
// good within that subheading" (ch. 84 rule 200, 8471.30): a
// non-originating material of the good's own provision meets the clause
// only if it is a different good, which its code cannot show (issue 17
// item 1). Unanswered, the good needs review and the fact is named;
// answered "same good", the clause fails (and, the material not being a
// part of the good, criterion D does not apply); answered "different
// good", it passes — once the workbook also says the good was not merely
// repackaged (UR §11, asked because the material carries most of the
// good's value); answered "different good", it
// passes.
func TestAnyOtherGoodOfTheSameProvision(t *testing.T) {
	glider := func(facts map[string]bool) *Good {
		g := good("8801.00.00.10", "100", "",
			mat("GLIDER", "8801.00.00.10", NonOriginating, "80"),
			mat("STRAPS", "5607.50.40", Originating, "5"))
		g.Facts["product-gliders-or-hang-gliders"] = true
		for k, v := range facts {
			g.Facts[k] = v
		}
		return g
	}
	// The laptop is imported into Canada: into the United States, HTSUS
	// General Note 11(p) would deem it originating whatever its materials
	// (see TestITGoodsGeneralNote11p), and Chapter 4 would not be reached.
	laptop := func(facts map[string]bool) *Good {
		g := good("8471.30.01.00", "1000", "",
			mat("LAPTOP", "8471.30.01.00", NonOriginating, "700"),
			mat("BOX", "4819.10.00", Originating, "5"))
		g.ImportingCountry = "CA"
		for k, v := range facts {
			g.Facts[k] = v
		}
		return g
	}
	const gliderFact = "material-other-good-8801000010-gliders-or-hang-gliders"
	const laptopFact = "material-other-good-8471300100"
	tests := []struct {
		name   string
		good   *Good
		status Status
		fact   string // a fact the result must name as missing
		reason string
	}{
		{"ch. 88 rule 1(A): glider from a non-originating glider, unanswered", glider(nil), NeedsReview, gliderFact, "a good other than gliders or hang gliders"},
		{"ch. 88 rule 1(A): glider from a non-originating glider, same good", glider(map[string]bool{gliderFact: false, FactPartsSameSubheading: false}), DoesNotQualify, "", "no change of heading"},
		{"ch. 88 rule 1(A): glider from another good of 8801, different good", glider(map[string]bool{gliderFact: true, FactNonQualifying: false}), Qualifies, "", "the material is a good other than gliders or hang gliders"},
		{"ch. 84 rule 200: laptop from a non-originating laptop, unanswered", laptop(nil), NeedsReview, laptopFact, "a good other than the good produced (8471.30.01.00)"},
		{"ch. 84 rule 200: laptop from a non-originating laptop, same good", laptop(map[string]bool{laptopFact: false, FactPartsSameSubheading: false}), DoesNotQualify, "", "no change of subheading"},
		{"ch. 84 rule 200: laptop from another good of 8471.30, different good", laptop(map[string]bool{laptopFact: true, FactNonQualifying: false}), Qualifies, "", "the material is a good other than the good produced"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := evaluate(t, tt.good)
			if res.Status != tt.status {
				t.Fatalf("status %s, want %s\n%s", res.Status, tt.status, strings.Join(allReasons(res), "\n"))
			}
			if tt.fact != "" && !strings.Contains(factKeys(res.MissingFacts), tt.fact) {
				t.Errorf("missing facts %q, want %s", factKeys(res.MissingFacts), tt.fact)
			}
			if tt.reason != "" && !strings.Contains(strings.Join(allReasons(res), "\n"), tt.reason) {
				t.Errorf("no reason mentions %q:\n%s", tt.reason, strings.Join(allReasons(res), "\n"))
			}
		})
	}
}

// allReasons are the result's reasons, its branches' reasons and the
// reasons of every material test, for assertions on wording.
func allReasons(res Result) []string {
	out := append([]string(nil), res.Reasons...)
	for _, b := range res.Branches {
		out = append(out, b.Reasons...)
		for _, m := range b.Materials {
			out = append(out, m.Reason)
		}
	}
	return out
}
