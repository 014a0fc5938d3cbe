package report

import (
	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/tariffs"
)

// Exposure is the duty at stake for one good (SPEC §4). Amounts are exact
// (the table rounds them to cents); per-year figures are null without an
// annual volume.
type Exposure struct {
	Available      bool     `json:"available"` // false when the good could not be priced; Notes say why
	Schedule       string   `json:"schedule"`
	Currency       string   `json:"currency"`
	Line           string   `json:"line"`
	MFNRate        string   `json:"mfn_rate"`
	USMCARate      string   `json:"usmca_rate"`
	CustomsValue   *string  `json:"customs_value"`
	DutyPerUnit    *string  `json:"duty_per_unit"` // what the good pays given its status
	DutyPerYear    *string  `json:"duty_per_year"`
	SavedPerUnit   *string  `json:"saved_per_unit"` // qualifying goods: duty avoided versus MFN
	SavedPerYear   *string  `json:"saved_per_year"`
	AtStakePerUnit *string  `json:"at_stake_per_unit"` // goods needing review: what they would pay if not qualifying
	AtStakePerYear *string  `json:"at_stake_per_year"`
	Overlays       []Charge `json:"overlays"`
	Complete       bool     `json:"complete"`
	Notes          []string `json:"notes"`
}

// Charge is an additional duty from the overlay file: one layer of the
// exposure.
type Charge struct {
	Label     string `json:"label"`
	Rate      string `json:"rate"`
	Base      string `json:"base"`       // customs-value, non-us-content, steel-content, …
	BaseValue string `json:"base_value"` // what the rate was charged on, for the good's status
	Duty      string `json:"duty"`
	Paid      bool   `json:"paid"`
	Spares    string `json:"spares"` // none, usmca-qualifying, all
	From      string `json:"from"`
	To        string `json:"to"`
	Source    string `json:"source"`
	Assumes   string `json:"assumes"`
}

// Unpriced is the exposure of a good that could not be priced, with why.
func Unpriced(notes ...string) *Exposure {
	return &Exposure{Overlays: []Charge{}, Notes: nonNil(notes)}
}

// Priced reports what a [tariffs.Pricer] returned: nil for a good with no
// exposure, the reason for a good that could not be priced, else the
// exposure.
func Priced(e *tariffs.Exposure, err error) *Exposure {
	switch {
	case err != nil:
		return Unpriced(err.Error())
	case e == nil:
		return nil
	}
	return FromExposure(*e)
}

// FromExposure reports a computed exposure.
func FromExposure(e tariffs.Exposure) *Exposure {
	l := e.Entry.Line
	out := &Exposure{
		Available: true, Schedule: l.Schedule.Name(), Currency: l.Schedule.Currency,
		Line: l.Code.String(), MFNRate: l.General.Text, USMCARate: l.USMCA.Text,
		CustomsValue: ptr(Money(e.Entry.CustomsValue)),
		DutyPerUnit:  ptr(Money(e.Duty.PerUnit)), DutyPerYear: nullMoney(e.Duty.PerYear),
		Overlays: []Charge{}, Complete: e.Complete, Notes: nonNil(e.Notes),
	}
	switch e.Entry.Status {
	case origin.Qualifies:
		out.SavedPerUnit, out.SavedPerYear = ptr(Money(e.Saved.PerUnit)), nullMoney(e.Saved.PerYear)
	case origin.NeedsReview:
		out.AtStakePerUnit, out.AtStakePerYear = ptr(Money(e.AtStake.PerUnit)), nullMoney(e.AtStake.PerYear)
	}
	for _, o := range e.Overlays {
		out.Overlays = append(out.Overlays, charge(o))
	}
	return out
}

func nullMoney(d decimal.NullDecimal) *string {
	if !d.Valid {
		return nil
	}
	return ptr(Money(d.Decimal))
}

// Portfolio is the exposure summed over the goods priced in one currency.
type Portfolio struct {
	Currency string `json:"currency"`
	Goods    int    `json:"goods"`
	// Per-year totals cover the goods with an annual volume.
	DutyPerYear    string `json:"duty_per_year"`     // paid by goods that do not qualify
	SavedPerYear   string `json:"saved_per_year"`    // saved by goods that qualify
	AtStakePerYear string `json:"at_stake_per_year"` // at stake on goods that need review
	WithoutVolume  int    `json:"without_volume"`
	Incomplete     int    `json:"incomplete"`
}

// Portfolios sums exposures by currency.
type Portfolios struct {
	order []string
	by    map[string]*tariffs.Portfolio
}

// Add counts a priced exposure.
func (p *Portfolios) Add(e tariffs.Exposure) {
	if p.by == nil {
		p.by = map[string]*tariffs.Portfolio{}
	}
	cur := e.Entry.Line.Schedule.Currency
	pf, ok := p.by[cur]
	if !ok {
		pf = &tariffs.Portfolio{}
		p.by[cur] = pf
		p.order = append(p.order, cur)
	}
	pf.Add(e)
}

// List returns the totals, one per currency, in the order first seen.
func (p *Portfolios) List() []Portfolio {
	out := []Portfolio{}
	for _, cur := range p.order {
		pf := p.by[cur]
		out = append(out, Portfolio{Currency: cur, Goods: pf.Goods,
			DutyPerYear: Money(pf.Duty.PerYear), SavedPerYear: Money(pf.Saved.PerYear), AtStakePerYear: Money(pf.AtStake.PerYear),
			WithoutVolume: pf.WithoutVolume, Incomplete: pf.Incomplete})
	}
	return out
}

func charge(o tariffs.OverlayCharge) Charge {
	c := Charge{Label: o.Overlay.Label, Rate: o.Overlay.Rate.Text, Base: o.Base.String(), BaseValue: Money(o.BaseValue),
		Duty: Money(o.Duty.Amount), Paid: o.Paid, Spares: o.Overlay.Spares.String(), From: dateString(o.Overlay.From),
		To: dateString(o.Overlay.To), Source: o.Overlay.Source, Assumes: o.Assumes}
	return c
}
