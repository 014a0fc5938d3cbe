package origin

import (
	"strings"
	"testing"
)

// TestRVCMethodChosenByTheProducer: UR §7(1) leaves the choice of method to
// the producer (exporter, importer); UR §7(6) holds a rule without a
// transaction value method to net cost. The bearing rule, GN 11(o) ch. 84
// rule 246(B) (from 8482.99.05: RVC 60% TV or 50% NC) (issue 17 item 9):
//   - ring 45, TV 100, NC 90: RVC 55% by TV (below 60), 50% by NC (meets 50).
//   - ring 55, NC 100 and no TV: 45% by NC; with either method the TV could still
//     decide, so the good needs review; a producer who computes by net cost
//     gets the verdict by net cost.
func TestRVCMethodChosenByTheProducer(t *testing.T) {
	bearing := func(tv, nc, ring string, m Method) *Good {
		g := good("8482.10.50", tv, nc, mat("RING", "8482.99.05", NonOriginating, ring))
		g.RVCMethod = m
		return g
	}
	tests := []struct {
		name   string
		good   *Good
		status Status
		reason string
	}{
		{"either method: the net cost meets 50%", bearing("100", "90", "45", ""), Qualifies, "RVC 50.0% by the net cost method meets 50%"},
		{"net cost chosen: meets 50%", bearing("100", "90", "45", NetCost), Qualifies, "the transaction value method is not used"},
		{"transaction value chosen: 55% is below 60%", bearing("100", "90", "45", TransactionValue), DoesNotQualify, "RVC 55.0% by the transaction value method is below 60%"},
		{"no TV, either method: the TV is asked for", bearing("", "100", "55", ""), NeedsReview, "gives no transaction value"},
		{"no TV, net cost chosen: 45% is a failure, not a question", bearing("", "100", "55", NetCost), DoesNotQualify, "RVC 45.0% by the net cost method is below 50%"},
		{"transaction value chosen but not given: asked for", bearing("", "100", "55", TransactionValue), NeedsReview, "gives no transaction value"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := evaluate(t, tt.good)
			all := strings.Join(res.Reasons, "\n")
			for _, b := range res.Branches {
				all += "\n" + strings.Join(b.Reasons, "\n")
			}
			if res.Status != tt.status {
				t.Fatalf("status %s, want %s\n%s", res.Status, tt.status, all)
			}
			if !strings.Contains(all, tt.reason) {
				t.Errorf("reasons do not say %q:\n%s", tt.reason, all)
			}
		})
	}
}

// TestRVCMethodTVChosenButRuleIsNetCostOnly: a rule with no transaction
// value method is applied by net cost whatever the producer chose (UR
// §7(6); 19 USC 4531(d)(5)): the aftermarket rotor of ch. 87 rule 28(D).
func TestRVCMethodTVChosenButRuleIsNetCostOnly(t *testing.T) {
	g := good("8708.30.50", "31", "26.50", mat("ROTOR", "8708.30.50", NonOriginating, "12.40"))
	g.VehicleUse = UseAftermarket
	g.RVCMethod = TransactionValue
	g.Facts = map[string]bool{"product-mounted-brake-linings": false, "material-mounted-brake-linings-or-parts-of-1096": true}
	res := evaluate(t, g)
	if res.Status != Qualifies {
		t.Fatalf("status %s, want qualifies by net cost: %q", res.Status, res.Reasons)
	}
}
