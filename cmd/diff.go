package cmd

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/rundiff"
)

// diffOptions are the inputs of roo diff.
type diffOptions struct {
	IO     *iostreams.IOStreams
	Global *GlobalOptions

	Old, New string
	Output   outputOptions
	FailOn   string // changed, or empty
}

// diffFormats are what roo diff prints; diffFiles what it writes with -o.
var (
	diffFormats = []string{"table", "json", "csv"}
	diffFiles   = outputSpec{
		files:   []fileFormat{{".txt", "table"}, {".json", "json"}, {".csv", "csv"}},
		notFile: "roo diff writes .txt, .json and .csv files",
	}
)

func newCmdDiff(f *Factory, runF func(*diffOptions) error) *cobra.Command {
	opts := &diffOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "Compare two JSON results of roo qualify",
		Long: `Compare two JSON results of roo qualify (--format json or jsonl): the goods
added, removed, and those whose status, criterion, rule, RVC, value of
non-originating materials, US content or exposure changed, each with its old
and new value. Goods are matched by good ID (and file, where an ID occurs
more than once in a run).

This is how a portfolio is re-qualified after a rule, price or supplier
change, and how a scenario run (roo qualify --scenario) is compared with the
law in force.

--fail-on changed exits with status 3 when anything differs.`,
		Example: `  $ roo qualify bom.xlsx -o law.json
  $ roo qualify bom.xlsx --scenario review-2026.csv -o proposal.json
  $ roo diff law.json proposal.json
  $ roo diff law.json proposal.json --format csv --fail-on changed`,
		Args: exactArgs(2, "two JSON results of roo qualify: OLD and NEW"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Old, opts.New = args[0], args[1]
			opts.Output.FormatSet = cmd.Flags().Changed("format")
			if runF != nil {
				return runF(opts)
			}
			return diffRun(opts)
		},
	}
	addFormatFlag(cmd, &opts.Output, diffFormats, nil)
	addOutputFlag(cmd, &opts.Output, diffFiles)
	enumFlag(cmd, cmd.Flags(), &opts.FailOn, "fail-on", "", "", []string{"changed"}, "exit with status 3 when the results differ", nil)
	return cmd
}

func diffRun(opts *diffOptions) error {
	format, err := opts.Output.format(diffFiles)
	if err != nil {
		return err
	}
	var write func(io.Writer, rundiff.Result) error
	switch format {
	case "json":
		write = rundiff.WriteJSON
	case "csv":
		write = rundiff.WriteCSV
	default:
		write = rundiff.WriteTable
	}
	oldRun, err := readRun(opts.Old)
	if err != nil {
		return err
	}
	newRun, err := readRun(opts.New)
	if err != nil {
		return err
	}
	res := rundiff.Compare(oldRun, newRun)
	err = writeOut(opts.IO, opts.Global.Quiet, opts.Output.Output, []string{opts.Old, opts.New}, func(w io.Writer) error {
		return write(w, res)
	})
	if err != nil {
		return err
	}
	if opts.FailOn == "changed" && res.Any() {
		return errFailOn
	}
	return nil
}

// readRun reads one JSON result of roo qualify.
func readRun(path string) (*rundiff.Run, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, withHint(fmt.Errorf("cannot read %s: %w", path, err), "give the JSON files written by roo qualify --format json -o FILE.json")
	}
	defer fh.Close()
	run, err := rundiff.Read(fh, displayName(path))
	if err != nil {
		return nil, withHint(err, "roo diff compares the JSON results of roo qualify, not workbooks")
	}
	return run, nil
}
