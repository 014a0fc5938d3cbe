package auto

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/rules"
)

// LVCBasis is the formula of UR §18(6) a producer uses.
type LVCBasis uint8

// The two formulas.
const (
	// NetCostBasis: LVC = (HWLC + HWM) / NC × 100 + HWTC + HWAC.
	NetCostBasis LVCBasis = iota + 1
	// PurchaseBasis: LVC = (APV + HWLC) / (TAPV + HWLC) × 100 + HWTC +
	// HWAC, HWLC being optional (in both terms or in neither).
	PurchaseBasis
)

// String names the basis.
func (b LVCBasis) String() string {
	switch b {
	case NetCostBasis:
		return "net cost basis"
	case PurchaseBasis:
		return "annual purchase value basis"
	}
	return "no basis"
}

// AssemblyKind is what a high-wage assembly plant makes, for the assembly
// credit of UR §18(12)–(14).
type AssemblyKind uint8

// The kinds of assembly plant.
const (
	Engines AssemblyKind = iota + 1
	Transmissions
	BatteryPacks
)

// String names the kind.
func (k AssemblyKind) String() string {
	return [...]string{"", "engines", "transmissions", "advanced battery packs"}[k]
}

// LVCInputs are a vehicle producer's labour value content figures for its
// period, all on one footing (period totals, or per vehicle) and in one
// currency. Missing figures are invalid NullDecimals.
type LVCInputs struct {
	// Basis is the formula the producer uses; 0 lets the figures given
	// choose (both are tried when both sets are complete).
	Basis LVCBasis
	// HWM is the high-wage material and manufacturing expenditure (net
	// cost basis), HWLC the high-wage labour cost: wages, not benefits, of
	// direct production workers at qualifying wage-rate assembly plants.
	HWM, HWLC decimal.NullDecimal
	// NetCost is the vehicle's net cost on the same footing as HWM.
	NetCost decimal.NullDecimal
	// APV is the annual purchase value of high-wage materials, TAPV the
	// total annual purchase value of parts and materials (purchase basis).
	APV, TAPV decimal.NullDecimal
	// TechWages are the annual wage expenditures on R&D and IT, and
	// ProductionWages those on direct production workers, for the
	// technology credit (UR §18(9), (10)); absent: no credit claimed.
	TechWages, ProductionWages decimal.NullDecimal
	// Assembly is the assembly credit claim (UR §18(12)–(14)).
	Assembly AssemblyClaim
}

// AssemblyClaim is a claim to the high-wage assembly credit: the producer
// operates, or has a supply contract of at least three years with, a
// high-wage assembly plant of the capacities given.
type AssemblyClaim struct {
	// Claimed is true when the producer says it has such a plant; Known is
	// false when the workbook does not say.
	Claimed, Known bool
	// Capacity is the plant's annual capacity by kind.
	Capacity map[AssemblyKind]decimal.Decimal
}

// LVCRequirement is the labour value content a vehicle must reach on a date.
type LVCRequirement struct {
	Cite string
	// Total is the LVC in percent; HighWage the minimum points of high-wage
	// material and labour within it.
	Total, HighWage decimal.Decimal
	// TechCap and Assembly are the most the credits count.
	TechCap, Assembly decimal.Decimal
}

// LVCRequirementFor returns the requirement for a class on a date: passenger
// vehicles by the phase-in of UR §18(1), light and heavy trucks UR §18(2).
// It reports false for other vehicles and before July 1, 2020.
func LVCRequirementFor(c Class, day rules.Date) (LVCRequirement, bool) {
	steps, cite := lvcTruck, lvcTruckCite
	switch c {
	case PassengerVehicle:
		steps, cite = lvcPassenger, lvcCite
	case LightTruck, HeavyTruck:
	default:
		return LVCRequirement{}, false
	}
	var cur *lvcStep
	for i := range steps {
		if steps[i].from <= day {
			cur = &steps[i]
		}
	}
	if cur == nil {
		return LVCRequirement{}, false
	}
	return LVCRequirement{Cite: cite, Total: cur.total, HighWage: cur.high, TechCap: techCreditCap, Assembly: assemblyPoints}, true
}

// LVCResult is a labour value content test.
type LVCResult struct {
	Requirement LVCRequirement
	Outcome     Outcome
	// Basis is the formula the figures below use.
	Basis LVCBasis
	// HighWage is the high-wage material and labour in points; Tech and
	// Assembly the credits counted (after the cap); Total the LVC. Values
	// are to 10 decimal places; the test compares exactly.
	HighWage, Tech, Assembly, Total decimal.Decimal
	// TechUncapped is the technology credit before the cap.
	TechUncapped decimal.NullDecimal
	// Lines show the arithmetic, one step a line.
	Lines []string
	// Missing name the figures that would settle an open test.
	Missing []string
	// Shortfall is how many points the LVC or its high-wage part lacks,
	// when not met.
	Shortfall decimal.NullDecimal
}

// ComputeLVC tests a vehicle's labour value content (UR §18): the high-wage
// material and labour must reach the minimum points, and with the credits
// the total. Credits are optional; one whose facts are missing is left out,
// and the test is open only if that credit would decide it.
func ComputeLVC(in LVCInputs, c Class, day rules.Date) LVCResult {
	req, ok := LVCRequirementFor(c, day)
	res := LVCResult{Requirement: req}
	if !ok {
		res.Outcome = Met
		res.Lines = append(res.Lines, fmt.Sprintf("no labour value content requirement applies to %s on %s", article(c.String()), day))
		return res
	}
	res.Lines = append(res.Lines, fmt.Sprintf("%s: a %s needs an LVC of at least %s%%, of which at least %s points of high-wage material and labour; the technology credit counts up to %s points and the assembly credit %s", req.Cite, c, req.Total, req.HighWage, req.TechCap, req.Assembly))
	bases := candidateBases(in)
	if len(bases) == 0 {
		res.Outcome = Open
		res.Missing = lvcMissing(in)
		res.Lines = append(res.Lines, "the workbook gives neither the net cost basis figures (HWM, HWLC, net cost) nor the purchase value basis figures (APV, TAPV)")
		return res
	}
	tech, techLines := techCredit(in, req)
	res.Lines = append(res.Lines, techLines...)
	if tech.uncapped != nil {
		res.TechUncapped = decimal.NewNullDecimal(tech.uncapped.value())
	}
	asm, asmOpen, asmLines := assemblyCredit(in.Assembly, c, req)
	res.Lines = append(res.Lines, asmLines...)

	var best *LVCResult
	for _, b := range bases {
		r := res
		r.Lines = append([]string(nil), res.Lines...)
		high, lines := highWage(in, b)
		r.Basis = b
		r.Lines = append(r.Lines, lines...)
		if high.cmp(whole(hundred)) > 0 {
			// More high-wage content than the vehicle costs: the figures
			// are not on one footing (a period total over a unit cost).
			r.Outcome = Open
			r.Missing = append(r.Missing, fmt.Sprintf("labour value content figures on one footing (on the %s, the high-wage figures exceed the base they are divided by)", b))
			r.Lines = append(r.Lines, "the high-wage figures exceed the base they are divided by: they are not on one footing (period totals and per-vehicle amounts mixed?)")
			if best == nil || better(r.Outcome, best.Outcome) {
				rr := r
				best = &rr
			}
			continue
		}
		r.HighWage, r.Tech, r.Assembly = high.value(), tech.counted.value(), asm
		total := high.add(tech.counted).add(whole(asm))
		r.Total = total.value()
		r.Lines = append(r.Lines, fmt.Sprintf("LVC = %s + %s + %s = %s%%", Show(r.HighWage), Show(r.Tech), Show(asm), Show(r.Total)))
		highOK := high.cmp(whole(req.HighWage)) >= 0
		totalOK := total.cmp(whole(req.Total)) >= 0
		switch {
		case highOK && totalOK:
			r.Outcome = Met
			r.Lines = append(r.Lines, fmt.Sprintf("met: %s points of high-wage material and labour (at least %s) and an LVC of %s%% (at least %s%%)", Show(r.HighWage), req.HighWage, Show(r.Total), req.Total))
		case highOK && asmOpen && total.add(whole(req.Assembly)).cmp(whole(req.Total)) >= 0:
			r.Outcome = Open
			r.Missing = append(r.Missing, "the assembly credit: whether the producer operates, or has a supply contract of at least 3 years with, a high-wage assembly plant, and its capacity")
			r.Lines = append(r.Lines, "the assembly credit would decide the test, and the workbook does not settle it")
		default:
			r.Outcome = NotMet
			var short []string
			if !highOK {
				s := whole(req.HighWage).value().Sub(r.HighWage)
				r.Shortfall = decimal.NewNullDecimal(s)
				short = append(short, fmt.Sprintf("high-wage material and labour %s points, below %s", Show(r.HighWage), req.HighWage))
			}
			if !totalOK {
				s := req.Total.Sub(r.Total)
				if !r.Shortfall.Valid || s.GreaterThan(r.Shortfall.Decimal) {
					r.Shortfall = decimal.NewNullDecimal(s)
				}
				short = append(short, fmt.Sprintf("LVC %s%%, below %s%%", Show(r.Total), req.Total))
			}
			r.Lines = append(r.Lines, "not met: "+joinAnd(short))
		}
		if best == nil || better(r.Outcome, best.Outcome) {
			rr := r
			best = &rr
		}
	}
	return *best
}

// better orders outcomes: met before open before not met.
func better(a, b Outcome) bool {
	rank := map[Outcome]int{Met: 0, Open: 1, NotMet: 2}
	return rank[a] < rank[b]
}

// candidateBases are the formulas the figures allow.
func candidateBases(in LVCInputs) []LVCBasis {
	nc := in.HWM.Valid && in.NetCost.Valid && in.NetCost.Decimal.IsPositive()
	pv := in.APV.Valid && in.TAPV.Valid && in.TAPV.Decimal.IsPositive()
	switch in.Basis {
	case NetCostBasis:
		if nc {
			return []LVCBasis{NetCostBasis}
		}
		return nil
	case PurchaseBasis:
		if pv {
			return []LVCBasis{PurchaseBasis}
		}
		return nil
	}
	var out []LVCBasis
	if nc {
		out = append(out, NetCostBasis)
	}
	if pv {
		out = append(out, PurchaseBasis)
	}
	return out
}

// lvcMissing names the figures a basis lacks.
func lvcMissing(in LVCInputs) []string {
	var nc, pv []string
	if !in.HWM.Valid {
		nc = append(nc, "high-wage material and manufacturing expenditure (HWM)")
	}
	if !in.NetCost.Valid || !in.NetCost.Decimal.IsPositive() {
		nc = append(nc, "LVC net cost")
	}
	if !in.APV.Valid {
		pv = append(pv, "annual purchase value of high-wage materials (APV)")
	}
	if !in.TAPV.Valid || !in.TAPV.Decimal.IsPositive() {
		pv = append(pv, "total annual purchase value (TAPV)")
	}
	switch in.Basis {
	case NetCostBasis:
		return []string{"labour value content, net cost basis: " + joinAnd(nc)}
	case PurchaseBasis:
		return []string{"labour value content, purchase value basis: " + joinAnd(pv)}
	}
	return []string{"labour value content: " + joinAnd(nc) + " (net cost basis), or " + joinAnd(pv) + " (purchase value basis)"}
}

// highWage computes the high-wage material and labour points on a basis.
func highWage(in LVCInputs, b LVCBasis) (ratio, []string) {
	hwlc := decimal.Zero
	if in.HWLC.Valid {
		hwlc = in.HWLC.Decimal
	}
	if b == NetCostBasis {
		r := percent(in.HWM.Decimal.Add(hwlc), in.NetCost.Decimal)
		return r, []string{fmt.Sprintf("net cost basis (UR §18(6)): (HWLC %s + HWM %s) / NC %s × 100 = %s points", Money(hwlc), Money(in.HWM.Decimal), Money(in.NetCost.Decimal), Show(r.value()))}
	}
	r := percent(in.APV.Decimal.Add(hwlc), in.TAPV.Decimal.Add(hwlc))
	line := fmt.Sprintf("annual purchase value basis (UR §18(6)): (APV %s + HWLC %s) / (TAPV %s + HWLC %s) × 100 = %s points", Money(in.APV.Decimal), Money(hwlc), Money(in.TAPV.Decimal), Money(hwlc), Show(r.value()))
	if !in.HWLC.Valid {
		line = fmt.Sprintf("annual purchase value basis (UR §18(6)), without HWLC: APV %s / TAPV %s × 100 = %s points", Money(in.APV.Decimal), Money(in.TAPV.Decimal), Show(r.value()))
	}
	return r, []string{line}
}

// techCredit is the technology credit: R&D and IT wages over production
// wages × 100, capped (UR §18(9), (10)).
type techResult struct {
	counted  ratio
	uncapped *ratio
}

func techCredit(in LVCInputs, req LVCRequirement) (techResult, []string) {
	if !in.TechWages.Valid || !in.ProductionWages.Valid || !in.ProductionWages.Decimal.IsPositive() {
		return techResult{counted: whole(decimal.Zero)}, []string{"no high-wage technology expenditure credit claimed (R&D and IT wages and production wages not given)"}
	}
	raw := percent(in.TechWages.Decimal, in.ProductionWages.Decimal)
	capped := raw.min(whole(req.TechCap))
	line := fmt.Sprintf("technology credit (UR §18(9), (10)): R&D and IT wages %s / production wages %s × 100 = %s points", Money(in.TechWages.Decimal), Money(in.ProductionWages.Decimal), Show(raw.value()))
	if raw.cmp(whole(req.TechCap)) > 0 {
		line += fmt.Sprintf(", capped at %s", req.TechCap)
	}
	return techResult{counted: capped, uncapped: &raw}, []string{line}
}

// assemblyCredit is the assembly credit: exactly its points when the
// producer has a high-wage assembly plant of the capacity UR §18(13), (14)
// requires, else none. open is true when the claim cannot be settled.
func assemblyCredit(a AssemblyClaim, c Class, req LVCRequirement) (pts decimal.Decimal, open bool, lines []string) {
	need := assemblyCapacityLight
	if c == HeavyTruck {
		need = assemblyCapacityHeavy
	}
	switch {
	case !a.Known:
		return decimal.Zero, true, []string{"assembly credit: the workbook does not say whether the producer has a high-wage assembly plant; counted as 0"}
	case !a.Claimed:
		return decimal.Zero, false, []string{"no high-wage assembly credit claimed"}
	}
	for _, k := range []AssemblyKind{Engines, Transmissions, BatteryPacks} {
		capacity, ok := a.Capacity[k]
		if ok && capacity.Cmp(need[k]) >= 0 {
			return req.Assembly, false, []string{fmt.Sprintf("assembly credit (UR §18(12)–(14)): %s points, for a high-wage plant with capacity for %s %s (at least %s), operated by the producer or under a contract of at least %d years", req.Assembly, capacity, k, need[k], assemblyContractYears)}
		}
	}
	if len(a.Capacity) == 0 {
		return decimal.Zero, true, []string{"assembly credit: claimed, but the workbook gives no plant capacity; counted as 0"}
	}
	return decimal.Zero, false, []string{fmt.Sprintf("assembly credit: 0, the plant's capacity is below %s engines, %s transmissions and %s advanced battery packs a year (UR §18(13), (14))", need[Engines], need[Transmissions], need[BatteryPacks])}
}

// ExcessTruckCredit is what a heavy truck's labour value content may add
// to its RVC (UR §18(22)): the high-wage points above 30, until June 30,
// 2027, for an RVC of at least 60%. It reports false when none may be
// credited.
func ExcessTruckCredit(r LVCResult, day rules.Date) (points decimal.Decimal, floor decimal.Decimal, cite string, ok bool) {
	x := excessTruckLVC
	if day > x.until || r.Outcome != Met || !r.HighWage.GreaterThan(x.above) {
		return decimal.Zero, x.floor, x.cite, false
	}
	return r.HighWage.Sub(x.above), x.floor, x.cite, true
}

func joinAnd(ss []string) string {
	switch len(ss) {
	case 0:
		return ""
	case 1:
		return ss[0]
	}
	out := ""
	for i, s := range ss {
		switch {
		case i == 0:
			out = s
		case i == len(ss)-1:
			out += " and " + s
		default:
			out += ", " + s
		}
	}
	return out
}

// Slug is the basis's machine name: "net-cost", "purchase-value".
func (b LVCBasis) Slug() string {
	switch b {
	case NetCostBasis:
		return "net-cost"
	case PurchaseBasis:
		return "purchase-value"
	}
	return ""
}
