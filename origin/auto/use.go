package auto

import "strings"

// Use is what an automotive good is for, as the appendix tells uses apart:
// original equipment in a passenger vehicle, a light truck, a heavy truck
// or another vehicle, or an aftermarket part. For a vehicle itself, the
// use is its class.
type Use uint8

// The uses. A Use value may hold several (a rule for "a passenger vehicle
// or light truck").
const (
	UsePassengerVehicle Use = 1 << iota
	UseLightTruck
	UseHeavyTruck
	UseOtherVehicle // original equipment in any other vehicle
	UseAftermarket
)

// useNames are the uses in display order.
var useNames = []struct {
	u    Use
	name string
}{
	{UsePassengerVehicle, "passenger vehicle"},
	{UseLightTruck, "light truck"},
	{UseHeavyTruck, "heavy truck"},
	{UseOtherVehicle, "other vehicle"},
	{UseAftermarket, "aftermarket"},
}

// Has reports whether u includes every use of v.
func (u Use) Has(v Use) bool { return v != 0 && u&v == v }

// String lists the uses: "passenger vehicle or light truck".
func (u Use) String() string {
	var parts []string
	for _, n := range useNames {
		if u&n.u != 0 {
			parts = append(parts, n.name)
		}
	}
	if len(parts) == 0 {
		return "no use"
	}
	return strings.Join(parts, " or ")
}

// code is the compact form of a use set in the data: "pv,lt".
func (u Use) code() string {
	var parts []string
	for i, c := range []string{"pv", "lt", "ht", "ov", "am"} {
		if u&(1<<i) != 0 {
			parts = append(parts, c)
		}
	}
	return strings.Join(parts, ",")
}

func parseUseCode(s string) (Use, bool) {
	var u Use
	if s == "" {
		return 0, true
	}
	for _, p := range strings.Split(s, ",") {
		i := map[string]int{"pv": 0, "lt": 1, "ht": 2, "ov": 3, "am": 4}
		n, ok := i[p]
		if !ok {
			return 0, false
		}
		u |= 1 << n
	}
	return u, true
}

// Class is a vehicle class of UR §12.
type Class uint8

// The vehicle classes.
const (
	PassengerVehicle Class = iota + 1
	LightTruck
	HeavyTruck
	// OtherVehicle is every vehicle of headings 87.01 to 87.06 that is not
	// one of the three (UR §20).
	OtherVehicle
)

// String names the class.
func (c Class) String() string {
	switch c {
	case PassengerVehicle:
		return "passenger vehicle"
	case LightTruck:
		return "light truck"
	case HeavyTruck:
		return "heavy truck"
	case OtherVehicle:
		return "other vehicle"
	}
	return "no class"
}

// Use is the use that names the class.
func (c Class) Use() Use {
	switch c {
	case PassengerVehicle:
		return UsePassengerVehicle
	case LightTruck:
		return UseLightTruck
	case HeavyTruck:
		return UseHeavyTruck
	case OtherVehicle:
		return UseOtherVehicle
	}
	return 0
}

// ClassOf is the class a vehicle use names, 0 for aftermarket or none.
func ClassOf(u Use) Class {
	switch u {
	case UsePassengerVehicle:
		return PassengerVehicle
	case UseLightTruck:
		return LightTruck
	case UseHeavyTruck:
		return HeavyTruck
	case UseOtherVehicle:
		return OtherVehicle
	}
	return 0
}

// Slug is the class's machine name: "light-truck".
func (c Class) Slug() string { return strings.ReplaceAll(c.String(), " ", "-") }

// Slug is the use's machine name: "passenger-vehicle", or
// "passenger-vehicle,light-truck" for several.
func (u Use) Slug() string {
	return strings.ReplaceAll(strings.ReplaceAll(u.String(), " or ", ","), " ", "-")
}
