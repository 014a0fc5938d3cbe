package origin

import (
	"fmt"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// TestApplyRuleVehicleThresholdsByDate: roo rule 8703.23 --use
// passenger-vehicle shows the thresholds a determination holds a passenger
// vehicle to on the date — the staged RVC of UR §13 (69% net cost from
// 2021-08-01, 75% on 2024-01-01, as issue 17 item 13 states) — with the
// labour value content of UR §18(1) on that date (from the function the
// determination uses) and the steel and aluminum purchases of UR §17(1)
// named.
func TestApplyRuleVehicleThresholdsByDate(t *testing.T) {
	b := base(t)
	tests := []struct {
		day, want string
	}{
		{"2021-08-01", "Regional value content of at least 69% NC (UR §13"},
		{"2024-01-01", "Regional value content of at least 75% NC (UR §13"},
	}
	for _, tt := range tests {
		t.Run(tt.day, func(t *testing.T) {
			asOf := date(tt.day)
			ans, err := b.Lookup(rules.Query{Code: hs.MustParse("8703.23"), Date: rules.DateOf(asOf), Use: rules.PassengerVehicle})
			if err != nil || len(ans.Candidates) == 0 {
				t.Fatalf("lookup: %v %+v", err, ans)
			}
			ap := ApplyRule(b, ans.Candidates[0].Rule, hs.MustParse("8703.23"), UsePassengerVehicle, asOf)
			if !ap.Automotive {
				t.Fatal("the appendix does not apply to a passenger vehicle")
			}
			all := ""
			for _, reqs := range ap.Requirements {
				all += strings.Join(reqs, "\n") + "\n"
			}
			all += strings.Join(ap.Further, "\n")
			req, ok := auto.LVCRequirementFor(auto.PassengerVehicle, rules.DateOf(asOf))
			if !ok {
				t.Fatal("no LVC requirement for a passenger vehicle")
			}
			lvc := fmt.Sprintf("UR §18(1): labour value content of at least %s%%", req.Total)
			for _, w := range []string{tt.want, lvc, "UR §17(1): at least 70% of the producer's steel purchases", "aluminum purchases"} {
				if !strings.Contains(all, w) {
					t.Errorf("nothing says %q:\n%s", w, all)
				}
			}
		})
	}
}
