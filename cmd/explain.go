package cmd

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
)

// explainOptions are the inputs of roo explain.
type explainOptions struct {
	evalDeps

	File       string
	GoodID     string
	Input      inputOptions
	Output     outputOptions
	ImportInto string // empty: the good's importing country
	Schedules  scheduleOptions
	Overlay    string
	Scenario   string
}

// explainFiles are the files roo explain writes with -o.
var explainFiles = outputSpec{
	files:   []fileFormat{{".txt", "table"}, {".json", "json"}},
	notFile: "roo explain writes .txt and .json files",
}

func newCmdExplain(f *Factory, runF func(*explainOptions) error) *cobra.Command {
	opts := &explainOptions{evalDeps: newEvalDeps(f)}
	opts.Schedules.Embedded = f.Tariffs
	cmd := &cobra.Command{
		Use:   "explain FILE --good ID",
		Short: "Show the full legal path of one good's determination",
		Long: `Explain one good of a workbook step by step, with the arithmetic shown: its
materials and how each enters the value of non-originating materials, the
regional value content by each method, then the origin criteria in the order
the law applies them — the product-specific rule with its citation and text,
each branch with what it requires, each material's tariff-shift outcome, de
minimis and the RVC — what would change the answer, the duty at stake, and
every assumption. It is meant to be pasted into an audit file.

--format json prints the same determination as roo qualify's JSON for the good.`,
		Example: `  $ roo explain bom.xlsx --good BRK-CAL-200
  $ roo explain bom.xlsx --good BRK-CAL-200 --format json`,
		Args: exactArgs(1, "one workbook"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			opts.Output.FormatSet = cmd.Flags().Changed("format")
			if runF != nil {
				return runF(opts)
			}
			return explainRun(opts)
		},
	}
	fs := cmd.Flags()
	fs.StringVar(&opts.GoodID, "good", "", "the `ID` of the good to explain")
	addFormatFlag(cmd, &opts.Output, report.ExplainFormats, func(v string) string {
		return fmt.Sprintf("roo explain prints --format table or json, not %s", v)
	})
	addOutputFlag(cmd, &opts.Output, explainFiles)
	addInputFlags(fs, &opts.Input)
	addImportIntoFlag(cmd, &opts.ImportInto)
	addScheduleFlags(fs, &opts.Schedules)
	fs.StringVar(&opts.Overlay, "overlay", "", "add the dated duties of an overlay CSV `FILE` to the duty at stake, layer by layer (see 'roo qualify --help')")
	fs.StringVar(&opts.Scenario, "scenario", "", "explain the good under the proposed rule changes of a scenario CSV `FILE` (see 'roo qualify --help'); never certifiable")
	return cmd
}

// errFound stops reading a workbook once the good is found.
var errFound = errors.New("found")

func explainRun(opts *explainOptions) error {
	if err := opts.withConfig(&opts.Input, &opts.Schedules, &opts.Overlay, &opts.ImportInto); err != nil {
		return err
	}
	if opts.GoodID == "" {
		return flagErrorf("roo explain needs --good ID: the good to explain")
	}
	format, err := opts.Output.format(explainFiles)
	if err != nil {
		return err
	}
	colMap, err := opts.Input.columns()
	if err != nil {
		return err
	}
	asOf, err := opts.Input.asOf()
	if err != nil {
		return err
	}
	overlays, err := loadOverlays(opts.Overlay)
	if err != nil {
		return err
	}
	sc, err := loadScenario(opts.Scenario)
	if err != nil {
		return err
	}
	base, err := opts.Rules()
	if err != nil {
		return fmt.Errorf("the embedded rule base cannot be read: %w", err)
	}
	var found *workbook.GoodInput
	var seen []string
	_, err = workbook.Stream(opts.File, opts.IO.In, workbook.Options{Map: colMap, KnownFacts: workbook.KnownFacts(base)}, func(gi *workbook.GoodInput) error {
		if gi.Good.ID == opts.GoodID {
			found = gi
			return errFound
		}
		if len(seen) < 10 {
			seen = append(seen, gi.Good.ID)
		}
		return nil
	})
	if err != nil && !errors.Is(err, errFound) {
		return err
	}
	if found == nil {
		hint := "the workbook has no goods"
		if len(seen) > 0 {
			hint = "goods in the workbook include: " + strings.Join(seen, ", ")
		}
		return withHint(fmt.Errorf("%s has no good %q", opts.File, opts.GoodID), hint)
	}
	if err := opts.Schedules.checkGiven(); err != nil {
		return err
	}
	res := determine(found, origin.Options{Rules: base, AsOf: asOf, Today: opts.Now()})
	outcome := applyScenario(sc, &res)
	g := report.FromResult(displayName(opts.File), res, found.Problems)
	g.Scenario = outcome
	g.Exposure = report.Priced(newPricer(&opts.Schedules, overlays, opts.ImportInto).Price(res))
	err = writeOut(opts.IO, opts.Global.Quiet, opts.Output.Output, []string{opts.File}, func(w io.Writer) error {
		return report.PrintExplain(w, res, g, format)
	})
	if err != nil {
		return err
	}
	if res.Status == origin.StatusError && format != "json" {
		return errPartial
	}
	return nil
}
