package cmd

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/spf13/pflag"

	"github.com/roo-trade/roo/internal/config"
	"github.com/roo-trade/roo/tariffs"
)

// scheduleOptions choose the tariff schedules a command prices duty with.
// roo tariff and roo qualify share them: register with addScheduleFlags and
// call load with the importing country.
type scheduleOptions struct {
	// HTS is a USITC export (CSV, JSON, or a directory of chapter JSON
	// files) that replaces the embedded US schedule.
	HTS string
	// Partner maps CA and MX to a user schedule file in roo's CSV layout.
	Partner map[string]string
	// Embedded loads the embedded US schedule (Factory.Tariffs).
	Embedded func() (*tariffs.Schedule, error)
	// given holds the schedules read from the files given, by country
	// (checkGiven), so that each is read once.
	given map[string]*tariffs.Schedule
}

// checkGiven reads every schedule file given (--hts, each --schedule, or
// the configuration's) before any good is evaluated: a file the analyst
// named that cannot be read is an error of the run, never a duty left
// unpriced good by good under a run that exits 0.
func (o *scheduleOptions) checkGiven() error {
	countries := []string{}
	if o.HTS != "" {
		countries = append(countries, "US")
	}
	for cc := range o.Partner {
		countries = append(countries, cc)
	}
	sort.Strings(countries)
	for _, cc := range countries {
		s, err := o.load(cc)
		if err != nil {
			return err
		}
		if o.given == nil {
			o.given = map[string]*tariffs.Schedule{}
		}
		o.given[cc] = s
	}
	return nil
}

// files are the schedule files given, which -o must not replace.
func (o *scheduleOptions) files() []string {
	out := []string{o.HTS}
	for _, p := range o.Partner {
		out = append(out, p)
	}
	return out
}

// addScheduleFlags registers --hts and --schedule.
func addScheduleFlags(fs *pflag.FlagSet, o *scheduleOptions) {
	fs.StringVar(&o.HTS, "hts", "", "price US duty with a USITC HTS export `FILE` (CSV or JSON, as downloaded from the USITC) instead of the embedded schedule")
	fs.StringToStringVar(&o.Partner, "schedule", nil, "load Canada's or Mexico's schedule from a CSV file: `CC=FILE` (CA=ca.csv, MX=mx.csv); see roo tariff --help for the layout")
}

// load returns the schedule of the importing country: for US the --hts
// file or else the embedded HTS; for CA and MX the --schedule file, which
// must be given since roo ships neither.
func (o *scheduleOptions) load(country string) (*tariffs.Schedule, error) {
	if s, ok := o.given[country]; ok {
		return s, nil
	}
	for cc := range o.Partner {
		if _, ok := tariffs.PartnerCurrencies[cc]; !ok {
			return nil, flagErrorf("--schedule %s=…: only CA and MX schedules can be loaded this way (use --hts for the US)", cc)
		}
	}
	switch country {
	case "", "US":
		if o.HTS == "" {
			return o.Embedded()
		}
		abs, err := filepath.Abs(o.HTS)
		if err != nil {
			return nil, err
		}
		s, err := tariffs.LoadUSITC(os.DirFS(filepath.Dir(abs)), filepath.Base(abs))
		if err != nil {
			return nil, withHint(fmt.Errorf("reading --hts %s: %w", o.HTS, err),
				"--hts takes a USITC HTS export: the CSV (\"Export to CSV\") or JSON (\"Export to JSON\") file, or a directory of per-chapter JSON files")
		}
		return s, nil
	default:
		file, ok := o.Partner[country]
		if !ok {
			name := map[string]string{"CA": "Canada", "MX": "Mexico"}[country]
			return nil, withHint(fmt.Errorf("%s's tariff schedule is missing: roo ships only the US schedule", name),
				fmt.Sprintf("supply it with --schedule %s=FILE, a CSV whose header names code, mfn and usmca (and optionally description, unit); see 'roo tariff --help'", country))
		}
		f, err := os.Open(file)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		s, err := tariffs.ReadPartnerCSV(f, country, filepath.Base(file))
		if err != nil {
			return nil, withHint(fmt.Errorf("reading --schedule %s=%s: %w", country, file, err),
				"the schedule is a CSV whose header names code, mfn and usmca (and optionally description, unit); see 'roo tariff --help'")
		}
		return s, nil
	}
}

// withConfig fills what the flags left unset from the configuration:
// --hts, and each country's --schedule not given.
func (o *scheduleOptions) withConfig(c *config.Config) {
	if o.HTS == "" {
		o.HTS = c.HTS
	}
	for cc, file := range c.Schedules {
		if _, given := o.Partner[cc]; given {
			continue
		}
		if o.Partner == nil {
			o.Partner = map[string]string{}
		}
		o.Partner[cc] = file
	}
}
