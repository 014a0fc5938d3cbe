package certificate

import (
	"fmt"

	"github.com/roo-trade/roo/origin"
)

// appendixUses are the vehicle uses under which the automotive appendix
// (UR Part 6, §§12–20) governs a good: original equipment for a passenger
// vehicle, light truck or heavy truck (the thresholds of Tables A to E,
// phased in by date, core parts, steel and aluminum, labour value content),
// and parts of other vehicles (§20, Table F). Aftermarket parts follow the
// rule "for any other good" without phase-in (§14(18)).
var appendixUses = []origin.VehicleUse{origin.UsePassengerVehicle, origin.UseLightTruck, origin.UseHeavyTruck, origin.UseOtherVehicle}

// automotiveReason says why a good that qualifies under GN 11(o) alone
// cannot be certified: roo's determination does not yet apply the
// automotive appendix, which may hold it to higher thresholds (a wiring
// harness of 8544.30 for a passenger vehicle is a Table C complementary
// part: 65% net cost or 75% transaction value from 2023-07-01, not the 50%
// and 60% of GN 11(o) ch. 85 rule 114(B)). It returns "" for other goods.
// Remove it when the determination applies UR Part 6.
func automotiveReason(g *origin.Good) string {
	for _, u := range appendixUses {
		if g.VehicleUse == u {
			return fmt.Sprintf("the good is for use in %s, so the automotive appendix (UR Part 6: the thresholds of Tables A to F phased in by date, core parts, steel and aluminum, labour value content) governs it, and roo's determination does not apply it yet: have the good determined under the appendix before certifying it",
				useWords(u))
		}
	}
	return ""
}

func useWords(u origin.VehicleUse) string {
	switch u {
	case origin.UsePassengerVehicle:
		return "a passenger vehicle"
	case origin.UseLightTruck:
		return "a light truck"
	case origin.UseHeavyTruck:
		return "a heavy truck"
	}
	return "a vehicle other than those (UR §20)"
}
