package auto

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/rules"
)

// Option is a way of counting the non-originating materials of a Table A.2
// part, at the vehicle producer's choice (UR §14(7)–(10)).
type Option uint8

// The options.
const (
	// OptionAll counts all the non-originating materials used to produce
	// the part.
	OptionAll Option = 1 << iota
	// OptionComponents counts only the non-originating components Table A.2
	// column 2 lists for the part (UR §14(7), (8)).
	OptionComponents
	// OptionSuperCore treats all the column-1 parts as one part, with
	// their net costs and non-originating materials summed (UR §14(10)).
	OptionSuperCore
	// AnyOption lets roo try each; a result says which met the test.
	AnyOption = OptionAll | OptionComponents | OptionSuperCore
)

// String names the option.
func (o Option) String() string {
	switch o {
	case OptionAll:
		return "all non-originating materials (UR §14(4))"
	case OptionComponents:
		return "only the non-originating components of Table A.2 column 2 (UR §14(7), (8))"
	case OptionSuperCore:
		return "the super-core (UR §14(10))"
	}
	return "each option"
}

// CorePart is a Table A.2 column-1 part used in a passenger vehicle or
// light truck, as the producer's records give it.
type CorePart struct {
	// Name identifies the part for messages ("ENG-25 (2.5 L engine)").
	Name string
	// Part is the Table A.2 column-1 part ("Engines").
	Part string
	// Produced is true for a part the vehicle producer makes; otherwise
	// Originating is its status as bought.
	Produced    bool
	Originating bool
	// Designated is true for a part the producer makes and designated an
	// intermediate material: its origin is its own determination's.
	Designated bool
	// NetCost is a produced part's net cost (UR §7; §14(4)).
	NetCost decimal.NullDecimal
	// VNMAll is the value of all the non-originating materials used to
	// produce it; VNMComponents of only those that are column-2 components.
	VNMAll, VNMComponents decimal.Decimal
}

// CorePartResult is the outcome for one part.
type CorePartResult struct {
	Part    *CorePart
	Outcome Outcome
	// By is the option that met the test, when one did.
	By Option
	// Why says the figures.
	Why string
}

// CoreResult is the test of UR §14(4): a passenger vehicle or light truck
// is originating only if the Table A.2 parts used in it are.
type CoreResult struct {
	Outcome Outcome
	// Threshold is the RVC the parts must meet (UR §14(13)), net cost.
	Threshold decimal.Decimal
	Cite      string
	Parts     []CorePartResult
	// SuperCore says what the super-core gives, when tried.
	SuperCore string
	// Missing names what an open test lacks.
	Missing []string
}

// CheckCoreParts applies UR §14(4) to the Table A.2 parts of a vehicle on
// a date with the options allowed: a bought part counts as it was bought;
// a produced part meets the core-part RVC of UR §14(13) by the net cost
// method, its non-originating materials counted by an allowed option; the
// super-core pools the produced parts. The test is met when every part is
// originating one way or another.
func CheckCoreParts(parts []CorePart, day rules.Date, allowed Option) CoreResult {
	prov := partProvisions[TableA1]
	th := prov.RVC.At(day)
	res := CoreResult{Cite: "UR §14(4)"}
	if !th.NC.Valid {
		res.Outcome = Met
		return res
	}
	if allowed == 0 {
		allowed = AnyOption
	}
	res.Threshold = th.NC.Decimal
	var pool []*CorePartResult
	for i := range parts {
		p := &parts[i]
		r := CorePartResult{Part: p}
		switch {
		case p.Designated && p.Originating:
			r.Outcome, r.Why = Met, fmt.Sprintf("%s (%s) is a designated intermediate material that qualifies under its own rule (UR §8(7))", p.Name, p.Part)
		case p.Designated:
			r.Outcome, r.Why = NotMet, fmt.Sprintf("%s (%s) is a designated intermediate material that does not qualify under its own rule", p.Name, p.Part)
		case !p.Produced && p.Originating:
			r.Outcome, r.Why = Met, fmt.Sprintf("%s (%s) is bought as originating", p.Name, p.Part)
		case !p.Produced:
			r.Outcome, r.Why = NotMet, fmt.Sprintf("%s (%s) is bought as non-originating", p.Name, p.Part)
		case !p.NetCost.Valid || !p.NetCost.Decimal.IsPositive():
			r.Outcome, r.Why = Open, fmt.Sprintf("%s (%s) is produced by the vehicle producer and the workbook gives no net cost for it", p.Name, p.Part)
			res.Missing = append(res.Missing, "the net cost of "+p.Name)
		default:
			r.Outcome, r.By, r.Why = testProduced(p, res.Threshold, allowed)
		}
		res.Parts = append(res.Parts, r)
	}
	for i := range res.Parts {
		if res.Parts[i].Part.Produced {
			pool = append(pool, &res.Parts[i])
		}
	}
	if allowed&OptionSuperCore != 0 && (len(pool) > 1 || allowed == OptionSuperCore) {
		res.superCore(pool, prov.Cite, allowed)
	}
	res.Outcome = Met
	for _, r := range res.Parts {
		switch {
		case r.Outcome == NotMet:
			res.Outcome = NotMet
		case r.Outcome == Open && res.Outcome == Met:
			res.Outcome = Open
		}
	}
	if len(parts) == 0 {
		res.Outcome = Open
		res.Missing = append(res.Missing, "the Table A.2 parts used in the vehicle (engine, transmission, body and chassis, axles, suspension, steering, advanced battery)")
	}
	return res
}

// testProduced tests one produced part by each allowed option but the
// super-core.
func testProduced(p *CorePart, th decimal.Decimal, allowed Option) (Outcome, Option, string) {
	nc := p.NetCost.Decimal
	var tried []string
	for _, o := range []struct {
		opt Option
		vnm decimal.Decimal
	}{{OptionAll, p.VNMAll}, {OptionComponents, p.VNMComponents}} {
		if allowed&o.opt == 0 {
			continue
		}
		rvc := percent(nc.Sub(o.vnm), nc)
		s := fmt.Sprintf("(%s − %s) / %s × 100 = %s%% counting %s", Money(nc), Money(o.vnm), Money(nc), Show(rvc.value()), o.opt)
		if rvc.cmp(whole(th)) >= 0 {
			return Met, o.opt, fmt.Sprintf("%s (%s), produced: RVC %s, at least %s%%", p.Name, p.Part, s, th)
		}
		tried = append(tried, s)
	}
	if len(tried) == 0 {
		return Open, 0, fmt.Sprintf("%s (%s), produced: tested only as part of the super-core", p.Name, p.Part)
	}
	return NotMet, 0, fmt.Sprintf("%s (%s), produced: RVC %s, below %s%%", p.Name, p.Part, joinAnd(tried), th)
}

// superCore pools the produced parts (UR §14(10)): when the pooled RVC
// meets the threshold, every pooled part is originating.
func (res *CoreResult) superCore(pool []*CorePartResult, cite string, allowed Option) {
	nc, all, comp := decimal.Zero, decimal.Zero, decimal.Zero
	for _, r := range pool {
		if !r.Part.NetCost.Valid || !r.Part.NetCost.Decimal.IsPositive() {
			res.SuperCore = "the super-core cannot be computed: the net cost of " + r.Part.Name + " is not given"
			return
		}
		nc = nc.Add(r.Part.NetCost.Decimal)
		all = all.Add(r.Part.VNMAll)
		comp = comp.Add(r.Part.VNMComponents)
	}
	best := comp
	what := "their column-2 components"
	if all.LessThan(comp) {
		best, what = all, "all their non-originating materials"
	}
	rvc := percent(nc.Sub(best), nc)
	res.SuperCore = fmt.Sprintf("super-core of %d produced %s (UR §14(10)): (ΣNC %s − ΣVNM %s, counting %s) / %s × 100 = %s%%", len(pool), plural(len(pool), "part", "parts"), Money(nc), Money(best), what, Money(nc), Show(rvc.value()))
	if rvc.cmp(whole(res.Threshold)) < 0 {
		res.SuperCore += fmt.Sprintf(", below %s%%", res.Threshold)
		if allowed == OptionSuperCore {
			for _, r := range pool {
				if r.Outcome == Open {
					r.Outcome = NotMet
				}
			}
		}
		return
	}
	res.SuperCore += fmt.Sprintf(", at least %s%% (%s): every part in it is originating", res.Threshold, cite)
	for _, r := range pool {
		if r.Outcome != Met {
			r.Outcome, r.By = Met, OptionSuperCore
			r.Why += "; originating as part of the super-core"
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Slug is the option's machine name: "all", "components", "super-core".
func (o Option) Slug() string {
	switch o {
	case OptionAll:
		return "all"
	case OptionComponents:
		return "components"
	case OptionSuperCore:
		return "super-core"
	}
	return "any"
}
