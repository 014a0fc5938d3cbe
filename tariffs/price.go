package tariffs

import (
	"fmt"
	"sync"

	"github.com/roo-trade/roo/origin"
)

// PricerOptions say how a [Pricer] prices determinations. New pricing
// layers are added here as options, so that every caller prices the same
// way.
type PricerOptions struct {
	// Schedule returns the tariff schedule of an importing country (ISO
	// alpha-2, "US" when the good names none). It is called at most once
	// per country; its error becomes the reason the goods imported into
	// that country are not priced, so it should say how to supply the
	// schedule.
	Schedule func(country string) (*Schedule, error)
	// ImportInto, when set, overrides each good's importing country.
	ImportInto string
	// Overlays are dated additional duties, applied to the goods they match
	// by code, producer country and date.
	Overlays []Overlay
}

// Pricer prices the duty at stake on each determination (SPEC §4): it
// chooses the importing country's schedule, finds the good's line, checks
// the currency, takes the customs value (else the transaction value) and
// computes the exposure. It is safe for concurrent use and loads each
// schedule once.
type Pricer struct {
	opts   PricerOptions
	mu     sync.Mutex
	loaded map[string]loadedSchedule
}

type loadedSchedule struct {
	s   *Schedule
	err error
}

// NewPricer returns a pricer with the given options.
func NewPricer(opts PricerOptions) *Pricer {
	return &Pricer{opts: opts, loaded: map[string]loadedSchedule{}}
}

// Price computes the exposure of a determination. A result with no verdict
// (origin.StatusError) has no exposure: Price returns nil and no error. A
// good that cannot be priced returns an error whose message says why and
// what to give to price it.
func (p *Pricer) Price(res origin.Result) (*Exposure, error) {
	switch res.Status {
	case origin.Qualifies, origin.DoesNotQualify, origin.NeedsReview:
	default:
		return nil, nil
	}
	g := res.Good
	country := g.ImportingCountry
	if p.opts.ImportInto != "" {
		country = p.opts.ImportInto
	}
	if country == "" {
		country = "US"
	}
	sched, err := p.schedule(country)
	if err != nil {
		return nil, err
	}
	line, err := sched.Line(g.HTS)
	if err != nil {
		return nil, fmt.Errorf("%s: give the good's full tariff item (8 or 10 digits) to price its duty", err)
	}
	if cur := sched.Header.Currency; g.Currency != "" && g.Currency != cur {
		return nil, fmt.Errorf("the good's amounts are in %s but %s duties are in %s: give the customs value in %s to price the duty", g.Currency, sched.Header.Name(), cur, cur)
	}
	value := g.CustomsValue
	if !value.Valid {
		value = g.TransactionValue
	}
	if !value.Valid {
		return nil, fmt.Errorf("no customs value or transaction value given: the duty cannot be priced")
	}
	entry := Entry{Line: line, Status: res.Status, CustomsValue: value.Decimal,
		AnnualVolume: g.AnnualVolume, Producer: g.ProducerCountry, Date: res.AsOf, Bases: BasesOf(res.Content)}
	if g.Quantity.Valid {
		entry.Quantities = []Quantity{{Value: g.Quantity.Decimal, Unit: quantityUnit(g.Unit, line)}}
	}
	e := Assess(entry, p.opts.Overlays)
	return &e, nil
}

// schedule loads the schedule of a country once, remembering a failure too.
func (p *Pricer) schedule(country string) (*Schedule, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if l, ok := p.loaded[country]; ok {
		return l.s, l.err
	}
	if p.opts.Schedule == nil {
		return nil, fmt.Errorf("no tariff schedule is available for %s", country)
	}
	s, err := p.opts.Schedule(country)
	if err != nil {
		s = nil
	}
	p.loaded[country] = loadedSchedule{s, err}
	return s, err
}

// quantityUnit is the good's unit, or the line's first unit when the
// workbook gives a quantity without one.
func quantityUnit(unit string, line Line) Unit {
	if unit != "" {
		return NormUnit(unit)
	}
	if len(line.Units) > 0 {
		return line.Units[0]
	}
	return ""
}
