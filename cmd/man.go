package cmd

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// newCmdMan writes man pages for every command (hidden: packagers use it).
func newCmdMan(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:    "man DIR",
		Short:  "Write man pages for roo and its commands into DIR",
		Hidden: true,
		Args:   exactArgs(1, "the directory to write the man pages to"),
		RunE: func(cmd *cobra.Command, args []string) error {
			dir := args[0]
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			root := cmd.Root()
			root.DisableAutoGenTag = true
			header := &doc.GenManHeader{Title: "ROO", Section: "1", Source: "roo " + resolveVersion().Version, Manual: "roo manual"}
			if err := doc.GenManTree(root, header, dir); err != nil {
				return err
			}
			if !f.Global.Quiet {
				fmt.Fprintf(f.IO.ErrOut, "roo: wrote man pages to %s (try: man %s/roo.1)\n", dir, dir)
			}
			return nil
		},
	}
}
