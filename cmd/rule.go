package cmd

import (
	"fmt"
	"io"
	"time"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
	"github.com/spf13/cobra"
)

// ruleOptions are the inputs of roo rule.
type ruleOptions struct {
	IO     *iostreams.IOStreams
	Global *GlobalOptions
	Now    func() time.Time
	Rules  func() (*rules.Base, error)

	Code     string // the argument; empty with --coverage
	Output   outputOptions
	AsOf     string // YYYY-MM-DD; empty: today
	Use      string // a rules.UseNames value, or empty
	Trade    string // PRODUCER-IMPORTER, or empty
	Coverage bool
}

func newCmdRule(f *Factory, runF func(*ruleOptions) error) *cobra.Command {
	opts := &ruleOptions{IO: f.IO, Global: f.Global, Now: f.Now, Rules: f.Rules}
	cmd := &cobra.Command{
		Use:   "rule CODE",
		Short: "Show the product-specific rule for an HS/HTS code",
		Long: `Show the USMCA product-specific rule (HTSUS General Note 11(o)) that governs
goods of an HS/HTS code of 6, 8 or 10 digits: its citation, the dates it is
in force, its text rendered from roo's own structure of the rule, and for
each alternative branch what a good must show. The chapter, heading and
chapter-group rules that govern the good are listed with it.

Tariff-item rules take precedence over the subheading rule; time-bounded
versions are chosen by --as-of. Rules that differ by vehicle use or by trade
need --use or --trade: without them roo lists the rules and says which
input decides. A code whose rule is missing from the data, truncated or
incomplete gets "no rule data" with the reason; roo never guesses a rule.

With --coverage, roo reports how much of GN 11(o) it holds as structure:
per chapter, the rules parsed completely, parsed with named conditions
(facts a bill of materials cannot show), and failed, with every failure and
every contradiction found in the data.

--format json prints the rule structure itself.

EXIT STATUS
  0  the rule (or "no rule data") was printed
  1  the rule base could not be read
  2  usage: a bad code, date, use or trade`,
		Example: `  $ roo rule 8708.30 --as-of 2026-01-01 --use passenger-vehicle
  $ roo rule 5112.11 --trade CA-US
  $ roo rule 8504.90 --as-of 2024-12-31 --format json
  $ roo rule --coverage`,
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.Coverage {
				return noArgs(cmd, args)
			}
			return exactArgs(1, "one HS/HTS code")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Code = args[0]
			}
			opts.Output.FormatSet = cmd.Flags().Changed("format")
			if runF != nil {
				return runF(opts)
			}
			return ruleRun(opts)
		},
	}
	fs := cmd.Flags()
	addFormatFlag(cmd, &opts.Output, report.RuleFormats, func(v string) string {
		return fmt.Sprintf("roo rule supports --format table or json, not %s", v)
	})
	addOutputFlag(cmd, &opts.Output, ruleFiles)
	addAsOfFlag(fs, &opts.AsOf, "today")
	enumFlag(cmd, fs, &opts.Use, "use", "", "", rules.UseNames(), "vehicle use of the good (automotive rules differ by use)", nil)
	fs.StringVar(&opts.Trade, "trade", "", "trade of the good as `PRODUCER-IMPORTER`, e.g. CA-US or MX-US (some chapter 50-63 rules differ by trade)")
	fs.BoolVar(&opts.Coverage, "coverage", false, "report how much of GN 11(o) roo parsed, per chapter, with every failure")
	return cmd
}

// ruleRun looks the code up (or reports coverage) and prints the answer.
func ruleRun(opts *ruleOptions) error {
	format, err := opts.Output.format(ruleFiles)
	if err != nil {
		return err
	}
	asOf, err := parseAsOf(opts.AsOf)
	if err != nil {
		return err
	}
	if asOf.IsZero() {
		asOf = opts.Now()
	}
	q := rules.Query{Date: rules.DateOf(asOf)}
	if !opts.Coverage {
		code, err := hs.Parse(opts.Code, 6, 10)
		if err != nil {
			return flagErrorf("%v", err)
		}
		q.Code = code
	}
	if opts.Use != "" {
		u, ok := rules.ParseUse(opts.Use)
		if !ok {
			return flagErrorf("invalid --use %q", opts.Use)
		}
		q.Use = u
	}
	if opts.Trade != "" {
		r, err := rules.ParseRoute(opts.Trade)
		if err != nil {
			return flagErrorf("invalid --trade: %v", err)
		}
		q.Route = r
	}
	base, err := opts.Rules()
	if err != nil {
		return withHint(err, "the rule base embedded in roo is damaged; reinstall roo")
	}
	if opts.Coverage {
		cov, err := base.Coverage()
		if err != nil {
			return err
		}
		return opts.write(func(w io.Writer) error { return report.PrintRuleCoverage(w, cov, format) })
	}
	ans, err := base.Lookup(q)
	if err != nil {
		return err
	}
	width := opts.IO.TerminalWidth()
	if opts.Output.Output != "" {
		width = 80
	}
	// With a use, each rule's thresholds are those the determination
	// applies on the date (the automotive appendix's phase-in, UR §13–§15).
	var applied map[*rules.Rule]origin.AppliedRule
	if q.Use != 0 {
		applied = map[*rules.Rule]origin.AppliedRule{}
		for _, c := range ans.Candidates {
			applied[c.Rule] = origin.ApplyRule(base, c.Rule, q.Code, origin.VehicleUseOf(q.Use), asOf)
		}
	}
	return opts.write(func(w io.Writer) error { return report.PrintRuleAnswerApplied(w, ans, applied, format, width) })
}

// write writes to -o's file, else to stdout.
func (opts *ruleOptions) write(print func(io.Writer) error) error {
	return writeOut(opts.IO, opts.Global.Quiet, opts.Output.Output, nil, print)
}

// ruleFiles are the files roo rule writes with -o.
var ruleFiles = outputSpec{
	files:   []fileFormat{{".txt", "table"}, {".json", "json"}},
	notFile: "roo rule writes .txt and .json files",
}
