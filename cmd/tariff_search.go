package cmd

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/report"
)

// tariffSearchOptions holds what `roo tariff search` needs.
type tariffSearchOptions struct {
	IO         *iostreams.IOStreams
	Global     *GlobalOptions
	Output     outputOptions
	ImportInto string
	Schedules  scheduleOptions

	Words []string
	Limit int
}

// tariffSearchFiles are the files roo tariff search writes with -o.
var tariffSearchFiles = outputSpec{
	files:   []fileFormat{{".txt", "table"}, {".json", "json"}},
	notFile: "roo tariff search writes .txt and .json files",
}

func newCmdTariffSearch(f *Factory, runF func(*tariffSearchOptions) error) *cobra.Command {
	opts := &tariffSearchOptions{IO: f.IO, Global: f.Global}
	opts.Schedules.Embedded = f.Tariffs
	cmd := &cobra.Command{
		Use:   "search WORDS...",
		Short: "Find tariff lines by the words of their descriptions",
		Long: `Search the descriptions of the tariff schedule (the embedded US HTS, --hts
FILE, or a partner schedule) for lines containing every word given, in the
line's own description or in the descriptions above it. Words match without
case or accents, singular with plural.

Each hit is shown with the descriptions above it, heading first, so that
two lines both called "Other" can be told apart, and with its MFN and USMCA
rates. Hits are ranked: words in the line's own description count more
than words above it, the words together in order more still; ties go to
the heading before its lines, then to schedule order. The ranking is the
same on every run.

Exit status: 0 something matched; 1 nothing matched; 2 usage.`,
		Example: `  $ roo tariff search electric motor
  $ roo tariff search upholstered chairs teak --limit 0
  $ roo tariff search brake pads --format json`,
		Args: minArgs(1, "the words to search for"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Words = args
			opts.Output.FormatSet = cmd.Flags().Changed("format")
			if runF != nil {
				return runF(opts)
			}
			return tariffSearchRun(opts)
		},
	}
	fs := cmd.Flags()
	fs.IntVar(&opts.Limit, "limit", 20, "show at most `N` hits, the best first (0: all)")
	addFormatFlag(cmd, &opts.Output, report.TariffSearchFormats, nil)
	addOutputFlag(cmd, &opts.Output, tariffSearchFiles)
	enumFlag(cmd, fs, &opts.ImportInto, "import-into", "", "US", importCountries, "importing country whose tariff schedule is searched", nil)
	addScheduleFlags(fs, &opts.Schedules)
	return cmd
}

// tariffSearchRun is the behaviour of roo tariff search.
func tariffSearchRun(opts *tariffSearchOptions) error {
	if opts.Limit < 0 {
		return flagErrorf("--limit %d: want 0 (all) or more", opts.Limit)
	}
	format, err := opts.Output.format(tariffSearchFiles)
	if err != nil {
		return err
	}
	sched, err := opts.Schedules.load(opts.ImportInto)
	if err != nil {
		return err
	}
	query := strings.Join(opts.Words, " ")
	hits := sched.Search(query)
	rep := report.NewTariffSearch(sched, query, hits, opts.Limit)
	var inputs []string
	if opts.Schedules.HTS != "" {
		inputs = append(inputs, opts.Schedules.HTS)
	}
	for _, f := range opts.Schedules.Partner {
		inputs = append(inputs, f)
	}
	err = writeOut(opts.IO, opts.Global.Quiet, opts.Output.Output, inputs, func(w io.Writer) error { return rep.Print(w, format) })
	if err == nil && len(hits) == 0 {
		return errPartial
	}
	return err
}
