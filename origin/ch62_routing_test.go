package origin

import (
	"strings"
	"testing"
)

// TestChapter62ShirtsRuleRoutedByCode: GN 11(o) ch. 62's subheading rule for
// men's or boys' shirts of cotton or man-made fibers (its record's scope:
// 6205.20-6205.30) confers origin on those shirts only. A suit of 6203 or
// swimwear of 6211 is never asked its two shirt questions (issue 17 item 7).
func TestChapter62ShirtsRuleRoutedByCode(t *testing.T) {
	const shirtFact = "outer-shell-short-list-men-s-or-boys-shirts-of-e318"
	tests := []struct {
		name      string
		code      string
		wantShirt bool
	}{
		{"men's suit of wool, 6203.11", "6203.11.20", false},
		{"swimwear, 6211.11", "6211.11.10", false},
		{"men's shirt of cotton, 6205.20", "6205.20.20", true},
		{"men's shirt of man-made fibres, 6205.30", "6205.30.20", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A woven fabric of chapter 54: excepted by every ch. 62 rule.
			g := good(tt.code, "100", "", mat("FABRIC", "5407.52.20", NonOriginating, "40"))
			g.Facts["cut-knit-sewn-in-territory"] = true
			res := evaluate(t, g)
			asked := strings.Contains(factKeys(res.MissingFacts), shirtFact)
			if asked != tt.wantShirt {
				t.Errorf("shirt question asked = %v, want %v (status %s, facts %s, reasons %q)", asked, tt.wantShirt, res.Status, factKeys(res.MissingFacts), res.Reasons)
			}
		})
	}
}
