package auto

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin/hs"
)

// classCodes are the HS 2022 subheadings of the vehicle classes of UR §12
// (classDefinitions, in HS 2012), through the UN correlation HS 2012 → HS
// 2022: a subheading is in a class when it took goods from one of the
// class's HS 2012 subheadings and from none the definition leaves out.
// TestClassCodesFollowTheCorrelation derives them again.
//
// Two doubts an auditor should know: 8704.41 and 8704.51 (hybrid trucks of
// 5 t or less) came both from 8704.21 or 8704.31 (light trucks) and from
// 8704.90 (heavy trucks), so the declared use decides; and 8704.60
// (electric trucks of any weight) came only from 8704.90, which UR §12
// places among heavy trucks.
var classCodes = map[hs.Code][]Class{
	"870121": {HeavyTruck}, "870122": {HeavyTruck}, "870123": {HeavyTruck}, "870124": {HeavyTruck}, "870129": {HeavyTruck},
	"870321": {PassengerVehicle}, "870322": {PassengerVehicle}, "870323": {PassengerVehicle}, "870324": {PassengerVehicle},
	"870340": {PassengerVehicle}, "870360": {PassengerVehicle}, "870380": {PassengerVehicle}, "870390": {PassengerVehicle},
	"870421": {LightTruck}, "870431": {LightTruck},
	"870441": {LightTruck, HeavyTruck}, "870451": {LightTruck, HeavyTruck},
	"870422": {HeavyTruck}, "870423": {HeavyTruck}, "870432": {HeavyTruck},
	"870442": {HeavyTruck}, "870443": {HeavyTruck}, "870452": {HeavyTruck}, "870460": {HeavyTruck}, "870490": {HeavyTruck},
}

// VehicleClass is what a good's code and declared use make of it.
type VehicleClass struct {
	// Vehicle is true for a vehicle of headings 87.01 to 87.05, and for a
	// chassis of 87.06 declared for a heavy truck (UR §12).
	Vehicle bool
	// Class is the vehicle's class, 0 when Problem says why it is not known.
	Class Class
	// Possible are the classes UR §12 allows for the code, besides other
	// vehicle (which the definitions' exclusions always allow).
	Possible []Class
	// Problem says why the class cannot be settled: no use declared, or a
	// use the code cannot have.
	Problem string
	// Why says what the class rests on.
	Why string
}

// ClassifyVehicle says whether a good of the HS 2022 code is a vehicle and
// of which class, from the use the workbook declares. The declaration
// settles what codes cannot (a motorhome or an ambulance of 8703, an
// off-road truck) and must be one the code allows.
func ClassifyVehicle(code hs.Code, u Use) VehicleClass {
	var v VehicleClass
	if len(code) < int(hs.Subheading) {
		return v
	}
	sub := code.Subheading()
	if code.HasPrefix(chassisHeading) {
		if u != UseHeavyTruck {
			return v // a part: Table A.1 when for a passenger vehicle or light truck
		}
		v.Vehicle, v.Class, v.Possible = true, HeavyTruck, []Class{HeavyTruck}
		v.Why = "a chassis of 87.06 for a heavy truck is a heavy truck (UR §12)"
		return v
	}
	isVehicle := false
	for _, h := range vehicleHeadings {
		isVehicle = isVehicle || code.HasPrefix(h)
	}
	if !isVehicle {
		return v
	}
	v.Vehicle = true
	v.Possible = classCodes[sub]
	allowed := func(c Class) bool {
		for _, p := range v.Possible {
			if p == c {
				return true
			}
		}
		return false
	}
	c := ClassOf(u)
	switch {
	case u == 0:
		v.Problem = fmt.Sprintf("the vehicle use: a vehicle of %s is %s (UR §12, §20)", sub, classChoices(v.Possible))
	case u == UseAftermarket:
		v.Problem = fmt.Sprintf("the vehicle use: a vehicle is not an aftermarket part; a vehicle of %s is %s (UR §12, §20)", sub, classChoices(v.Possible))
	case c == OtherVehicle:
		v.Class = OtherVehicle
		v.Why = "the workbook declares it an other vehicle (UR §20)"
	case !allowed(c):
		v.Problem = fmt.Sprintf("the vehicle use: the workbook declares a %s, but UR §12 defines %s by codes that exclude HS 2022 %s; a vehicle of %s is %s", c, classDefinition(c), sub, sub, classChoices(v.Possible))
	default:
		v.Class = c
		v.Why = fmt.Sprintf("the workbook declares a %s, which UR §12 allows for %s", c, sub)
		if len(v.Possible) > 1 {
			v.Why += fmt.Sprintf(" (HS 2022 %s took goods from the HS 2012 codes of %s: the declaration decides)", sub, classList(v.Possible))
		}
	}
	return v
}

// classChoices says which classes a code allows: "a light truck or an
// other vehicle".
func classChoices(cs []Class) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, article(c.String()))
	}
	parts = append(parts, "an other vehicle")
	if len(parts) == 1 {
		return "an other vehicle"
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " or " + parts[len(parts)-1]
}

func classList(cs []Class) string {
	var parts []string
	for _, c := range cs {
		parts = append(parts, c.String()+"s")
	}
	return strings.Join(parts, " and ")
}

// classDefinition names the HS 2012 codes of a class, as UR §12 does.
func classDefinition(c Class) string {
	for _, def := range classDefinitions {
		if def.class != c {
			continue
		}
		var parts []string
		for _, r := range def.ranges {
			if r[0] == r[1] {
				parts = append(parts, r[0].String())
			} else {
				parts = append(parts, r[0].String()+" to "+r[1].String())
			}
		}
		s := c.String() + "s (HS 2012 " + strings.Join(parts, ", ")
		if len(def.except) > 0 {
			var ex []string
			for _, e := range def.except {
				ex = append(ex, e.String())
			}
			s += " except " + strings.Join(ex, ", ")
		}
		return s + ")"
	}
	return c.String() + "s"
}

func article(s string) string {
	if s != "" && strings.ContainsRune("aeiou", rune(s[0])) {
		return "an " + s
	}
	return "a " + s
}

// VehicleRVC finds a vehicle's RVC requirement in the vehicle rules of UR
// §13: the rule of the provision that covers the code, in the subdivision
// for the vehicle's class. It reports false when the data has none (the
// product-specific rule's own thresholds then apply).
func (t *Tables) VehicleRVC(code hs.Code, c Class) (*VehicleRule, bool) {
	if len(code) < int(hs.Subheading) || c == 0 || c == OtherVehicle {
		return nil, false
	}
	name := c.String()
	var plain *VehicleRule
	for _, i := range t.vehiclesBy[code.Subheading()] {
		v := &t.Vehicles[i]
		if len(v.RVC.Thresholds) == 0 {
			continue
		}
		switch {
		case v.Uses != 0 && v.Uses.Has(c.Use()) && v.Uses&(UseOtherVehicle|UseAftermarket) == 0:
			return v, true // a chassis of 87.06 for a heavy truck
		case v.Uses == 0 && strings.Contains(v.Subject, name):
			return v, true
		case v.Uses == 0 && v.Subject == "a good" && v.Subdivision == "" && plain == nil:
			plain = v // 8701.20: the provision alone is the class
		}
	}
	if plain != nil && c == HeavyTruck {
		return plain, true
	}
	return nil, false
}
