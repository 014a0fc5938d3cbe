package cmd

import (
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/tariffs"
)

// exposurePricer prices each good's result against the schedule of the
// country it is imported into (SPEC §4), loading each schedule once.
type exposurePricer struct {
	mu        sync.Mutex // workers price goods concurrently
	schedules scheduleOptions
	overlays  []tariffs.Overlay
	// importInto, when set, overrides each good's importing country.
	importInto string
	loaded     map[string]*tariffs.Schedule
	failed     map[string]error
}

// loadOverlays reads the --overlay file.
func loadOverlays(path string) ([]tariffs.Overlay, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, withHint(fmt.Errorf("cannot read --overlay: %w", err), "give the path of your overlay CSV file")
	}
	defer f.Close()
	ov, err := tariffs.ReadOverlays(f, path)
	if err != nil {
		return nil, withHint(err, "the overlay file is a CSV with columns hts_prefix, countries, applies_to, rate, from, to, label; see 'roo qualify --help'")
	}
	return ov, nil
}

func (p *exposurePricer) schedule(country string) (*tariffs.Schedule, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if s, ok := p.loaded[country]; ok {
		return s, nil
	}
	if err, ok := p.failed[country]; ok {
		return nil, err
	}
	s, err := p.schedules.load(country)
	if p.loaded == nil {
		p.loaded, p.failed = map[string]*tariffs.Schedule{}, map[string]error{}
	}
	if err != nil {
		p.failed[country] = err
		return nil, err
	}
	p.loaded[country] = s
	return s, nil
}

// price computes the exposure of a result, or says why it cannot.
func (p *exposurePricer) price(res origin.Result) (*report.Exposure, *tariffs.Exposure) {
	g := res.Good
	var status tariffs.Status
	switch res.Status {
	case origin.Qualifies:
		status = tariffs.Qualifies
	case origin.DoesNotQualify:
		status = tariffs.DoesNotQualify
	case origin.NeedsReview:
		status = tariffs.NeedsReview
	default:
		return nil, nil
	}
	country := g.ImportingCountry
	if p.importInto != "" {
		country = p.importInto
	}
	sched, err := p.schedule(country)
	if err != nil {
		msg := err.Error()
		var he *HintError
		if errors.As(err, &he) && len(he.Hints) > 0 {
			msg += "; " + he.Hints[0]
		}
		return report.Unpriced(msg), nil
	}
	line, err := sched.Line(g.HTS)
	if err != nil {
		return report.Unpriced(fmt.Sprintf("%s: give the good's full tariff item (8 or 10 digits) to price its duty", err)), nil
	}
	if cur := sched.Header.Currency; g.Currency != "" && g.Currency != cur {
		return report.Unpriced(fmt.Sprintf("the good's amounts are in %s but %s duties are in %s: give the customs value in %s to price the duty", g.Currency, sched.Header.Name(), cur, cur)), nil
	}
	value := g.CustomsValue
	if !value.Valid {
		value = g.TransactionValue
	}
	if !value.Valid {
		return report.Unpriced("no customs value or transaction value given: the duty cannot be priced"), nil
	}
	tg := tariffs.Good{ID: g.ID, Line: line, Status: status, CustomsValue: value.Decimal,
		AnnualVolume: g.AnnualVolume, Producer: g.ProducerCountry, Date: res.AsOf}
	if g.Quantity.Valid {
		tg.Quantities = []tariffs.Quantity{{Value: g.Quantity.Decimal, Unit: quantityUnit(g.Unit, line)}}
	}
	e := tariffs.Assess(tg, p.overlays)
	return report.FromExposure(e), &e
}

// quantityUnit is the good's unit, or the line's first unit when the
// workbook gives a quantity without one.
func quantityUnit(unit string, line tariffs.Line) tariffs.Unit {
	if unit != "" {
		return tariffs.NormUnit(unit)
	}
	if len(line.Units) > 0 {
		return line.Units[0]
	}
	return ""
}
