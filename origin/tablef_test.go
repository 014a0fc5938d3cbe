package origin

import (
	"strings"
	"testing"
)

// TestTableFBearingsKeepTheirRule: HTSUS General Note 11, other vehicles,
// (B)(3) (Appendix to Annex 4-B, Art. 10.2) holds Table F parts for other
// vehicles to 60% under the net cost method "except for a good ... of
// subheading 8482.10 through 8482.80, 8483.20 or 8483.30". A ball bearing
// with an RVC of 55% (net cost) from a non-originating 8482.99.05 ring meets
// its own rule, ch. 84 rule 246(B), 50% net cost (issue 17 item 5); a Table
// F seat at 55% still fails the 60%.
func TestTableFBearingsKeepTheirRule(t *testing.T) {
	bearing := good("8482.10.50", "", "100", mat("RING", "8482.99.05", NonOriginating, "45"))
	bearing.VehicleUse = UseOtherVehicle
	res := evaluate(t, bearing)
	if res.Status != Qualifies {
		t.Fatalf("bearing for an other vehicle at 55%% NC: status %s, want qualifies\nreasons: %s", res.Status, strings.Join(res.Reasons, "\n  "))
	}
	if !strings.Contains(strings.Join(res.Reasons, " ")+strings.Join(provisionTexts(res), " "), "keep their own rule") {
		t.Errorf("the result does not say why the bearing keeps its rule: %q %q", res.Reasons, provisionTexts(res))
	}
}

func provisionTexts(res Result) []string {
	if res.Automotive == nil {
		return nil
	}
	return res.Automotive.Provisions
}
