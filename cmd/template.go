package cmd

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/atomicfile"
	"github.com/roo-trade/roo/cmd/internal/samples"
	"github.com/roo-trade/roo/internal/workbook"
)

type templateOptions struct {
	f     *Factory
	Path  string
	Force bool
}

func newCmdTemplate(f *Factory, runF func(*templateOptions) error) *cobra.Command {
	opts := &templateOptions{f: f}
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
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Path = f.Global.Output
			if len(args) == 1 {
				if opts.Path != "" && opts.Path != args[0] {
					return flagErrorf("give the file either as an argument or with -o, not both")
				}
				opts.Path = args[0]
			}
			if opts.Path == "" {
				opts.Path = "roo-template.xlsx"
			}
			if runF != nil {
				return runF(opts)
			}
			return templateRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Force, "force", false, "overwrite FILE if it exists")
	return cmd
}

func templateRun(opts *templateOptions) error {
	if opts.f.Global.Format != "table" {
		return flagErrorf("roo template writes an .xlsx file; --format does not apply")
	}
	if _, err := os.Stat(opts.Path); err == nil && !opts.Force {
		return withHint(fmt.Errorf("%s already exists", opts.Path), "choose another name, or use --force to overwrite it")
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	content := samples.TemplateExample()
	content.Guide = true
	err := atomicfile.Write(opts.Path, func(w io.Writer) error { return workbook.WriteCanonical(w, content) })
	if err != nil {
		return err
	}
	if !opts.f.Global.Quiet {
		fmt.Fprintf(opts.f.IO.ErrOut, "roo: wrote %s; fill in the Goods and BOM sheets, then run: roo qualify %s\n", opts.Path, opts.Path)
	}
	return nil
}
