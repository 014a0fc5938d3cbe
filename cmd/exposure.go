package cmd

import (
	"errors"
	"fmt"
	"os"

	"github.com/roo-trade/roo/tariffs"
)

// newPricer prices exposure with the schedules of the schedule flags and the
// overlays given; importInto, when set, overrides each good's importing
// country.
func newPricer(schedules *scheduleOptions, overlays []tariffs.Overlay, importInto string) *tariffs.Pricer {
	return tariffs.NewPricer(tariffs.PricerOptions{Schedule: schedules.loadForPricing, ImportInto: importInto, Overlays: overlays})
}

// loadForPricing loads a schedule for the pricer: a failure becomes the
// reason a good is not priced, so its first hint is part of the message.
func (o *scheduleOptions) loadForPricing(country string) (*tariffs.Schedule, error) {
	s, err := o.load(country)
	var he *HintError
	if errors.As(err, &he) && len(he.Hints) > 0 {
		return nil, fmt.Errorf("%s; %s", err, he.Hints[0])
	}
	return s, err
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
		return nil, withHint(err, "the overlay file is a CSV with columns hts_prefix, countries, spares, base, rate, from, to, label, source; see 'roo qualify --help'")
	}
	return ov, nil
}
