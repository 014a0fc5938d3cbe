package cmd

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// GlobalOptions are the flags every roo command understands (SPEC §1).
type GlobalOptions struct {
	Format     string // table, json, jsonl or csv on stdout
	Output     string // report file; its extension picks the format
	ImportInto string // importing country whose schedule prices the exposure
	AsOf       string // YYYY-MM-DD; empty means the workbook's date, else today
	FailOn     string // not-qualified or needs-review
	Quiet      bool
	NoColor    bool
}

// Format names accepted by --format.
var formatNames = []string{"table", "json", "jsonl", "csv"}

// failOnNames are the values accepted by --fail-on.
var failOnNames = []string{"not-qualified", "needs-review"}

// importCountries are the USMCA parties accepted by --import-into.
var importCountries = []string{"US", "CA", "MX"}

// addGlobalFlags registers the shared flags on the root command.
func addGlobalFlags(cmd *cobra.Command, g *GlobalOptions) {
	fs := cmd.PersistentFlags()
	enumFlag(cmd, fs, &g.Format, "format", "f", g.Format, formatNames, "output format on stdout")
	fs.StringVarP(&g.Output, "output", "o", "", "write a report `FILE` (.xlsx, .json, .jsonl or .csv, by extension)")
	enumFlag(cmd, fs, &g.ImportInto, "import-into", "", "US", importCountries, "importing country whose tariff schedule prices the exposure")
	fs.StringVar(&g.AsOf, "as-of", "", "evaluate as of `DATE` (YYYY-MM-DD): rule versions and phase-in thresholds (default: the workbook's date, else today)")
	enumFlag(cmd, fs, &g.FailOn, "fail-on", "", "", failOnNames, "exit with status 3 when a good does not qualify or needs review")
	fs.BoolVarP(&g.Quiet, "quiet", "q", false, "print no progress or warnings on stderr")
	fs.BoolVar(&g.NoColor, "no-color", false, "never colour the output (NO_COLOR is honoured too)")
}

// parseAsOf returns the --as-of date, or the zero time when it is not set.
func (g *GlobalOptions) parseAsOf() (time.Time, error) {
	if g.AsOf == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, g.AsOf)
	if err != nil {
		return time.Time{}, flagErrorf("invalid --as-of %q: want a date as YYYY-MM-DD, e.g. 2026-07-01", g.AsOf)
	}
	return t, nil
}

// enumValue is a string flag that only accepts one of a fixed set of values.
type enumValue struct {
	target *string
	allow  []string
}

func (e *enumValue) String() string { return *e.target }
func (e *enumValue) Type() string   { return "string" }
func (e *enumValue) Set(v string) error {
	if v != "" && !slices.Contains(e.allow, v) {
		return fmt.Errorf("valid values are %s", strings.Join(e.allow, ", "))
	}
	*e.target = v
	return nil
}

// enumFlag registers a flag restricted to allow, lists the values in its help
// and offers them to shell completion.
func enumFlag(cmd *cobra.Command, fs *pflag.FlagSet, p *string, name, short, def string, allow []string, usage string) {
	*p = def
	fs.VarP(&enumValue{target: p, allow: allow}, name, short, fmt.Sprintf("%s: {%s}", usage, strings.Join(allow, "|")))
	_ = cmd.RegisterFlagCompletionFunc(name, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return allow, cobra.ShellCompDirectiveNoFileComp
	})
}
