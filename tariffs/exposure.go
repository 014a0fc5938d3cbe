package tariffs

import (
	"errors"
	"fmt"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// Entry is one good as the importing country's schedule prices it: its
// line, the verdict of its determination, and the value and quantities
// declared. Amounts are per unit of the good and in the schedule's currency
// (USD for the US schedule). A [Pricer] builds it from an origin.Result.
type Entry struct {
	// Line is the good's line in the importing country's schedule.
	Line Line
	// Status is the verdict: a good that qualifies pays the USMCA rate and
	// saves the difference; one that does not pays the MFN (general) rate;
	// for one that needs review the exposure is the duty at stake, what it
	// would pay if it does not qualify.
	Status origin.Status
	// CustomsValue is the customs value of one unit.
	CustomsValue decimal.Decimal
	// Quantities are the quantities of one unit in the units specific
	// rates need ("0.8 kg").
	Quantities []Quantity
	// AnnualVolume is the number of units imported per year, if known.
	AnnualVolume decimal.NullDecimal
	// Producer is the producer's country (ISO alpha-2), for overlays.
	Producer string
	// Date is the date of importation, for overlays.
	Date time.Time
	// Bases are the non-US content and metal content overlays may be
	// charged on.
	Bases Bases
}

// Figure is an amount per unit and, with an annual volume, per year. Both
// are exact; round with [Money] to show them.
type Figure struct {
	PerUnit decimal.Decimal
	PerYear decimal.NullDecimal
}

// OverlayCharge is an overlay that applies to a good, with its duty per unit.
type OverlayCharge struct {
	Overlay Overlay
	// Base and BaseValue are what the duty was charged on, for the good's
	// status (zero when the overlay spares it).
	Base      Base
	BaseValue decimal.Decimal
	Duty      Duty
	Err       error // why Duty is incomplete, if it is
	// Paid is true when the good pays it given its status (for a good that
	// needs review: if it does not qualify).
	Paid bool
	// Assumes says what the charge takes for granted, if anything.
	Assumes string
}

// Exposure is the duty at stake for one good (SPEC §4).
type Exposure struct {
	Entry Entry
	// MFN and USMCA are the duties of one unit at the general rate and at
	// the USMCA rate (the general rate when the line has no USMCA rate);
	// the errors say why a duty is incomplete.
	MFN      Duty
	MFNErr   error
	USMCA    Duty
	USMCAErr error
	// Overlays are the overlays that apply to the good, by producer, code
	// and date.
	Overlays []OverlayCharge
	// Duty is what the good pays: the MFN duty and every applicable overlay
	// when it does not qualify (or needs review); the USMCA duty and the
	// overlays that apply to all goods when it qualifies.
	Duty Figure
	// Saved is, for a qualifying good, the duty it avoids: MFN duty minus
	// USMCA duty, plus the overlays that spare qualifying goods. Zero for
	// the other statuses.
	Saved Figure
	// AtStake is, for a good that needs review, what it would pay if it
	// does not qualify. Zero for the other statuses.
	AtStake Figure
	// Complete is false when some figure could not be computed in full (a
	// text rate, a missing quantity, a term levied on part of the good, an
	// S+ rate that may not be this producer's); Notes say why.
	Complete bool
	Notes    []string
}

// Assess computes the exposure of a good. Overlays are matched by code,
// producer country and date (a good without a date gets none, with a note).
func Assess(g Entry, overlays []Overlay) Exposure {
	e := Exposure{Entry: g, Complete: true}
	l := g.Line
	e.MFN, e.MFNErr = l.General.Duty(g.CustomsValue, g.Quantities...)
	if e.MFNErr != nil {
		e.note("MFN duty", e.MFNErr)
	}
	switch {
	case l.USMCA.Kind == NoRate && l.General.IsFree():
		e.USMCA = Duty{Rate: l.General, Complete: true}
	case l.USMCA.Kind == NoRate:
		e.USMCA, e.USMCAErr = e.MFN, e.MFNErr
		if g.Status == origin.Qualifies {
			e.Notes = append(e.Notes, fmt.Sprintf("%s has no USMCA rate (program S): a qualifying good still pays the general rate", l.Code))
		}
	default:
		e.USMCA, e.USMCAErr = l.USMCA.Duty(g.CustomsValue, g.Quantities...)
		if e.USMCAErr != nil && g.Status != origin.DoesNotQualify {
			e.note("USMCA duty", e.USMCAErr)
		}
	}
	if l.USMCAProgram == ProgramUSMCAPlus && g.Status != origin.DoesNotQualify {
		e.Complete = false
		e.Notes = append(e.Notes, fmt.Sprintf("%s carries program S+: USMCA treats Canada and Mexico differently on this line (tariff-rate quota, staging or textile preference level); the printed USMCA rate %q may not be the one for a good of %s", l.Code, l.USMCA.Text, orUnknown(g.Producer)))
	}

	nonQual := e.MFN.Amount // what a non-qualifying unit pays
	qual := e.USMCA.Amount  // what a qualifying unit pays
	if len(overlays) > 0 && g.Date.IsZero() {
		e.Notes = append(e.Notes, "no date given: overlays were not applied")
	} else {
		for _, o := range overlays {
			if !o.Applies(l.Code, g.Producer, g.Date) {
				continue
			}
			oc, ifQual, ifNot := charge(g, o)
			if oc.Err != nil {
				e.note("overlay "+o.Label, oc.Err)
				e.Complete = false
			}
			nonQual = nonQual.Add(ifNot)
			qual = qual.Add(ifQual)
			e.Overlays = append(e.Overlays, oc)
		}
	}
	if e.MFNErr != nil && g.Status != origin.Qualifies {
		e.Complete = false
	}
	if (e.MFNErr != nil || e.USMCAErr != nil) && g.Status == origin.Qualifies {
		e.Complete = false
	}
	switch g.Status {
	case origin.Qualifies:
		e.Duty = e.figure(qual)
		e.Saved = e.figure(nonQual.Sub(qual))
	case origin.NeedsReview:
		e.Duty = e.figure(nonQual)
		e.AtStake = e.figure(nonQual)
	default:
		e.Duty = e.figure(nonQual)
	}
	e.Saved.PerYear = nullIfNoVolume(e.Saved.PerYear, g)
	e.AtStake.PerYear = nullIfNoVolume(e.AtStake.PerYear, g)
	return e
}

// note records why a duty is incomplete.
func (e *Exposure) note(what string, err error) {
	var ie *IncompleteDutyError
	var te *TextRateError
	if errors.As(err, &ie) || errors.As(err, &te) || errors.Is(err, ErrNoRate) {
		e.Complete = false
	}
	e.Notes = append(e.Notes, what+": "+err.Error())
}

// figure scales a per-unit amount by the good's annual volume.
func (e *Exposure) figure(perUnit decimal.Decimal) Figure {
	f := Figure{PerUnit: perUnit}
	if e.Entry.AnnualVolume.Valid {
		f.PerYear = decimal.NewNullDecimal(perUnit.Mul(e.Entry.AnnualVolume.Decimal))
	}
	return f
}

func nullIfNoVolume(d decimal.NullDecimal, g Entry) decimal.NullDecimal {
	if !g.AnnualVolume.Valid {
		return decimal.NullDecimal{}
	}
	return d
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown origin"
	}
	return s
}

// Portfolio sums exposures over many goods. Per-unit sums are for one unit
// of each good; per-year sums cover the goods that have an annual volume
// (WithoutVolume counts the others).
type Portfolio struct {
	Goods, Qualifying, NotQualifying, NeedingReview int
	// Duty sums what the non-qualifying goods pay; Saved what the
	// qualifying goods save; AtStake what the goods needing review would pay.
	Duty, Saved, AtStake Totals
	// WithoutVolume counts goods with no annual volume; Incomplete counts
	// exposures that are not complete.
	WithoutVolume, Incomplete int
}

// Totals are exact sums; round them with [Money] to show them.
type Totals struct {
	PerUnit decimal.Decimal
	PerYear decimal.Decimal
}

func (t *Totals) add(f Figure) {
	t.PerUnit = t.PerUnit.Add(f.PerUnit)
	if f.PerYear.Valid {
		t.PerYear = t.PerYear.Add(f.PerYear.Decimal)
	}
}

// Add adds one good's exposure to the portfolio.
func (p *Portfolio) Add(e Exposure) {
	p.Goods++
	if !e.Entry.AnnualVolume.Valid {
		p.WithoutVolume++
	}
	if !e.Complete {
		p.Incomplete++
	}
	switch e.Entry.Status {
	case origin.Qualifies:
		p.Qualifying++
		p.Saved.add(e.Saved)
	case origin.NeedsReview:
		p.NeedingReview++
		p.AtStake.add(e.AtStake)
	default:
		p.NotQualifying++
		p.Duty.add(e.Duty)
	}
}
