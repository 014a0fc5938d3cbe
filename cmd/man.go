package cmd

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// manOptions are the inputs of roo man.
type manOptions struct {
	IO     *iostreams.IOStreams
	Global *GlobalOptions

	Dir  string
	Root *cobra.Command // the tree to document
}

// newCmdMan writes man pages for every command (hidden: packagers use it).
func newCmdMan(f *Factory, runF func(*manOptions) error) *cobra.Command {
	opts := &manOptions{IO: f.IO, Global: f.Global}
	return &cobra.Command{
		Use:    "man DIR",
		Short:  "Write man pages for roo and its commands into DIR",
		Hidden: true,
		Args:   exactArgs(1, "the directory to write the man pages to"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Dir, opts.Root = args[0], cmd.Root()
			if runF != nil {
				return runF(opts)
			}
			return manRun(opts)
		},
	}
}

func manRun(opts *manOptions) error {
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return err
	}
	opts.Root.DisableAutoGenTag = true
	header := &doc.GenManHeader{Title: "ROO", Section: "1", Source: "roo " + resolveVersion().Version, Manual: "roo manual"}
	if err := doc.GenManTree(opts.Root, header, opts.Dir); err != nil {
		return err
	}
	if !opts.Global.Quiet {
		fmt.Fprintf(opts.IO.ErrOut, "roo: wrote man pages to %s (try: man %s/roo.1)\n", opts.Dir, opts.Dir)
	}
	return nil
}
