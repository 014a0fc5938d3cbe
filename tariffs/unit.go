package tariffs

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Unit is a unit of quantity as the HTS writes it on its lines ("kg",
// "No.", "doz.", "liters", "pf.liters", "m2", …). Rate texts use other
// spellings ("each", "liter", "pr."); [NormUnit] maps them to the line
// spelling so that a specific rate and a declared quantity can be matched.
type Unit string

// unitAliases maps the spellings found in rate texts and typed by users to
// the spelling of the HTS "Unit of Quantity" column.
var unitAliases = map[string]Unit{
	"kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg",
	"g": "g", "gram": "g", "grams": "g",
	"t": "t", "ton": "t", "tonne": "t", "tonnes": "t",
	"no": "No.", "no.": "No.", "each": "No.", "pcs": "No.", "pc": "No.", "article": "No.", "articles": "No.", "unit": "No.", "units": "No.", "head": "No.",
	"doz": "doz.", "doz.": "doz.", "dozen": "doz.",
	"pr": "prs.", "pr.": "prs.", "prs": "prs.", "prs.": "prs.", "pair": "prs.", "pairs": "prs.",
	"gross": "gross",
	"liter": "liters", "liters": "liters", "litre": "liters", "litres": "liters", "l": "liters",
	"pf.liter": "pf.liters", "pf. liter": "pf.liters", "pf.liters": "pf.liters", "pf. liters": "pf.liters", "proof liter": "pf.liters", "proof liters": "pf.liters",
	"bbl": "bbl", "barrel": "bbl", "barrels": "bbl",
	"m": "m", "lin. m": "m", "meter": "m", "meters": "m",
	"m2": "m2", "m²": "m2",
	"m3": "m3", "m³": "m3",
	"1000": "thousands", "1,000": "thousands", "1,000 pins": "thousands", "thou- sand": "thousands", "thou-sand": "thousands", "thousand": "thousands", "thousands": "thousands",
	"hundreds": "hundreds",
	"clean kg": "clean kg",
	"jewel":    "jewel", "jewels": "jewel",
	"pack": "pack", "packs": "pack",
}

// NormUnit returns the canonical spelling of a unit, or the trimmed input
// itself when the unit is not one roo knows (it then only matches itself).
func NormUnit(s string) Unit {
	t := strings.Join(strings.Fields(s), " ")
	if u, ok := unitAliases[strings.ToLower(t)]; ok {
		return u
	}
	if u, ok := unitAliases[t]; ok {
		return u
	}
	return Unit(t)
}

// unitScale expresses units that differ from another by a power of ten, so
// that a quantity declared in one converts exactly into the other:
// the quantity in unit u equals the quantity in base × 10^exp.
var unitScale = map[Unit]struct {
	base Unit
	exp  int32
}{
	"kg":        {"kg", 0},
	"g":         {"kg", 3},
	"t":         {"kg", -3},
	"No.":       {"No.", 0},
	"hundreds":  {"No.", -2},
	"thousands": {"No.", -3},
}

// convert expresses q (in unit from) in unit to, exactly; ok is false when
// the two units are not related by a power of ten.
func convert(q decimal.Decimal, from, to Unit) (decimal.Decimal, bool) {
	if from == to {
		return q, true
	}
	f, ok1 := unitScale[from]
	t, ok2 := unitScale[to]
	if !ok1 || !ok2 || f.base != t.base {
		return decimal.Decimal{}, false
	}
	// q[from] → base: q × 10^-f.exp; base → to: × 10^t.exp.
	return q.Shift(t.exp - f.exp), true
}
