package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/scenario"
	"github.com/roo-trade/roo/internal/workbook"
)

// qualifyOptions are the inputs of roo qualify.
type qualifyOptions struct {
	evalDeps
	Version string

	Files      []string
	Input      inputOptions
	Output     outputOptions
	FailOn     string
	ImportInto string // empty: each good's importing country
	Schedules  scheduleOptions
	Overlay    string
	// Scenario is a file of proposed rule changes evaluated instead of the
	// law in force (results marked as such, never certifiable).
	Scenario string

	// Select is --good, --status and --sort: which goods are shown, in
	// which order.
	Select selectOptions
	// Suppliers is --by and --expiring: the supplier view.
	Suppliers supplierOptions

	scenario  *scenario.Scenario // read from Scenario by qualifyRun
	selection report.Selection   // checked from Select by qualifyRun
	// supplierView is set when the run builds the supplier view (--by
	// supplier, or an XLSX report), judging certifications on viewDay with
	// the window ending on expiringBy.
	supplierView        bool
	viewDay, expiringBy time.Time
	format              string // the output's format, decided by qualifyRun
}

// qualifyFiles are the reports roo qualify writes with -o.
var qualifyFiles = outputSpec{
	files:   []fileFormat{{".xlsx", "xlsx"}, {".json", "json"}, {".jsonl", "jsonl"}, {".csv", "csv"}, {".pdf", "pdf"}},
	notFile: "roo writes .xlsx, .json, .jsonl and .csv reports and a .pdf portfolio summary",
}

func newCmdQualify(f *Factory, runF func(*qualifyOptions) error) *cobra.Command {
	opts := &qualifyOptions{evalDeps: newEvalDeps(f), Version: resolveVersion().Version}
	opts.Schedules.Embedded = f.Tariffs
	cmd := &cobra.Command{
		Use:   "qualify FILE...",
		Short: "Decide whether each good in BOM workbooks qualifies as USMCA originating",
		Long: `Evaluate every good in one or more bill-of-materials workbooks (.xlsx, or .csv
with the same columns; - reads standard input) and print, good by good, the
verdict, the regional value content under each method, the value of
non-originating materials line by line, and every assumption made.

The workbook is the canonical two-sheet layout (Goods and BOM, see
'roo template') or a flat one-sheet ERP export in which every BOM row repeats
its good's columns. Headers are matched in English, Spanish and French,
ignoring case and accents; map any other header with --map.

EXIT STATUS
  0  every good was evaluated
  1  some input could not be evaluated (the rest is still reported)
  2  usage error
  3  the --fail-on condition was met
See 'roo help exit-codes'.

OVERLAYS
--overlay FILE adds dated duties of other authorities (Section 232, 301, …):
a CSV with columns hts_prefix, countries, spares (none, usmca-qualifying,
all), base (customs-value, non-us-content, steel-content, aluminum-content,
copper-content), rate, from, to, label, source. Each layer that applies on
the as-of date is its own line of the exposure; the total is MFN plus the
layers. Verify every rate before relying on it; testdata/overlays/ in the
source has a documented example.

SCENARIOS
--scenario FILE evaluates proposed rule changes instead of the law in force:
a CSV with columns change (rvc-set: the RVC threshold becomes value percent;
rvc-raise: it rises by value points; us-content-floor: at least value percent
US content), hts_prefix (87, 8704 …), value, from (the day it would take
effect: goods evaluated as of an earlier day, see --as-of, are unaffected)
and label. Every result is marked as a scenario, never certifiable, and the
summary lists the goods that flip and the duty then at stake; compare with
the law in force with roo diff.`,
		Example: `  $ roo qualify bom.xlsx
  $ roo qualify bom.xlsx --overlay duties.csv --scenario review-2026.csv --as-of 2027-07-01
  $ roo qualify plant-*.xlsx --format json -o results.json
  $ roo qualify plant-*.xlsx -o summary.pdf   # one page for a manager
  $ roo qualify plant-*.xlsx --status does-not-qualify,needs-review --sort duty
  $ roo qualify bom.xlsx --good mot-7k5 --good pump-22
  $ roo qualify plant-*.xlsx --by supplier --expiring 90d
  $ roo qualify export.csv --map 'HTS code=Tariff No' --map 'Good ID=Item'
  $ erp-export | roo qualify - --fail-on not-qualified`,
		Args: minArgs(1, "at least one workbook (FILE.xlsx, FILE.csv, or - for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			opts.Output.FormatSet = cmd.Flags().Changed("format")
			opts.Suppliers.ExpiringSet = cmd.Flags().Changed("expiring")
			if runF != nil {
				return runF(opts)
			}
			return qualifyRun(cmd.Context(), opts)
		},
	}
	fs := cmd.Flags()
	addFormatFlag(cmd, &opts.Output, report.ResultFormats, nil)
	addOutputFlag(cmd, &opts.Output, qualifyFiles)
	addInputFlags(fs, &opts.Input)
	addFailOnFlag(cmd, &opts.FailOn)
	addSelectFlags(cmd, &opts.Select)
	addSupplierFlags(cmd, &opts.Suppliers)
	addImportIntoFlag(cmd, &opts.ImportInto)
	addScheduleFlags(fs, &opts.Schedules)
	fs.StringVar(&opts.Overlay, "overlay", "", "add the dated duties of an overlay CSV `FILE` (hts_prefix,countries,spares,base,rate,from,to,label,source) to the exposure")
	fs.StringVar(&opts.Scenario, "scenario", "", "evaluate the proposed rule changes of a scenario CSV `FILE` (change,hts_prefix,value,from,label) instead of the law in force; results are marked and never certifiable")
	return cmd
}

func qualifyRun(ctx context.Context, opts *qualifyOptions) error {
	if err := opts.withConfig(&opts.Input, &opts.Schedules, &opts.Overlay, &opts.ImportInto); err != nil {
		return err
	}
	colMap, err := opts.Input.columns()
	if err != nil {
		return err
	}
	if err := checkStdinOnce(opts.Files); err != nil {
		return err
	}
	var dups []workbook.Problem
	opts.Files, dups = workbook.Unique(opts.Files)
	for _, p := range dups {
		printProblem(opts.IO, opts.Global.Quiet, p)
	}
	asOf, err := opts.Input.asOf()
	if err != nil {
		return err
	}
	format, err := opts.Output.format(qualifyFiles)
	if err != nil {
		return err
	}
	opts.format = format
	overlays, err := loadOverlays(opts.Overlay)
	if err != nil {
		return err
	}
	if opts.scenario, err = loadScenario(opts.Scenario); err != nil {
		return err
	}
	if opts.selection, err = opts.Select.selection(); err != nil {
		return err
	}
	if err := opts.Schedules.checkGiven(); err != nil {
		return err
	}
	if err := opts.checkSupplierView(format, asOf); err != nil {
		return err
	}
	pricer := newPricer(&opts.Schedules, overlays, opts.ImportInto)
	inputs := append(append([]string{opts.Overlay, opts.Scenario}, opts.Files...), opts.Schedules.files()...)
	return writeOut(opts.IO, opts.Global.Quiet, opts.Output.Output, inputs, func(out io.Writer) error {
		ro := report.ResultOptions{RooVersion: opts.Version, Created: report.DocumentTime(asOf, opts.Now()), Color: opts.IO.ColorEnabled(), SingleFile: len(opts.Files) == 1}
		w := report.NewResultWriter(out, format, ro)
		if opts.Suppliers.bySupplier() {
			w = report.NewSupplierWriter(out, format, ro, w)
		}
		var sw *report.SelectingWriter
		if opts.selection.Active() {
			sw = report.NewSelectingWriter(w, opts.selection)
			w = sw
		}
		err := evaluateFiles(ctx, opts, colMap, asOf, pricer, w)
		if sw != nil && format == "csv" && !opts.Global.Quiet && !errors.Is(err, report.ErrUnknownGood) {
			// CSV has no summary row: say on stderr what was left out.
			fmt.Fprintf(opts.IO.ErrOut, "roo: %d %s shown (%s)\n", sw.Shown(), pl(sw.Shown(), "good", "goods"), opts.selection.Describe())
		}
		if errors.Is(err, report.ErrUnknownGood) {
			return flagHintf("good IDs are matched without case; the results list every good ID", "%w", err)
		}
		return err
	})
}

// displayName is how a file is named in results: its path, or <stdin>.
func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

func pl(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func checkStdinOnce(files []string) error {
	n := 0
	for _, f := range files {
		if f == "-" {
			n++
		}
	}
	if n > 1 {
		return flagErrorf("standard input (-) can be read only once")
	}
	return nil
}

// printError prints an error that stopped a whole file, with its hint.
func printError(ios *iostreams.IOStreams, err error) {
	fmt.Fprintf(ios.ErrOut, "roo: error: %s\n", err)
	var h hinter
	if errors.As(err, &h) && h.Hint() != "" {
		fmt.Fprintf(ios.ErrOut, "roo: hint: %s\n", h.Hint())
	}
}

// printProblem prints a file-level problem; warnings are quiet with --quiet.
func printProblem(ios *iostreams.IOStreams, quiet bool, p workbook.Problem) {
	if p.Severity == workbook.SevWarning && quiet {
		return
	}
	fmt.Fprintf(ios.ErrOut, "roo: %s: %s\n", p.Severity, report.TerminalText(p.Error()))
	if p.Hint != "" {
		fmt.Fprintf(ios.ErrOut, "roo: hint: %s\n", report.TerminalText(p.Hint))
	}
}
