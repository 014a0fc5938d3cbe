package origin

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
)

// Material is one line of a bill of materials.
type Material struct {
	PartNumber  string
	Description string
	HTS         hs.Code // may be empty for an originating material
	// FormerCode is the material's classification in the older HS edition
	// a rule cites, when the workbook gives it: it settles a tariff-shift
	// test a partial correspondence between editions left open.
	FormerCode hs.Code
	Origin     OriginStatus
	Country    string // ISO alpha-2 country of origin; reported, never used to decide status
	Kind       Kind

	// Value is the extended value per unit of the good, in Currency
	// (quantity × unit cost when the workbook gives those).
	Value        decimal.Decimal
	Quantity     decimal.NullDecimal
	UnitCost     decimal.NullDecimal
	Currency     string
	ExchangeRate decimal.NullDecimal // Currency → the good's currency, as recorded by the producer

	Supplier       string
	Certification  string
	CertifiedUntil time.Time // zero when none

	Weight      decimal.NullDecimal // for the textile weight tests
	Elastomeric decimal.NullDecimal // weight of elastomeric content
	SupplierVNM decimal.NullDecimal // accumulation statement, UR §9(2)(a), §9(3)
	SupplierNC  decimal.NullDecimal // accumulation statement, UR §9(2)(a)

	// SteelContent, AluminumContent and CopperContent are the value of that
	// metal in the line, when the BOM declares it (see [MetalContent]).
	SteelContent, AluminumContent, CopperContent decimal.NullDecimal

	// Fungible, when set, says the line is drawn from an inventory of
	// commingled fungible materials and what share of it is originating by
	// the producer's inventory method; it takes the place of Origin.
	Fungible *Fungible

	// Children are the inputs of a self-produced or intermediate material.
	Children []*Material

	// Ref locates the line in its source, for messages (e.g. "BOM row 12").
	Ref string
}

// OriginStatus is what the producer knows of a material's origin. Country of
// origin is not origin status: a part made in Mexico from Chinese inputs can
// be non-originating.
type OriginStatus string

// Origin statuses.
const (
	Originating    OriginStatus = "originating"
	NonOriginating OriginStatus = "non-originating"
	UnknownOrigin  OriginStatus = "unknown"
)

// Kind is the role a line plays in production; it decides how the line
// counts in the tariff-shift test, de minimis and RVC (domain page §6).
type Kind string

// Material kinds.
const (
	KindMaterial     Kind = "material"      // physically incorporated
	KindIndirect     Kind = "indirect"      // not incorporated; originating regardless (UR §8(13))
	KindPackaging    Kind = "packaging"     // retail packaging classified with the good (UR §8(14)–(16))
	KindPacking      Kind = "packing"       // shipping packing; disregarded (UR §8(17))
	KindAccessory    Kind = "accessory"     // accessories, spare parts, tools, manuals (UR §8(23)–(27))
	KindSelfProduced Kind = "self-produced" // made by the producer, not designated (UR §7(5)(a))
	KindIntermediate Kind = "intermediate"  // self-produced and designated (UR §8(6)–(8))
	KindRecovered    Kind = "recovered"     // recovered material in a remanufactured good (UR §4)
)

// Kinds lists the kinds a workbook may give, in display order.
var Kinds = []Kind{KindMaterial, KindIndirect, KindPackaging, KindPacking, KindAccessory, KindSelfProduced, KindIntermediate, KindRecovered}

// IsProduced reports whether the line is made by the producer from the
// inputs listed under it.
func (k Kind) IsProduced() bool { return k == KindSelfProduced || k == KindIntermediate }

// RestsOnSupplier reports whether the origin of a line of this kind rests
// on what its supplier certifies: not a line the producer makes, not an
// indirect material (originating whatever its source, UR §8(13)) and not
// packing (disregarded, UR §8(17)).
func (k Kind) RestsOnSupplier() bool {
	return !k.IsProduced() && k != KindIndirect && k != KindPacking
}
