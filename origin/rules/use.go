package rules

import "strings"

// Use is a set of vehicle uses. Chapter 84, 85 and 87 rules differ by the use
// of the good: as original equipment in a passenger vehicle or light truck,
// in a heavy truck, or any other use (including aftermarket parts).
type Use uint8

// The vehicle uses the rules distinguish.
const (
	PassengerVehicle Use = 1 << iota
	LightTruck
	HeavyTruck
	OtherUse // any other use, including an aftermarket part

	// AnyUse is every use: the rule does not depend on use.
	AnyUse = PassengerVehicle | LightTruck | HeavyTruck | OtherUse
)

// useNames are the values accepted by ParseUse, in display order.
var useNames = []struct {
	name string
	use  Use
}{
	{"passenger-vehicle", PassengerVehicle},
	{"light-truck", LightTruck},
	{"heavy-truck", HeavyTruck},
	{"other", OtherUse},
	{"aftermarket", OtherUse},
}

// UseNames lists the names ParseUse accepts.
func UseNames() []string {
	names := make([]string, len(useNames))
	for i, u := range useNames {
		names[i] = u.name
	}
	return names
}

// ParseUse reads a use name ("passenger-vehicle", "light-truck",
// "heavy-truck", "other", "aftermarket"); aftermarket is the "any other
// good" use. It returns 0 and false for an unknown name.
func ParseUse(s string) (Use, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, " ", "-")
	for _, u := range useNames {
		if u.name == s {
			return u.use, true
		}
	}
	return 0, false
}

// Has reports whether every use in v is in u.
func (u Use) Has(v Use) bool { return v != 0 && u&v == v }

// String describes the set in words: "a passenger vehicle or light truck".
func (u Use) String() string {
	switch u {
	case 0:
		return "no use"
	case AnyUse:
		return "any use"
	case PassengerVehicle | LightTruck:
		return "a passenger vehicle or light truck"
	case PassengerVehicle | LightTruck | HeavyTruck:
		return "a passenger vehicle, light truck or heavy truck"
	}
	var parts []string
	for _, x := range []struct {
		u Use
		s string
	}{{PassengerVehicle, "a passenger vehicle"}, {LightTruck, "a light truck"}, {HeavyTruck, "a heavy truck"}, {OtherUse, "any other use"}} {
		if u&x.u != 0 {
			parts = append(parts, x.s)
		}
	}
	return joinList(parts, "or")
}

// Slugs lists the uses in the set by name, for JSON output.
func (u Use) Slugs() []string {
	var out []string
	for _, x := range useNames[:4] {
		if u&x.use != 0 {
			out = append(out, x.name)
		}
	}
	return out
}
