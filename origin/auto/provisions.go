package auto

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// This file holds the law of the automotive appendix that no data file
// carries, as the domain page (§12) sets it out from the Uniform
// Regulations (UR Part 6) and 19 USC 4532. Every number has its citation.
// The tables of parts and the vehicle rules with their staged thresholds
// are data (auto.txt), never typed here.

// Dates the appendix steps on. The effective date is always July 1.
const (
	entryIntoForce rules.Date = "2020-07-01" // USMCA in force; every automotive threshold starts here
)

// A PartProvision is the RVC requirement of the parts of one table, which
// replaces the thresholds of the part's product-specific rule for the
// uses the table is for.
type PartProvision struct {
	Cite string // "UR §14(15)"
	What string // "principal part"
	RVC  rules.RVC
}

// partProvisions are the RVC requirements of the parts of Tables A.1, B, C
// (for use in a passenger vehicle or light truck) and D, E (for use in a
// heavy truck). The transaction-value thresholds apply only when the part's
// rule has a transaction value method (UR §15(2), (3); GN 11(k)(iii)).
var partProvisions = map[Table]PartProvision{
	// UR §14(13): core parts of Table A.1 and the Table A.2 column-1 parts
	// (one by one or as a super-core).
	TableA1: {"UR §14(13)", "core part", staged(
		step{"2020-07-01", "66", "76"}, step{"2021-07-01", "69", "79"}, step{"2022-07-01", "72", "82"}, step{"2023-07-01", "75", "85"})},
	// UR §14(15): principal parts of Table B.
	TableB: {"UR §14(15)", "principal part", staged(
		step{"2020-07-01", "62.5", "72.5"}, step{"2021-07-01", "65", "75"}, step{"2022-07-01", "67.5", "77.5"}, step{"2023-07-01", "70", "80"})},
	// UR §14(17): complementary parts of Table C.
	TableC: {"UR §14(17)", "complementary part", staged(
		step{"2020-07-01", "62", "72"}, step{"2021-07-01", "63", "73"}, step{"2022-07-01", "64", "74"}, step{"2023-07-01", "65", "75"})},
	// UR §15(2): principal parts of heavy trucks, Table D.
	TableD: {"UR §15(2)", "heavy-truck principal part", staged(
		step{"2020-07-01", "60", "70"}, step{"2024-07-01", "64", "74"}, step{"2027-07-01", "70", "80"})},
	// UR §15(3): complementary parts of heavy trucks, Table E.
	TableE: {"UR §15(3)", "heavy-truck complementary part", staged(
		step{"2020-07-01", "50", "60"}, step{"2024-07-01", "54", "64"}, step{"2027-07-01", "60", "70"})},
	// UR §20(3) as the domain page sets it out: Table F parts for other
	// vehicles, 60% under the net cost method, no phase-in.
	TableF: {"UR §20(3)", "part for an other vehicle", staged(step{"2020-07-01", "60", ""})},
}

// otherVehicleEngines is the requirement of UR §20(2) for the engines
// (84.07, 84.08) and gear boxes (8708.40) of the other vehicles it lists
// (8702 for 15 or fewer persons, diesel or motorcycle 8703s, motorhomes,
// ambulances, off-road vehicles of 8703 and of 8704.21 and 8704.31): 62.5%
// under the net cost method.
var otherVehicleEngines = PartProvision{"UR §20(2)", "engine or gear box of an other vehicle of UR §20(2)", staged(step{"2020-07-01", "62.5", ""})}

// otherVehicleEngineCodes are the engines and gear boxes of UR §20(2), (3).
var otherVehicleEngineCodes = []hs.Code{"8407", "8408", "870840"}

// coreCTCException: a battery of 8507.60 used as the primary source of
// power for the propulsion of an electric passenger vehicle or light truck
// may meet its rule's change in tariff classification; every other Table
// A.1 part must meet the RVC (UR §14(2), (3)).
var coreCTCException = []hs.Code{"850760"}

// heavyTruckCore are the goods for use in a heavy truck that must meet the
// RVC of UR §15(2) (UR §15(4)): engines of 84.07 and 84.08, gear boxes of
// 8708.40 and chassis of 8708.99. A chassis is only part of 8708.99: the
// fact heavyTruckChassisFact settles it.
var heavyTruckCore = []hs.Code{"8407", "8408", "870840", "870899"}

// newPlant is the option of UR §20(8): a vehicle produced in a new plant (a
// new building with substantially all new machinery) may meet 50% under the
// net cost method for five years after the first prototype is produced
// there; one produced after a refit, for two years after the refit.
var newPlant = struct {
	cite               string
	percent            decimal.Decimal
	newYears, refitYrs int
}{"UR §20(8)", decimal.NewFromInt(50), 5, 2}

// lvcStep is the labour value content requirement from a date.
type lvcStep struct {
	from  rules.Date
	total decimal.Decimal // LVC, in percent
	high  decimal.Decimal // of which high-wage material and labour, minimum points
}

// lvcPassenger: passenger vehicles, UR §18(1); 19 USC 4532(c)(1).
var lvcPassenger = []lvcStep{
	{"2020-07-01", d("30"), d("15")},
	{"2021-07-01", d("33"), d("18")},
	{"2022-07-01", d("36"), d("21")},
	{"2023-07-01", d("40"), d("25")},
}

// lvcTruck: light and heavy trucks, 45% with 30 points of high-wage
// material and labour, no phase-in (UR §18(2)).
var lvcTruck = []lvcStep{{"2020-07-01", d("45"), d("30")}}

var (
	// lvcCite and lvcTruckCite cite the requirement.
	lvcCite      = "UR §18(1)"
	lvcTruckCite = "UR §18(2)"
	// techCreditCap: the high-wage technology expenditure credit counts at
	// most 10 points (UR §18(9), (10)).
	techCreditCap = d("10")
	// assemblyCredit: the high-wage assembly expenditure credit is exactly
	// 5 points, all or nothing (UR §18(12)–(14)).
	assemblyPoints = d("5")
	// assemblyCapacity: the capacity of the high-wage assembly plant that
	// earns the assembly credit (UR §18(13), (14)): for a passenger vehicle
	// or light truck, 100,000 engines of 84.07 or 84.08, or 100,000
	// transmissions of 8708.40, or 25,000 advanced battery packs; for a
	// heavy truck, 20,000 of any of them.
	assemblyCapacityLight = map[AssemblyKind]decimal.Decimal{Engines: d("100000"), Transmissions: d("100000"), BatteryPacks: d("25000")}
	assemblyCapacityHeavy = map[AssemblyKind]decimal.Decimal{Engines: d("20000"), Transmissions: d("20000"), BatteryPacks: d("20000")}
	// assemblyContractYears: a supply contract with a high-wage assembly
	// plant the producer does not operate must run at least 3 years (UR
	// §18(12)).
	assemblyContractYears = 3
	// excessTruckLVC: until June 30, 2027, a heavy truck's high-wage points
	// above 30 may be credited to its RVC, provided the RVC is at least 60%
	// (UR §18(22)).
	excessTruckLVC = struct {
		until        rules.Date
		above, floor decimal.Decimal
		cite         string
	}{"2027-06-30", d("30"), d("60"), "UR §18(22)"}
)

// WageRate is the average base hourly wage rate at or above which a plant
// is a qualifying wage-rate plant for high-wage material and labour (UR
// §12; 29 CFR Part 810).
type WageRate struct {
	Country  string
	Currency string
	Rate     decimal.Decimal
}

// wageRates are the qualifying rates: US$16 in the United States, CA$20.88
// in Canada, MXN$294.22 in Mexico (UR §12; domain page §12.6).
var wageRates = []WageRate{
	{"US", "USD", d("16")},
	{"CA", "CAD", d("20.88")},
	{"MX", "MXN", d("294.22")},
}

// WageRates returns the qualifying wage rates of UR §12.
func WageRates() []WageRate { return append([]WageRate(nil), wageRates...) }

var (
	// purchasePercent: at least 70% by value of the vehicle producer's
	// qualifying purchases of Table S steel, and separately of Table S
	// aluminum, must be originating (UR §17(1); Auto Appendix Art. 6;
	// 19 USC 4532(b)(2)).
	purchasePercent = d("70")
	purchaseCite    = "UR §17(1)"
	// meltAndPour: from July 1, 2027 steel is originating only if every
	// steel-making process, from the initial melting and mixing through
	// coating, took place in the territory (UR §17(5)).
	meltAndPour = struct {
		from rules.Date
		cite string
	}{"2027-07-01", "UR §17(5)"}
)

// Vehicle classes of UR §12, in the HS 2012 codes the regulations use. The
// HS 2022 subheadings each became are in classCodes (class.go); a test
// derives them again from these through the UN correlation tables.
var classDefinitions = []struct {
	class Class
	cite  string
	// codes are HS 2012 subheadings, with ranges as lo, hi pairs.
	ranges [][2]hs.Code
	// except are HS 2012 subheadings the definition leaves out.
	except []hs.Code
}{
	// "passenger vehicle": 8703.21 to 8703.90, except vehicles with
	// compression-ignition engines only (8703.31 to 8703.33) and
	// diesel-electric ones, 3- and 4-wheeled motorcycles, all-terrain
	// vehicles, motorhomes, entertainer coaches, ambulances, hearses and
	// prison vans (UR §12; domain page §12.1).
	{PassengerVehicle, "UR §12", [][2]hs.Code{{"870321", "870390"}}, []hs.Code{"870331", "870332", "870333"}},
	// "light truck": 8704.21 or 8704.31, not solely or principally for
	// off-road use (UR §12).
	{LightTruck, "UR §12", [][2]hs.Code{{"870421", "870421"}, {"870431", "870431"}}, nil},
	// "heavy truck": 8701.20, 8704.22, 8704.23, 8704.32 or 8704.90, not
	// solely or principally for off-road use, or a chassis of 87.06 for
	// such a vehicle (UR §12).
	{HeavyTruck, "UR §12", [][2]hs.Code{{"870120", "870120"}, {"870422", "870423"}, {"870432", "870432"}, {"870490", "870490"}}, nil},
}

// vehicleHeadings are the headings whose goods are vehicles (87.01 to
// 87.05), and 87.06, chassis fitted with engines, which is a heavy truck
// when for one (UR §12) and a core part of Table A.1 when for a passenger
// vehicle or light truck.
var vehicleHeadings = []hs.Code{"8701", "8702", "8703", "8704", "8705"}

const chassisHeading hs.Code = "8706"

// step is one stage of a phased-in requirement: the thresholds in force
// from a date until the next stage (NC and TV in percent; TV empty when
// only the net cost method applies).
type step struct {
	from   rules.Date
	nc, tv string
}

// staged builds a requirement from its stages.
func staged(steps ...step) rules.RVC {
	var out rules.RVC
	for i, s := range steps {
		p := rules.Period{From: s.from}
		if i+1 < len(steps) {
			p.To = dayBefore(steps[i+1].from)
		}
		out.Thresholds = append(out.Thresholds, rules.Threshold{Method: rules.NetCost, Percent: d(s.nc), Period: p})
		if s.tv != "" {
			out.Thresholds = append(out.Thresholds, rules.Threshold{Method: rules.TransactionValue, Percent: d(s.tv), Period: p})
		}
	}
	return out
}

// dayBefore is the calendar day before d.
func dayBefore(d rules.Date) rules.Date {
	t, err := time.Parse(time.DateOnly, string(d))
	if err != nil {
		panic("auto: bad date in provisions: " + string(d))
	}
	return rules.DateOf(t.AddDate(0, 0, -1))
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// PurchasePercent is the share of steel purchases, and separately of
// aluminum purchases, that must be originating (UR §17(1)).
func PurchasePercent() decimal.Decimal { return purchasePercent }

// NewPlantTerms are the terms of the new-plant option of UR §20(8): the
// RVC, and for how many years after a new plant's first prototype and
// after a refit it applies.
func NewPlantTerms() (percent decimal.Decimal, newYears, refitYears int) {
	return newPlant.percent, newPlant.newYears, newPlant.refitYrs
}

// AssemblyContractYears is the shortest supply contract with a high-wage
// assembly plant the producer does not operate that earns the assembly
// credit (UR §18(12)).
func AssemblyContractYears() int { return assemblyContractYears }
