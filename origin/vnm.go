package origin

import (
	"fmt"
	"time"

	"github.com/shopspring/decimal"
)

// Treatment says how one BOM line entered the value of non-originating
// materials, and why.
type Treatment string

// Treatments of a BOM line in the VNM.
const (
	TreatOriginating    Treatment = "originating"           // counts 0
	TreatNonOriginating Treatment = "non-originating"       // counts its value
	TreatIndirect       Treatment = "indirect"              // originating regardless of where produced (UR §8(13))
	TreatPacking        Treatment = "packing"               // not a material for RVC (UR §8(17))
	TreatTraced         Treatment = "traced"                // self-produced: its non-originating inputs count (UR §7(5)(a))
	TreatAccumulated    Treatment = "accumulated"           // supplier's VNM counts (UR §9(2)(a), §9(3))
	TreatInsideOther    Treatment = "inside-originating"    // input of an originating or designated material: not counted (UR §7(4))
	TreatRecovered      Treatment = "recovered-originating" // recovered material in a remanufactured good (UR §4)
)

// LineValue is one BOM line's part in the VNM.
type LineValue struct {
	Material *Material
	Depth    int             // 0 for lines that go directly into the good
	Value    decimal.Decimal // in the good's currency
	// Counted is what the line adds to the VNM (0 when traced: its inputs count).
	Counted decimal.Decimal
	// NonOriginating is the line's origin after assumptions; it is what the
	// tariff-shift test looks at.
	NonOriginating bool
	Treatment      Treatment
	Why            string // one line for the analyst
}

// VNM is the value of non-originating materials of a good, line by line.
type VNM struct {
	Total       decimal.Decimal
	Lines       []LineValue
	Assumptions []Assumption
}

// InputError is a problem in a good's input that prevents evaluating it.
type InputError struct {
	Ref     string
	Message string
}

func (e *InputError) Error() string {
	if e.Ref == "" {
		return e.Message
	}
	return e.Ref + ": " + e.Message
}

// ComputeVNM values the non-originating materials of g as of the given date
// (used to decide whether a certification has expired), rolling up through
// self-produced materials (UR §7(4), §7(5)).
func ComputeVNM(g *Good, asOf time.Time) (VNM, error) {
	return computeVNM(g, asOf, nil)
}

// override replaces what the workbook says of a material, when roo has
// established otherwise (an intermediate material that does not qualify
// under its own rule, a designation the UR §8(6) proviso forbids).
type override struct {
	kind   Kind
	origin OriginStatus
}

func computeVNM(g *Good, asOf time.Time, overrides map[*Material]override) (VNM, error) {
	w := vnmWalker{good: g, asOf: asOf, overrides: overrides}
	for _, m := range g.Materials {
		if err := w.walk(m, 0, false); err != nil {
			return VNM{}, err
		}
	}
	return VNM{Total: w.total, Lines: w.lines, Assumptions: w.assumptions}, nil
}

type vnmWalker struct {
	good        *Good
	asOf        time.Time
	overrides   map[*Material]override
	total       decimal.Decimal
	lines       []LineValue
	assumptions []Assumption
}

// kindOf is the material's kind, after any override.
func (w *vnmWalker) kindOf(m *Material) Kind {
	if o, ok := w.overrides[m]; ok && o.kind != "" {
		return o.kind
	}
	return m.Kind
}

// originOf is the material's origin status, after any override.
func (w *vnmWalker) originOf(m *Material) OriginStatus {
	if o, ok := w.overrides[m]; ok && o.origin != "" {
		return o.origin
	}
	return m.Origin
}

func (w *vnmWalker) assume(m *Material, code AssumptionCode, format string, args ...any) {
	w.assumptions = append(w.assumptions, Assumption{Code: code, Ref: m.Ref, Part: m.PartNumber, Message: fmt.Sprintf(format, args...)})
}

// walk adds m (and, when it is traced, its inputs) to the VNM. inside is true
// for the inputs of a line whose own value already stands for them.
func (w *vnmWalker) walk(m *Material, depth int, inside bool) error {
	value, err := valueInGoodCurrency(m, w.good.Currency)
	if err != nil {
		return err
	}
	lv := LineValue{Material: m, Depth: depth, Value: value}
	idx := len(w.lines)
	w.lines = append(w.lines, lv)

	traceChildren := false
	switch {
	case inside:
		lv.Treatment, lv.Why = TreatInsideOther, "input of a material whose own value stands for it"
	case w.kindOf(m) == KindPacking:
		lv.Treatment, lv.Why = TreatPacking, "shipping packing is not a material for RVC (UR §8(17))"
	case w.kindOf(m) == KindIndirect:
		lv.Treatment, lv.Why = TreatIndirect, "indirect materials are originating wherever produced (UR §8(13))"
	case w.kindOf(m) == KindSelfProduced && len(m.Children) > 0:
		lv.Treatment, lv.Why = TreatTraced, "self-produced and not designated: its non-originating inputs count (UR §7(5)(a))"
		traceChildren = true
	default:
		nonOrig, why := w.effectiveOrigin(m)
		lv.NonOriginating = nonOrig
		switch {
		case w.kindOf(m) == KindSelfProduced:
			// Nothing to trace: fall back on the line's own status.
			if nonOrig {
				w.assume(m, AssumeNoInputsListed, "self-produced %s lists no inputs; its whole value is counted as non-originating", partName(m))
			} else {
				w.assume(m, AssumeNoInputsListed, "self-produced %s lists no inputs; taken to contain no non-originating material, as its origin status says", partName(m))
			}
			w.count(&lv, nonOrig, why)
		case w.kindOf(m) == KindRecovered && !nonOrig:
			lv.Treatment, lv.Why = TreatRecovered, "recovered material used in a remanufactured good is treated as originating (UR §4)"
		case m.Fungible != nil && m.Fungible.OriginatingShare.LessThan(decimal.NewFromInt(1)):
			nonOrigPart, why := fungibleSplit(m, value)
			lv.Value = nonOrigPart
			lv.NonOriginating = true
			w.count(&lv, true, why)
			w.assume(m, AssumeFungible, "%s: %s; keep the inventory records of the method on file", partName(m), why)
		case m.Fungible != nil:
			_, why := fungibleSplit(m, value)
			lv.NonOriginating = false
			w.count(&lv, false, why)
		case nonOrig && m.SupplierVNM.Valid:
			supplierVNM, err := convert(m, m.SupplierVNM.Decimal, w.good.Currency)
			if err != nil {
				return err
			}
			lv.Treatment = TreatAccumulated
			lv.Counted = supplierVNM
			lv.Why = fmt.Sprintf("supplier statement: only the supplier's VNM of %s counts (UR §9(2)(a), §9(3))", supplierVNM.String())
			w.total = w.total.Add(supplierVNM)
			w.assume(m, AssumeAccumulation, "%s: the supplier's statement of VNM %s is used in place of its value %s (accumulation, UR §9); keep the signed statement on file", partName(m), supplierVNM.String(), value.String())
		default:
			w.count(&lv, nonOrig, why)
			if nonOrig && m.SupplierNC.Valid {
				w.assume(m, AssumeAccumulation, "%s: the supplier statement gives a net cost but no VNM; UR §9(2)(a) needs both, so the material counts at its full value", partName(m))
			}
		}
	}
	if len(m.Children) > 0 && !traceChildren && !inside && !w.kindOf(m).IsProduced() {
		w.assume(m, AssumeChildrenIgnored, "%s is a purchased material: the inputs listed under it do not count on their own (UR §7(4)(a))", partName(m))
	}
	w.lines[idx] = lv
	for _, c := range m.Children {
		if err := w.walk(c, depth+1, inside || !traceChildren); err != nil {
			return err
		}
	}
	return nil
}

// count sets lv to count its full value when non-originating.
func (w *vnmWalker) count(lv *LineValue, nonOrig bool, why string) {
	if nonOrig {
		lv.Treatment = TreatNonOriginating
		lv.Counted = lv.Value
		w.total = w.total.Add(lv.Value)
	} else {
		lv.Treatment = TreatOriginating
	}
	lv.Why = why
}

// effectiveOrigin decides whether m is to be treated as non-originating,
// recording the assumptions that decision rests on.
func (w *vnmWalker) effectiveOrigin(m *Material) (bool, string) {
	switch w.kindOf(m) {
	case KindIndirect:
		return false, "indirect material"
	case KindRecovered:
		if remanufacturedEligible(w.good.HTS) {
			return false, "recovered material"
		}
		w.assume(m, AssumeRecoveredIneligible, "%s is a recovered material, but a good of %s cannot be a remanufactured good under UR §4: it is counted as non-originating", partName(m), w.good.HTS)
		return true, "recovered material, good not eligible for UR §4"
	}
	switch w.originOf(m) {
	case Originating:
		if !m.CertifiedUntil.IsZero() && !w.asOf.IsZero() && m.CertifiedUntil.Before(w.asOf) {
			w.assume(m, AssumeExpiredCertificate, "the certification%s of %s expired on %s (before %s): treated as non-originating", certRef(m), partName(m), m.CertifiedUntil.Format(time.DateOnly), w.asOf.Format(time.DateOnly))
			return true, "certification expired"
		}
		return false, "originating"
	case NonOriginating:
		return true, "non-originating"
	default:
		w.assume(m, AssumeUnknownOrigin, "origin of %s is unknown: treated as non-originating, as the law allows (UR §7(21))", partName(m))
		return true, "origin unknown, treated as non-originating"
	}
}

func partName(m *Material) string {
	switch {
	case m.PartNumber != "" && m.Description != "":
		return fmt.Sprintf("%s (%s)", m.PartNumber, m.Description)
	case m.PartNumber != "":
		return m.PartNumber
	case m.Description != "":
		return m.Description
	}
	return "the line at " + m.Ref
}

func certRef(m *Material) string {
	if m.Certification == "" {
		return ""
	}
	return " " + m.Certification
}

// valueInGoodCurrency converts a line's value into the good's currency.
func valueInGoodCurrency(m *Material, goodCurrency string) (decimal.Decimal, error) {
	return convert(m, m.Value, goodCurrency)
}

// convert turns an amount in m's currency into the good's currency using the
// rate the producer recorded (UR §2(1)).
func convert(m *Material, amount decimal.Decimal, goodCurrency string) (decimal.Decimal, error) {
	if m.Currency == "" || goodCurrency == "" || m.Currency == goodCurrency {
		return amount, nil
	}
	if !m.ExchangeRate.Valid {
		return decimal.Decimal{}, &InputError{Ref: m.Ref, Message: fmt.Sprintf("%s is valued in %s but the good is in %s, and no exchange rate is given", partName(m), m.Currency, goodCurrency)}
	}
	return amount.Mul(m.ExchangeRate.Decimal), nil
}
