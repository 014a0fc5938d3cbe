package cmd

import (
	"fmt"
	"github.com/roo-trade/roo/internal/config"
	"github.com/roo-trade/roo/internal/suggest"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/rules"
)

// GlobalOptions are the flags every roo command understands (SPEC §1).
// The others are registered by the commands they mean something to, so
// that cobra refuses them elsewhere.
type GlobalOptions struct {
	Quiet   bool
	NoColor bool
}

// addGlobalFlags registers the shared flags on the root command.
func addGlobalFlags(cmd *cobra.Command, g *GlobalOptions) {
	fs := cmd.PersistentFlags()
	fs.BoolVarP(&g.Quiet, "quiet", "q", false, "print no progress or warnings on stderr")
	fs.BoolVar(&g.NoColor, "no-color", false, "never colour the output (NO_COLOR is honoured too)")
}

// evalDeps are what the commands that evaluate workbooks (qualify,
// explain, certify) depend on.
type evalDeps struct {
	IO     *iostreams.IOStreams
	Global *GlobalOptions
	Now    func() time.Time
	Rules  func() (*rules.Base, error)
	Config func() (*config.Config, error)
}

func newEvalDeps(f *Factory) evalDeps {
	return evalDeps{IO: f.IO, Global: f.Global, Now: f.Now, Rules: f.Rules, Config: f.Config}
}

// withConfig fills what qualify's and explain's flags left unset from the
// configuration in force: the map set, the schedules, the overlay and the
// importing country. Flags win.
func (d evalDeps) withConfig(in *inputOptions, sch *scheduleOptions, overlay, importInto *string) error {
	cfg, err := d.config()
	if err != nil {
		return err
	}
	if err := in.withConfig(cfg); err != nil {
		return err
	}
	sch.withConfig(cfg)
	if *overlay == "" {
		*overlay = cfg.Overlay
	}
	if *importInto == "" {
		*importInto = cfg.ImportInto
	}
	return nil
}

// config is the configuration in force, or an empty one when the command
// has no loader (tests that build options by hand).
func (d evalDeps) config() (*config.Config, error) {
	if d.Config == nil {
		return &config.Config{}, nil
	}
	c, err := d.Config()
	if err != nil {
		return nil, withHint(err, "fix the configuration file it names; 'roo config' shows what is in force")
	}
	return c, nil
}

// importCountries are the USMCA parties accepted by --import-into.
var importCountries = []string{"US", "CA", "MX"}

// inputOptions are how qualify, explain and certify read workbooks and
// date their determinations.
type inputOptions struct {
	Maps   []string // --map 'Canonical=Their header'
	MapSet string   // --map-set NAME: a named header map of the configuration
	AsOf   string   // --as-of YYYY-MM-DD; empty: the workbook's date, else today
}

// addInputFlags registers --map and --as-of.
func addInputFlags(fs *pflag.FlagSet, o *inputOptions) {
	fs.StringArrayVar(&o.Maps, "map", nil, "map a roo column to your header: `'Canonical=Their header'` (repeatable)")
	fs.StringVar(&o.MapSet, "map-set", "", "use the header map `NAME` of the configuration (map_sets in .roo.json; --map entries win over it)")
	addAsOfFlag(fs, &o.AsOf, "the workbook's date, else today")
}

// addAsOfFlag registers --as-of with its default in words.
func addAsOfFlag(fs *pflag.FlagSet, p *string, def string) {
	fs.StringVar(p, "as-of", "", "evaluate as of `DATE` (YYYY-MM-DD): rule versions and phase-in thresholds (default: "+def+")")
}

// withConfig puts the configuration's map set first (--map-set, else the
// configuration's map_set), so that --map entries, parsed after it, win.
func (o *inputOptions) withConfig(c *config.Config) error {
	name := o.MapSet
	if name == "" {
		name = c.MapSet
	}
	if name == "" {
		return nil
	}
	maps, err := c.MapsOf(name)
	if err != nil {
		return &FlagError{err: err}
	}
	o.Maps = append(maps, o.Maps...)
	o.MapSet = ""
	return nil
}

// columns parses --map.
func (o *inputOptions) columns() (map[workbook.Col]string, error) {
	m, err := workbook.ParseMap(o.Maps)
	if err != nil {
		return nil, &FlagError{err: err}
	}
	return m, nil
}

// asOf parses --as-of; the zero time when it is not given.
func (o *inputOptions) asOf() (time.Time, error) { return parseAsOf(o.AsOf) }

// parseAsOf returns the --as-of date, or the zero time when it is not set.
func parseAsOf(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return time.Time{}, flagErrorf("invalid --as-of %q: want a date as YYYY-MM-DD, e.g. 2026-07-01", s)
	}
	return t, nil
}

// addImportIntoFlag registers --import-into for the commands that price
// each good: by default each good is priced in its own importing country.
func addImportIntoFlag(cmd *cobra.Command, p *string) {
	enumFlag(cmd, cmd.Flags(), p, "import-into", "", "", importCountries, "price every good's exposure with this importing country's schedule (default: each good's importing country)", nil)
}

// failOnNames are the values accepted by --fail-on.
var failOnNames = []string{"not-qualified", "needs-review"}

// addFailOnFlag registers --fail-on.
func addFailOnFlag(cmd *cobra.Command, p *string) {
	enumFlag(cmd, cmd.Flags(), p, "fail-on", "", "", failOnNames, "exit with status 3 when a good does not qualify or needs review", nil)
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

// enumValue is a string flag that only accepts one of a fixed set of values.
type enumValue struct {
	target *string
	allow  []string
	refuse func(v string) string // the error for another value; nil: list the values
	// files are the formats the command writes with -o (set by
	// addOutputFlag on --format): asking for one on stdout gets the hint to
	// use -o.
	files []fileFormat
}

func (e *enumValue) String() string { return *e.target }
func (e *enumValue) Type() string   { return "string" }
func (e *enumValue) Set(v string) error {
	if v != "" && !slices.Contains(e.allow, v) {
		if e.refuse != nil {
			return fmt.Errorf("%s", e.refuse(v))
		}
		for _, f := range e.files {
			if strings.EqualFold(f.format, v) || strings.EqualFold(f.ext, "."+v) {
				return &hintedError{msg: fmt.Sprintf("%s is written to a file, not printed: valid values are %s", v, strings.Join(e.allow, ", ")), hint: "use -o report" + f.ext + ": the file's extension gives the format"}
			}
		}
		return fmt.Errorf("valid values are %s%s", strings.Join(e.allow, ", "), suggest.Phrase(v, e.allow))
	}
	*e.target = v
	return nil
}

// enumFlag registers a flag restricted to allow, lists the values in its help
// and offers them to shell completion.
func enumFlag(cmd *cobra.Command, fs *pflag.FlagSet, p *string, name, short, def string, allow []string, usage string, refuse func(string) string) {
	*p = def
	fs.VarP(&enumValue{target: p, allow: allow, refuse: refuse}, name, short, fmt.Sprintf("%s: {%s}", usage, strings.Join(allow, "|")))
	_ = cmd.RegisterFlagCompletionFunc(name, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return allow, cobra.ShellCompDirectiveNoFileComp
	})
}
