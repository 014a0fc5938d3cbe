package cmd

import (
	"io"
	"regexp"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/tariffs"
)

// tariffOptions holds what `roo tariff` needs.
type tariffOptions struct {
	IO         *iostreams.IOStreams
	Global     *GlobalOptions
	Output     outputOptions
	ImportInto string
	Schedules  scheduleOptions

	Code     string
	Value    string
	Qty      []string
	Coverage bool
}

func newCmdTariff(f *Factory, runF func(*tariffOptions) error) *cobra.Command {
	opts := &tariffOptions{IO: f.IO, Global: f.Global}
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
  $ roo tariff --coverage
  $ roo tariff search electric motor`,
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.Coverage {
				return noArgs(cmd, args)
			}
			return exactArgs(1, "one HS/HTS code")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Output.FormatSet = cmd.Flags().Changed("format")
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
	addFormatFlag(cmd, &opts.Output, report.TariffFormats, nil)
	addOutputFlag(cmd, &opts.Output, tariffFiles)
	enumFlag(cmd, fs, &opts.ImportInto, "import-into", "", "US", importCountries, "importing country whose tariff schedule is shown", nil)
	addScheduleFlags(fs, &opts.Schedules)
	cmd.AddCommand(newCmdTariffSearch(f, nil))
	return cmd
}

// reQty splits a --qty value into number and unit.
var reQty = regexp.MustCompile(`^\s*([0-9]+(?:\.[0-9]+)?)\s*(.*?)\s*$`)

// tariffRun is the behaviour of roo tariff; it never touches cobra.
func tariffRun(opts *tariffOptions) error {
	format, err := opts.Output.format(tariffFiles)
	if err != nil {
		return err
	}
	sched, err := opts.Schedules.load(opts.ImportInto)
	if err != nil {
		return err
	}
	if opts.Coverage {
		return opts.write(func(w io.Writer) error { return report.PrintTariffCoverage(w, sched, format) })
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
	rep := report.NewTariff(line, sched.Header, value, qtys)
	return opts.write(func(w io.Writer) error { return rep.Print(w, format) })
}

// write writes to -o's file, else to stdout; the schedule files are inputs.
func (opts *tariffOptions) write(print func(io.Writer) error) error {
	var inputs []string
	if opts.Schedules.HTS != "" {
		inputs = append(inputs, opts.Schedules.HTS)
	}
	for _, f := range opts.Schedules.Partner {
		inputs = append(inputs, f)
	}
	return writeOut(opts.IO, opts.Global.Quiet, opts.Output.Output, inputs, print)
}

// tariffFiles are the files roo tariff writes with -o.
var tariffFiles = outputSpec{
	files:   []fileFormat{{".txt", "table"}, {".json", "json"}, {".jsonl", "jsonl"}, {".csv", "csv"}},
	notFile: "roo tariff writes .txt, .json, .jsonl and .csv files",
}
