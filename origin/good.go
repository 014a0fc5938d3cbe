package origin

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
)

// Good is a finished good whose origin is to be determined, with its bill of
// materials. Amounts are per unit of the good, in Currency.
type Good struct {
	ID          string
	Description string
	HTS         hs.Code
	// ProducerCountry and ImportingCountry are ISO alpha-2 codes (US, CA, MX).
	ProducerCountry  string
	ImportingCountry string

	// TransactionValue is the price paid or payable, adjusted to the point of
	// direct shipment (UR §1(1), Schedule III).
	TransactionValue decimal.NullDecimal
	// NoTransactionValue says the good has none to give — it is not sold,
	// like a self-produced intermediate material — so only the net cost
	// method can apply (UR Schedule IV §2).
	NoTransactionValue bool
	// FormerCode is the good's classification in the older HS edition a
	// rule cites (HS 2017 or HS 2012), when the workbook gives it: it
	// settles a rule reached only through a partial edition correlation.
	FormerCode hs.Code
	// RVCMethod is the method the producer computes the regional value
	// content by, when it has chosen one (UR §7(1): the choice is the
	// producer's, exporter's or importer's); empty means either. A good
	// whose rule has no transaction value method is held to net cost
	// whatever is chosen (UR §7(6)).
	RVCMethod Method
	// NetCost is given directly, or derived from Costs.
	NetCost decimal.NullDecimal
	// Costs lets net cost be derived from total cost (UR §1(1), §7(13)).
	Costs CostBreakdown

	Currency     string
	Quantity     decimal.NullDecimal // in Unit, for specific duties
	Unit         string
	CustomsValue decimal.NullDecimal // defaults to the transaction value
	AnnualVolume decimal.NullDecimal // units per year, for annual exposure
	// USValueAdded is the producer's own value added in the United States
	// (its processing, labour and overhead there), for US content; see
	// [Content].
	USValueAdded decimal.NullDecimal
	VehicleUse   VehicleUse
	AsOf         time.Time // zero when the workbook gives none

	// Weight is the weight of one good, and ComponentWeight the weight of
	// the component that determines its classification (chapters 61–63):
	// the textile de minimis is by weight (UR §5(6), (7)).
	Weight          decimal.NullDecimal
	ComponentWeight decimal.NullDecimal

	// Facts answers conditions a bill of materials cannot show, by fact key.
	Facts map[string]bool

	// Vehicle holds the automotive figures of a vehicle (labour value
	// content, steel and aluminum, Table A.2 parts); nil when not given.
	Vehicle *VehicleFigures

	// Materials are the lines that go directly into the good; self-produced
	// materials carry their own inputs as Children.
	Materials []*Material

	// Ref locates the good in its source, for messages (e.g. "Goods row 4").
	Ref string
}

// CostBreakdown is total cost and the excluded costs from which net cost is
// derived: NC = TC − currency gain − (sales promotion + royalties + shipping
// and packing + non-allowable interest).
type CostBreakdown struct {
	TotalCost            decimal.NullDecimal
	SalesPromotion       decimal.NullDecimal // incl. marketing and after-sales service
	Royalties            decimal.NullDecimal
	ShippingPacking      decimal.NullDecimal
	NonAllowableInterest decimal.NullDecimal
	// CurrencyGain is a net foreign-exchange gain related to production and
	// not yet reflected in TotalCost; a loss is negative. UR §1(6): gains are
	// deducted from total cost and losses included (Examples 9 and 10).
	CurrencyGain decimal.NullDecimal
}

// VehicleUse is what an automotive good is for; rules of chapters 84, 85
// and 87 depend on it.
type VehicleUse string

// Vehicle uses, as a workbook states them.
const (
	UseUnspecified      VehicleUse = ""
	UsePassengerVehicle VehicleUse = "passenger-vehicle"
	UseLightTruck       VehicleUse = "light-truck"
	UseHeavyTruck       VehicleUse = "heavy-truck"
	UseOtherVehicle     VehicleUse = "other"
	UseAftermarket      VehicleUse = "aftermarket"
)

// VehicleUses lists the uses a workbook may give, in display order.
var VehicleUses = []VehicleUse{UsePassengerVehicle, UseLightTruck, UseHeavyTruck, UseOtherVehicle, UseAftermarket}
