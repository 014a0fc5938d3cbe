package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/atomicfile"
	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
)

// qualifyOptions are the inputs of roo qualify.
type qualifyOptions struct {
	f         *Factory
	Files     []string
	Maps      []string
	Schedules scheduleOptions
	Overlay   string
	// ImportIntoSet is true when --import-into was given: it then
	// overrides each good's importing country.
	ImportIntoSet bool
}

func newCmdQualify(f *Factory, runF func(*qualifyOptions) error) *cobra.Command {
	opts := &qualifyOptions{f: f}
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
See 'roo help exit-codes'.`,
		Example: `  $ roo qualify bom.xlsx
  $ roo qualify plant-*.xlsx --format json -o results.json
  $ roo qualify export.csv --map 'HTS code=Tariff No' --map 'Good ID=Item'
  $ erp-export | roo qualify - --fail-on not-qualified`,
		Args: minArgs(1, "at least one workbook (FILE.xlsx, FILE.csv, or - for standard input)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			opts.ImportIntoSet = cmd.Flags().Changed("import-into")
			if runF != nil {
				return runF(opts)
			}
			return qualifyRun(cmd.Context(), opts)
		},
	}
	cmd.Flags().StringArrayVar(&opts.Maps, "map", nil, "map a roo column to your header: `'Canonical=Their header'` (repeatable)")
	addScheduleFlags(cmd.Flags(), &opts.Schedules)
	cmd.Flags().StringVar(&opts.Overlay, "overlay", "", "add the dated duties of an overlay CSV `FILE` (hts_prefix,countries,applies_to,rate,from,to,label) to the exposure")
	return cmd
}

func qualifyRun(ctx context.Context, opts *qualifyOptions) error {
	f := opts.f
	g := f.Global
	colMap, err := workbook.ParseMap(opts.Maps)
	if err != nil {
		return &FlagError{err: err}
	}
	if err := checkStdinOnce(opts.Files); err != nil {
		return err
	}
	asOf, err := g.parseAsOf()
	if err != nil {
		return err
	}
	switch g.Format {
	case "table", "json", "jsonl", "csv":
	default:
		return flagErrorf("roo qualify cannot print --format %s: use table, json, jsonl or csv", g.Format)
	}
	if g.Output != "" {
		if err := atomicfile.CheckNotInput(g.Output, opts.Files); err != nil {
			return err
		}
		switch ext := strings.ToLower(filepath.Ext(g.Output)); ext {
		case ".json", ".jsonl", ".csv", ".xlsx":
		default:
			return flagErrorf("-o %s: roo writes .xlsx, .json, .jsonl and .csv reports, not %q", g.Output, ext)
		}
	}

	overlays, err := loadOverlays(opts.Overlay)
	if err != nil {
		return err
	}
	importInto := ""
	if opts.ImportIntoSet {
		importInto = g.ImportInto
	}
	pricer := newPricer(&opts.Schedules, overlays, importInto)
	run := func(out io.Writer) error {
		w := newResultWriter(f, out)
		return evaluateFiles(ctx, opts, colMap, asOf, pricer, w)
	}
	if g.Output != "" {
		var runErr error // errPartial or errFailOn: the report is complete, keep it
		if err := atomicfile.Write(g.Output, func(w io.Writer) error {
			err := run(w)
			if errors.Is(err, errPartial) || errors.Is(err, errFailOn) {
				runErr = err
				return nil
			}
			return err
		}); err != nil {
			return err
		}
		if !g.Quiet {
			fmt.Fprintf(f.IO.ErrOut, "roo: wrote %s\n", g.Output)
		}
		return runErr
	}
	return run(f.IO.Out)
}

// newResultWriter picks the writer for the output format: by -o's extension
// when writing a file, else by --format.
func newResultWriter(f *Factory, out io.Writer) report.ResultWriter {
	format := f.Global.Format
	if o := f.Global.Output; o != "" {
		format = strings.TrimPrefix(strings.ToLower(filepath.Ext(o)), ".")
	}
	return report.NewResultWriter(out, format, report.ResultOptions{RooVersion: resolveVersion().Version, Created: f.Now(), Color: f.IO.ColorEnabled()})
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

// failOnMet reports whether a status meets the --fail-on condition.
func failOnMet(failOn string, st origin.Status) bool {
	switch failOn {
	case "not-qualified":
		return st == origin.DoesNotQualify
	case "needs-review":
		return st == origin.DoesNotQualify || st == origin.NeedsReview
	}
	return false
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
func printError(f *Factory, err error) {
	fmt.Fprintf(f.IO.ErrOut, "roo: error: %s\n", err)
	var h hinter
	if errors.As(err, &h) && h.Hint() != "" {
		fmt.Fprintf(f.IO.ErrOut, "roo: hint: %s\n", h.Hint())
	}
}

// printProblem prints a file-level problem; warnings are quiet with --quiet.
func printProblem(f *Factory, p workbook.Problem) {
	if p.Severity == workbook.SevWarning && f.Global.Quiet {
		return
	}
	fmt.Fprintf(f.IO.ErrOut, "roo: %s: %s\n", p.Severity, p.Error())
	if p.Hint != "" {
		fmt.Fprintf(f.IO.ErrOut, "roo: hint: %s\n", p.Hint)
	}
}
