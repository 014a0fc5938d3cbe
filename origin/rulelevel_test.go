package origin

import (
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

// TestRuleLevel checks that a result says at which level the rule that
// conferred origin reaches the good: a certification of origin shows the
// tariff item (8 digits) only when the rule applied is a tariff-item rule.
func TestRuleLevel(t *testing.T) {
	tests := []struct {
		name      string
		good      *Good
		criterion string
		rule      string
		level     hs.Level
	}{
		{
			name: "tariff-item rule: 1806.10.43 from any other heading (ch. 18 rule 2)",
			good: good("1806.10.43", "10", "",
				mat("COCOA", "1805.00.00", NonOriginating, "3"),
				mat("SUGAR", "1701.99.05", NonOriginating, "2")),
			criterion: "B", rule: "GN 11(o) ch. 18 rule 2", level: hs.TariffItem,
		},
		{
			name: "subheading rule: 8504.40 from any other subheading (ch. 85 rule 7)",
			good: good("8504.40.95", "42", "",
				mat("XFMR", "8504.31.40", NonOriginating, "5.60"),
				mat("IC", "8542.39.00", NonOriginating, "3.40")),
			criterion: "B", rule: "GN 11(o) ch. 85 rule 7", level: hs.Subheading,
		},
		{
			name: "criterion C applies no product-specific rule",
			good: good("8504.40.95", "42", "",
				mat("ENC", "7616.99.51", Originating, "3.90")),
			criterion: "C", rule: "", level: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := evaluate(t, tt.good)
			if res.Status != Qualifies || res.Criterion != tt.criterion || res.Rule != tt.rule {
				t.Fatalf("got %s, criterion %q, rule %q; want qualifies, %q, %q (reasons %q)", res.Status, res.Criterion, res.Rule, tt.criterion, tt.rule, res.Reasons)
			}
			if res.RuleLevel != tt.level {
				t.Errorf("RuleLevel = %v, want %v", res.RuleLevel, tt.level)
			}
		})
	}
}
