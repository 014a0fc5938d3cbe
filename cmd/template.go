package cmd

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/atomicfile"
	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/cmd/internal/samples"
	"github.com/roo-trade/roo/internal/workbook"
)

// templateOptions are the inputs of roo template.
type templateOptions struct {
	IO     *iostreams.IOStreams
	Global *GlobalOptions

	Arg    string // FILE, if given
	Output string // -o FILE
	Force  bool
}

func newCmdTemplate(f *Factory, runF func(*templateOptions) error) *cobra.Command {
	opts := &templateOptions{IO: f.IO, Global: f.Global}
	cmd := &cobra.Command{
		Use:   "template [FILE]",
		Short: "Write a blank BOM workbook in the canonical format",
		Long: `Write the canonical bill-of-materials workbook: an Instructions sheet, the
Goods and BOM sheets with a comment on every header, drop-down lists for
origin status, kind, country and vehicle use, number and date formats, a
Facts sheet, and one worked sample good that 'roo qualify' reads back.

FILE defaults to roo-template.xlsx (or -o FILE). roo does not overwrite an
existing file unless --force is given.`,
		Example: `  $ roo template
  $ roo template bom.xlsx
  $ roo qualify bom.xlsx`,
		Args: maxArgs(1, "at most one FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Arg = ""
			if len(args) == 1 {
				opts.Arg = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return templateRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", "write the template to `FILE` (the same as giving FILE)")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite FILE if it exists")
	return cmd
}

// path is the file to write: FILE or -o FILE, else roo-template.xlsx.
func (opts *templateOptions) path() (string, error) {
	switch {
	case opts.Arg != "" && opts.Output != "" && opts.Arg != opts.Output:
		return "", flagErrorf("give the file either as an argument or with -o, not both")
	case opts.Arg != "":
		return opts.Arg, nil
	case opts.Output != "":
		return opts.Output, nil
	}
	return "roo-template.xlsx", nil
}

func templateRun(opts *templateOptions) error {
	path, err := opts.path()
	if err != nil {
		return err
	}
	if _, err := os.Stat(path); err == nil && !opts.Force {
		return withHint(fmt.Errorf("%s already exists", path), "choose another name, or use --force to overwrite it")
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	content := samples.TemplateExample()
	content.Guide = true
	err = atomicfile.Write(path, func(w io.Writer) error { return workbook.WriteCanonical(w, content) })
	if err != nil {
		return err
	}
	if !opts.Global.Quiet {
		fmt.Fprintf(opts.IO.ErrOut, "roo: wrote %s; fill in the Goods and BOM sheets, then run: roo qualify %s\n", path, path)
	}
	return nil
}
