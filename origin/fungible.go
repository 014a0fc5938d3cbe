package origin

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// InventoryMethod is an inventory management method of UR Schedule VIII by
// which the origin of fungible materials drawn from one inventory is
// decided (UR §8(18)–(22)).
type InventoryMethod string

// The inventory methods of Schedule VIII.
const (
	SpecificIdentification InventoryMethod = "specific identification"
	FIFO                   InventoryMethod = "FIFO"
	LIFO                   InventoryMethod = "LIFO"
	AverageMethod          InventoryMethod = "average"
)

// Fungible is what a BOM line says of a material drawn from an inventory
// of commingled originating and non-originating fungible materials: the
// method the producer uses, the period it covers (one method, and for the
// average method one averaging period, per fiscal year: UR §8(19),
// Schedule VIII §3, §12), and the originating share of the line that the
// method gives.
type Fungible struct {
	Method InventoryMethod
	Period string
	// OriginatingShare is between 0 and 1.
	OriginatingShare decimal.Decimal
}

// fungibleSplit is the non-originating part of a fungible line's value and
// the line an analyst reads about it.
func fungibleSplit(m *Material, value decimal.Decimal) (decimal.Decimal, string) {
	f := m.Fungible
	orig := value.Mul(f.OriginatingShare).Round(2)
	nonOrig := value.Sub(orig)
	period := ""
	if f.Period != "" {
		period = " over " + f.Period
	}
	return nonOrig, fmt.Sprintf("fungible materials drawn from a commingled inventory: by the %s method%s, %s%% is originating (%s) and %s non-originating (UR §8(18)–(22), Schedule VIII)",
		f.Method, period, f.OriginatingShare.Mul(hundred).Round(2).String(), orig.StringFixed(2), nonOrig.StringFixed(2))
}
