package cmd

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/tariffs"
	"github.com/shopspring/decimal"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// tariffSchemaVersion is the schema_version of `roo tariff --format json`.
const tariffSchemaVersion = 1

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
		return tariffs.ReadPartnerCSV(f, country, filepath.Base(file))
	}
}

// tariffOptions holds what `roo tariff` needs.
type tariffOptions struct {
	IO         *iostreams.IOStreams
	Format     string
	ImportInto string
	Schedules  scheduleOptions

	Code     string
	Value    string
	Qty      []string
	Coverage bool
}

func newCmdTariff(f *Factory, runF func(*tariffOptions) error) *cobra.Command {
	opts := &tariffOptions{IO: f.IO}
	opts.Schedules.Embedded = f.Tariffs
	cmd := &cobra.Command{
		Use:   "tariff CODE [--value V] [--qty Q[UNIT]]...",
		Short: "Show a tariff line: MFN, USMCA and column 2 rates, units, and the duty in money",
		Long: `Show the line of the importing country's tariff schedule for an 8- or
10-digit code: its description, the general (MFN) rate, the USMCA rate
(program S or S+ of the Special column), the column 2 rate and the units
of quantity. A statistical (10-digit) line inherits its tariff item's rates.
A 6-digit code lists the tariff items under it.

With --value (the customs value, in the schedule's currency: USD for the
US) and --qty (the quantity, for specific rates), roo computes the duty at
each rate. A quantity without a unit is in the line's first unit; write
--qty 12kg or --qty "3 No." otherwise, once per unit a rate needs. A
specific rate without its quantity is reported as incomplete; the ad
valorem part is still computed. Duty is exact, and rounded half away from
zero to cents once per figure shown.

Rates that are text ("The rate applicable to …", "See 9823.07.01-…") are
shown and flagged, never priced. --coverage reports how every rate text of
the schedule parsed.

Schedules: the US HTS is embedded (its revision is shown); --hts FILE loads
a newer USITC export instead. Canada's and Mexico's schedules are not
shipped: with --import-into CA or MX, give one with --schedule CA=FILE, a
CSV file whose header names these columns (in any order):
  code         tariff item, 8 or 10 digits (dots optional)      required
  mfn          MFN rate: Free, 6.5%, 2.5¢/kg, $1.20/kg + 5%     required
  usmca        rate for USMCA-originating goods (Free, …)       required
  description  text                                             optional
  unit         unit of quantity (kg, No., liters, …)            optional
Specific amounts are in that country's currency (CAD, MXN). Lines starting
with # are comments.

Exit status: 0 shown; 1 the code is not in the schedule or a file could not
be read; 2 usage.`,
		Example: `  $ roo tariff 8501.10.40 --value 120
  $ roo tariff 0402.99.90 --value 100 --qty 10kg --format json
  $ roo tariff 8708.29
  $ roo tariff 8708.29.51 --hts hts-2026-revision-1.csv
  $ roo tariff 8708.29.00 --import-into CA --schedule CA=ca-tariff.csv
  $ roo tariff --coverage`,
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.Coverage {
				return noArgs(cmd, args)
			}
			return exactArgs(1, "one HS/HTS code")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Format, opts.ImportInto = f.Global.Format, f.Global.ImportInto
			if len(args) == 1 {
				opts.Code = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return tariffRun(opts)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.Value, "value", "", "customs value `V` of the goods, in the schedule's currency (USD for the US)")
	fs.StringArrayVar(&opts.Qty, "qty", nil, "quantity `Q[UNIT]` for specific rates (12, 12kg, \"3 No.\"); repeat for several units")
	fs.BoolVar(&opts.Coverage, "coverage", false, "report how every rate text of the schedule parsed")
	addScheduleFlags(fs, &opts.Schedules)
	return cmd
}

// reQty splits a --qty value into number and unit.
var reQty = regexp.MustCompile(`^\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)\s*$`)

// tariffRun is the behaviour of roo tariff; it never touches cobra.
func tariffRun(opts *tariffOptions) error {
	sched, err := opts.Schedules.load(opts.ImportInto)
	if err != nil {
		return err
	}
	if opts.Coverage {
		return writeCoverage(opts, sched)
	}
	code, err := hs.Parse(opts.Code, 2, 10)
	if err != nil {
		return flagErrorf("%v", err)
	}
	var value *decimal.Decimal
	if opts.Value != "" {
		v, err := decimal.NewFromString(strings.ReplaceAll(opts.Value, ",", ""))
		if err != nil || v.IsNegative() {
			return flagErrorf("invalid --value %q: want a non-negative amount such as 1250.00", opts.Value)
		}
		value = &v
	}
	line, err := sched.Line(code)
	if err != nil {
		return err
	}
	var qtys []tariffs.Quantity
	for _, s := range opts.Qty {
		m := reQty.FindStringSubmatch(s)
		if m == nil {
			return flagErrorf("invalid --qty %q: want a quantity with an optional unit, such as 12, 12kg or \"3 No.\"", s)
		}
		u := tariffs.NormUnit(m[2])
		if m[2] == "" {
			if len(line.Units) == 0 {
				return flagErrorf("--qty %s has no unit and %s has no unit of quantity: write the unit, e.g. --qty %skg", s, line.Code, m[1])
			}
			u = line.Units[0]
		}
		qtys = append(qtys, tariffs.Quantity{Value: decimal.RequireFromString(m[1]), Unit: u})
	}
	if value == nil && len(qtys) > 0 {
		return flagErrorf("--qty needs --value: duty is computed on the customs value and the quantity")
	}
	rep := buildTariffReport(line, sched.Header, value, qtys)
	switch opts.Format {
	case "json", "jsonl":
		return writeJSON(opts.IO.Out, rep, opts.Format == "json")
	case "csv":
		return writeTariffCSV(opts.IO.Out, rep)
	default:
		return writeTariffTable(opts.IO.Out, rep)
	}
}

// tariffReport is the JSON form of roo tariff's output. Field order is
// stable; decimals are strings; absent values are null, never omitted.
type tariffReport struct {
	SchemaVersion int                `json:"schema_version"`
	Schedule      scheduleJSON       `json:"schedule"`
	Code          string             `json:"code"`
	Item          string             `json:"item"`
	Description   string             `json:"description"`
	Path          []string           `json:"path"`
	Units         []string           `json:"units"`
	Footnotes     string             `json:"footnotes"`
	CustomsValue  *string            `json:"customs_value"`
	Quantities    []quantityJSON     `json:"quantities"`
	Rates         []rateJSON         `json:"rates"`
	Statistical   []statLineJSON     `json:"statistical_lines"`
	Notes         []string           `json:"notes"`
	line          tariffs.Line       `json:"-"`
	duties        []*tariffs.Duty    `json:"-"`
	errs          []error            `json:"-"`
	header        tariffs.Header     `json:"-"`
	qtys          []tariffs.Quantity `json:"-"`
}

type scheduleJSON struct {
	Country  string `json:"country"`
	Revision string `json:"revision"`
	Source   string `json:"source"`
	Currency string `json:"currency"`
}

type quantityJSON struct {
	Value string `json:"value"`
	Unit  string `json:"unit"`
}

type rateJSON struct {
	Column    string     `json:"column"`
	Program   string     `json:"program"`
	Text      string     `json:"text"`
	Kind      string     `json:"kind"`
	TextClass string     `json:"text_class"`
	Terms     []termJSON `json:"terms"`
	Duty      *dutyJSON  `json:"duty"`
}

type termJSON struct {
	Text    string  `json:"text"`
	Percent *string `json:"percent"`
	Amount  *string `json:"amount"`
	Unit    string  `json:"unit"`
	Basis   string  `json:"basis"`
}

type dutyJSON struct {
	Amount   *string  `json:"amount"` // null for a text rate
	Exact    *string  `json:"exact"`
	Complete bool     `json:"complete"`
	Missing  []string `json:"missing"`
	Error    string   `json:"error"`
}

type statLineJSON struct {
	Code        string   `json:"code"`
	Description string   `json:"description"`
	Units       []string `json:"units"`
}

// columnTitle is how the table names a column.
func columnTitle(col tariffs.Column, program string, country string) string {
	switch col {
	case tariffs.ColGeneral:
		return "General (MFN)"
	case tariffs.ColUSMCA:
		if program != "" && country == "US" {
			return "USMCA (" + program + ")"
		}
		return "USMCA"
	}
	return "Column 2"
}

func buildTariffReport(l tariffs.Line, h tariffs.Header, value *decimal.Decimal, qtys []tariffs.Quantity) *tariffReport {
	rep := &tariffReport{
		SchemaVersion: tariffSchemaVersion,
		Schedule:      scheduleJSON{Country: h.Country, Revision: h.Revision, Source: h.Source, Currency: h.Currency},
		Code:          l.Code.String(),
		Item:          l.Item.String(),
		Description:   l.Description,
		Path:          nonNil(l.Path),
		Units:         unitStrings(l.Units),
		Footnotes:     l.Footnotes,
		Quantities:    []quantityJSON{},
		Rates:         []rateJSON{},
		Statistical:   []statLineJSON{},
		Notes:         []string{},
		line:          l, header: h, qtys: qtys,
	}
	if value != nil {
		s := tariffs.Money(*value).StringFixed(2)
		rep.CustomsValue = &s
	}
	for _, q := range qtys {
		rep.Quantities = append(rep.Quantities, quantityJSON{Value: q.Value.String(), Unit: string(q.Unit)})
	}
	for _, col := range tariffs.Columns {
		r, prog := l.General, ""
		switch col {
		case tariffs.ColUSMCA:
			r, prog = l.USMCA, l.USMCAProgram
		case tariffs.ColColumn2:
			r = l.Column2
		}
		if col == tariffs.ColColumn2 && h.Country != "US" {
			continue
		}
		rj := rateJSON{Column: string(col), Program: prog, Text: r.Text, Kind: r.Kind.String(), TextClass: string(r.TextClass), Terms: []termJSON{}}
		for _, t := range r.Terms {
			tj := termJSON{Text: t.Text, Unit: string(t.Unit), Basis: t.Basis}
			if t.IsAdValorem() {
				p := t.Percent.String()
				if t.PercentDen > 1 {
					p = fmt.Sprintf("%s/%d", p, t.PercentDen)
				}
				tj.Percent = &p
			} else {
				a := t.Amount.String()
				tj.Amount = &a
			}
			rj.Terms = append(rj.Terms, tj)
		}
		var d *tariffs.Duty
		var derr error
		if value != nil && r.Kind != tariffs.NoRate {
			dd, err := r.Duty(*value, qtys...)
			d, derr = &dd, err
			amount, exact := dd.Rounded().StringFixed(2), dd.Amount.String()
			dj := &dutyJSON{Amount: &amount, Exact: &exact, Complete: dd.Complete, Missing: []string{}}
			for _, td := range dd.Terms {
				if !td.Computed {
					dj.Missing = append(dj.Missing, fmt.Sprintf("%s needs %s", td.Term.Text, td.Missing))
				}
			}
			if err != nil {
				dj.Error = err.Error()
				if errors.Is(err, tariffs.ErrTextRate) {
					dj.Amount, dj.Exact = nil, nil
				}
			}
			rj.Duty = dj
		}
		rep.duties, rep.errs = append(rep.duties, d), append(rep.errs, derr)
		rep.Rates = append(rep.Rates, rj)
	}
	for _, s := range l.Statistical {
		rep.Statistical = append(rep.Statistical, statLineJSON{Code: s.Code.String(), Description: s.Description, Units: unitStrings(s.Units)})
	}
	if l.USMCAProgram == tariffs.ProgramUSMCAPlus {
		rep.Notes = append(rep.Notes, "program S+: USMCA treats Canada and Mexico differently on this line (tariff-rate quota, staging or textile preference level); check which rate applies to the producer's country")
	}
	if l.USMCA.Kind == tariffs.NoRate && !l.General.IsFree() && l.General.Kind != tariffs.NoRate {
		rep.Notes = append(rep.Notes, "the line has no USMCA rate: a qualifying good pays the general rate")
	}
	for _, r := range rep.Rates {
		if r.Kind == tariffs.Text.String() {
			rep.Notes = append(rep.Notes, fmt.Sprintf("the %s rate is text (%s): roo shows it but does not price it", r.Column, r.TextClass))
		}
	}
	return rep
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func unitStrings(us []tariffs.Unit) []string {
	out := []string{}
	for _, u := range us {
		out = append(out, string(u))
	}
	return out
}

func writeJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

func writeTariffTable(w io.Writer, rep *tariffReport) error {
	l := rep.line
	fmt.Fprintf(w, "%s  %s\n", rep.Code, rep.Description)
	for i, p := range rep.Path {
		fmt.Fprintf(w, "  %s%s\n", strings.Repeat("  ", i), p)
	}
	fmt.Fprintf(w, "\nschedule  %s\n", rep.header.Name())
	units := strings.Join(rep.Units, ", ")
	if units == "" {
		units = "—"
	}
	fmt.Fprintf(w, "units     %s\n", units)
	if rep.Code != rep.Item {
		fmt.Fprintf(w, "rates of  %s (tariff item)\n", rep.Item)
	}
	if l.Footnotes != "" {
		fmt.Fprintf(w, "notes     %s\n", l.Footnotes)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if rep.CustomsValue != nil {
		fmt.Fprintf(tw, "COLUMN\tRATE\tKIND\tDUTY (%s)\n", rep.header.Currency)
	} else {
		fmt.Fprintf(tw, "COLUMN\tRATE\tKIND\n")
	}
	for i, r := range rep.Rates {
		text := r.Text
		if text == "" {
			text = "—"
		}
		row := fmt.Sprintf("%s\t%s\t%s", columnTitle(tariffs.Column(r.Column), r.Program, rep.header.Country), text, r.Kind)
		if rep.CustomsValue != nil {
			row += "\t" + dutyCell(rep.duties[i], rep.errs[i])
		}
		fmt.Fprintln(tw, row)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if rep.CustomsValue != nil {
		var qs []string
		for _, q := range rep.qtys {
			qs = append(qs, q.String())
		}
		qty := "no quantity"
		if len(qs) > 0 {
			qty = "quantity " + strings.Join(qs, ", ")
		}
		fmt.Fprintf(w, "\non customs value %s %s, %s; rounded to cents, half away from zero\n", *rep.CustomsValue, rep.header.Currency, qty)
		for i, d := range rep.duties {
			if d == nil || rep.errs[i] == nil || errors.Is(rep.errs[i], tariffs.ErrTextRate) {
				continue
			}
			for _, td := range d.Terms {
				if !td.Computed {
					fmt.Fprintf(w, "  %s: %s needs %s\n", rep.Rates[i].Column, td.Term.Text, td.Missing)
				}
			}
		}
	}
	if len(rep.Statistical) > 0 {
		fmt.Fprintln(w, "\nstatistical lines")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, s := range rep.Statistical {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", s.Code, s.Description, strings.Join(s.Units, ", "))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(rep.Notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range rep.Notes {
			fmt.Fprintf(w, "note: %s\n", n)
		}
	}
	return nil
}

// dutyCell renders one duty for the table.
func dutyCell(d *tariffs.Duty, err error) string {
	switch {
	case d == nil:
		return "—"
	case errors.Is(err, tariffs.ErrTextRate):
		return "not priced (text rate)"
	case err != nil:
		return d.Rounded().StringFixed(2) + " + ? (incomplete)"
	}
	return d.Rounded().StringFixed(2)
}

func writeTariffCSV(w io.Writer, rep *tariffReport) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"code", "item", "column", "program", "rate", "kind", "customs_value", "duty", "complete", "revision"})
	for _, r := range rep.Rates {
		cv, duty, complete := "", "", ""
		if rep.CustomsValue != nil {
			cv = *rep.CustomsValue
		}
		if r.Duty != nil {
			complete = fmt.Sprint(r.Duty.Complete)
			if r.Duty.Amount != nil {
				duty = *r.Duty.Amount
			}
		}
		_ = cw.Write([]string{rep.Code, rep.Item, r.Column, r.Program, csvSafe(r.Text), r.Kind, cv, duty, complete, rep.Schedule.Revision})
	}
	cw.Flush()
	return cw.Error()
}

// csvSafe keeps text that starts with =, +, - or @ from becoming a formula
// when the CSV is opened in a spreadsheet.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}

// coverageJSON is the JSON form of roo tariff --coverage.
type coverageJSON struct {
	SchemaVersion int                  `json:"schema_version"`
	Schedule      scheduleJSON         `json:"schedule"`
	Columns       []coverageColumnJSON `json:"columns"`
	TextRates     []coverageTextJSON   `json:"text_rates"`
}

type coverageColumnJSON struct {
	Column   string         `json:"column"`
	Rows     map[string]int `json:"rows"`
	Distinct map[string]int `json:"distinct"`
}

type coverageTextJSON struct {
	Text    string   `json:"text"`
	Class   string   `json:"class"`
	Columns []string `json:"columns"`
	Rows    int      `json:"rows"`
}

func writeCoverage(opts *tariffOptions, s *tariffs.Schedule) error {
	cov := s.RateCoverage()
	kinds := []tariffs.Kind{tariffs.Free, tariffs.AdValorem, tariffs.Specific, tariffs.Compound, tariffs.Text}
	out := coverageJSON{SchemaVersion: tariffSchemaVersion,
		Schedule: scheduleJSON{Country: s.Country, Revision: s.Revision, Source: s.Source, Currency: s.Currency},
		Columns:  []coverageColumnJSON{}, TextRates: []coverageTextJSON{}}
	for _, col := range tariffs.Columns {
		cj := coverageColumnJSON{Column: string(col), Rows: map[string]int{}, Distinct: map[string]int{}}
		for _, k := range kinds {
			cj.Rows[k.String()], cj.Distinct[k.String()] = cov.Rows[col][k], cov.Distinct[col][k]
		}
		out.Columns = append(out.Columns, cj)
	}
	for _, u := range cov.TextRates {
		var cols []string
		for _, c := range u.Columns {
			cols = append(cols, string(c))
		}
		out.TextRates = append(out.TextRates, coverageTextJSON{Text: u.Text, Class: string(u.Class), Columns: cols, Rows: u.Rows})
	}
	if opts.Format == "json" || opts.Format == "jsonl" {
		return writeJSON(opts.IO.Out, out, opts.Format == "json")
	}
	w := opts.IO.Out
	fmt.Fprintf(w, "rate coverage of the %s\n\n", s.Name())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "column\tfree\tad valorem\tspecific\tcompound\tparsed\ttext\t\n")
	for _, col := range tariffs.Columns {
		r := cov.Rows[col]
		parsed := r[tariffs.Free] + r[tariffs.AdValorem] + r[tariffs.Specific] + r[tariffs.Compound]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t\n", col, r[tariffs.Free], r[tariffs.AdValorem], r[tariffs.Specific], r[tariffs.Compound], parsed, r[tariffs.Text])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	byClass := map[string][2]int{}
	for _, u := range cov.TextRates {
		c := byClass[string(u.Class)]
		byClass[string(u.Class)] = [2]int{c[0] + 1, c[1] + u.Rows}
	}
	classes := make([]string, 0, len(byClass))
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	fmt.Fprintf(w, "\n%d distinct text rates, kept verbatim and not priced:\n", len(cov.TextRates))
	for _, c := range classes {
		fmt.Fprintf(w, "  %-27s %3d distinct, %5d rows\n", c, byClass[c][0], byClass[c][1])
	}
	fmt.Fprintln(w, "\n(counts are rows of the schedule; --format json lists every text rate)")
	return nil
}
