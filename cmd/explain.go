package cmd

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
)

type explainOptions struct {
	f         *Factory
	File      string
	GoodID    string
	Maps      []string
	Schedules scheduleOptions
}

func newCmdExplain(f *Factory, runF func(*explainOptions) error) *cobra.Command {
	opts := &explainOptions{f: f}
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
			if opts.GoodID == "" {
				return flagErrorf("roo explain needs --good ID: the good to explain")
			}
			if runF != nil {
				return runF(opts)
			}
			return explainRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.GoodID, "good", "", "the `ID` of the good to explain")
	cmd.Flags().StringArrayVar(&opts.Maps, "map", nil, "map a roo column to your header: `'Canonical=Their header'` (repeatable)")
	addScheduleFlags(cmd.Flags(), &opts.Schedules)
	return cmd
}

// errFound stops reading a workbook once the good is found.
var errFound = errors.New("found")

func explainRun(opts *explainOptions) error {
	f := opts.f
	switch f.Global.Format {
	case "table", "json":
	default:
		return flagErrorf("roo explain prints --format table or json, not %s", f.Global.Format)
	}
	colMap, err := workbook.ParseMap(opts.Maps)
	if err != nil {
		return &FlagError{err: err}
	}
	asOf, err := f.Global.parseAsOf()
	if err != nil {
		return err
	}
	base, err := f.Rules()
	if err != nil {
		return fmt.Errorf("the embedded rule base cannot be read: %w", err)
	}
	var found *workbook.GoodInput
	var seen []string
	_, err = workbook.Stream(opts.File, f.IO.In, workbook.Options{Map: colMap}, func(gi *workbook.GoodInput) error {
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
	res := determine(found, origin.Options{Rules: base, AsOf: asOf, Today: f.Now()})
	g := report.FromResult(displayName(opts.File), res, found.Problems)
	importInto := ""
	if f.Global.ImportInto != "" && f.Global.ImportInto != g.ImportingCountry {
		importInto = f.Global.ImportInto
	}
	g.Exposure = report.Priced(newPricer(&opts.Schedules, nil, importInto).Price(res))
	if err := report.PrintExplain(f.IO.Out, res, g, f.Global.Format); err != nil {
		return err
	}
	if res.Status == origin.StatusError {
		return errPartial
	}
	return nil
}
