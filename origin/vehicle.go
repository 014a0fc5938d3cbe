package origin

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/auto"
)

// VehicleFigures are the automotive inputs a bill of materials cannot show
// (the Vehicle sheet of a workbook): labour value content, steel and
// aluminum purchases, the Table A.2 parts and their net costs, the new-plant
// option, and the period the figures cover. A figure left out makes the
// requirement that needs it undetermined, never assumed.
type VehicleFigures struct {
	// LVC are the labour value content figures (UR §18).
	LVC auto.LVCInputs
	// Steel and Aluminum are the producer's qualifying purchases (UR §17).
	Steel, Aluminum auto.Purchases
	// CoreParts declare the Table A.2 parts of a passenger vehicle or light
	// truck and give the net cost of those the producer makes (UR §14(4)).
	CoreParts []CorePartFigures
	// Option is the VNM option the producer elected for its Table A.2
	// parts; 0 lets roo try each and say which meets the test.
	Option auto.Option
	// NewPlant and NewPlantSince claim the 50% option of UR §20(8).
	NewPlant      auto.PlantKind
	NewPlantSince time.Time
	// PeriodFrom and PeriodTo are the period the figures cover (UR §16,
	// §17(7)–(11), §18(19)); reported, and checked to contain the as-of
	// date.
	PeriodFrom, PeriodTo time.Time
	// Ref locates the figures, for messages ("Vehicle row 2").
	Ref string
}

// CorePartFigures is one Table A.2 part of a vehicle, as the producer
// declares it.
type CorePartFigures struct {
	// PartNumber names the BOM line of the part.
	PartNumber string
	// Part is the Table A.2 column-1 part it is ("Engines"), or empty when
	// the producer declares that the line is not a Table A.2 part.
	Part string
	// NetCost is the part's net cost, for a part the producer makes.
	NetCost decimal.NullDecimal
	Ref     string
}
