package origin

import (
	"strings"
	"testing"
)

// TestNonQualifyingOperations: a good only repackaged, diluted or labelled
// is not originating however high its regional value content (UR §11; 19
// USC 4531(n); UR §1 "production"). CBP ruling HQ H318560 refused USMCA
// treatment to bulk pharmaceuticals repackaged in Canada. Here medicaments
// of 3004.90 are made from non-originating medicaments of 3004.90 and meet
// GN 11(o) ch. 30 rule 2(B), which needs no change in tariff
// classification, with an RVC of 70%: the bill of materials shows a
// repackaging is possible, so roo asks (issue 17 item 4).
func TestNonQualifyingOperations(t *testing.T) {
	pharma := func(facts map[string]bool) *Good {
		g := good("3004.90.92", "100", "",
			mat("BULK", "3004.90.92", NonOriginating, "30"),
			mat("BLISTER", "3923.29.00", Originating, "5"))
		g.Facts["isolated-material-chemical-reaction"] = true // GN 11(n)(iv)(H), a requirement of the chapter's rules
		for k, v := range facts {
			g.Facts[k] = v
		}
		return g
	}
	tests := []struct {
		name   string
		good   *Good
		status Status
		want   string
	}{
		{"H318560: repackaged medicaments, unanswered → needs review", pharma(nil), NeedsReview, "needs no change in tariff classification, and the non-originating BULK (3004.90.92) is of the good's own subheading 3004.90"},
		{"H318560: the workbook says only repackaged → does not qualify", pharma(map[string]bool{FactNonQualifying: true}), DoesNotQualify, "UR §11; 19 USC 4531(n)"},
		{"the workbook says produced, not repackaged → qualifies under rule 2(B)", pharma(map[string]bool{FactNonQualifying: false}), Qualifies, "the workbook answers no"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := evaluate(t, tt.good)
			all := strings.Join(allReasons(res), "\n")
			if res.Status != tt.status {
				t.Fatalf("status %s, want %s\n%s", res.Status, tt.status, all)
			}
			if !strings.Contains(all, tt.want) {
				t.Errorf("nothing says %q:\n%s", tt.want, all)
			}
			if tt.status == NeedsReview && factKeys(res.MissingFacts) != FactNonQualifying {
				t.Errorf("missing facts %q, want %s", factKeys(res.MissingFacts), FactNonQualifying)
			}
		})
	}
	// A good whose non-originating materials change subheading is not
	// asked: a transformer of 8504.40 from parts of other subheadings.
	res := evaluate(t, good("8504.40.95", "42", "35.10",
		mat("XFMR", "8504.31.40", NonOriginating, "5.60"),
		mat("IC", "8542.39.00", NonOriginating, "3.40")))
	if res.Status != Qualifies {
		t.Errorf("power supply: %s, want qualifies with no UR §11 question (%v)", res.Status, res.Reasons)
	}
}
