package cmd

import (
	"fmt"
	"os"
	"regexp"
	"strings"

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

// newCmdMan writes man pages for every command.
func newCmdMan(f *Factory, runF func(*manOptions) error) *cobra.Command {
	opts := &manOptions{IO: f.IO, Global: f.Global}
	return &cobra.Command{
		Use:   "man DIR",
		Short: "Write man pages for roo and its commands into DIR",
		Args:  exactArgs(1, "the directory to write the man pages to"),
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
	manParagraphs(opts.Root)
	header := &doc.GenManHeader{Title: "ROO", Section: "1", Source: "roo " + resolveVersion().Version, Manual: "roo manual"}
	if err := doc.GenManTree(opts.Root, header, opts.Dir); err != nil {
		return err
	}
	if !opts.Global.Quiet {
		fmt.Fprintf(opts.IO.ErrOut, "roo: wrote man pages to %s (try: man %s/roo.1)\n", opts.Dir, opts.Dir)
	}
	return nil
}

// reManHeading is a section title of a long help: "EXIT STATUS", "OVERLAYS".
var reManHeading = regexp.MustCompile(`^[A-Z][A-Z0-9 ()-]+$`)

// manParagraphs rewrites the long help of every command for the man page
// generator, which reads it as Markdown and would run lines together: a
// section title and every indented line (the exit statuses, the columns of
// a file) become paragraphs of their own.
func manParagraphs(c *cobra.Command) {
	c.Long = manText(c.Long)
	for _, sub := range c.Commands() {
		manParagraphs(sub)
	}
}

func manText(long string) string {
	var out []string
	para := func() {
		if len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
	}
	for _, line := range strings.Split(long, "\n") {
		switch {
		case reManHeading.MatchString(line):
			para()
			out = append(out, line, "")
		case strings.HasPrefix(line, " ") && strings.TrimSpace(line) != "":
			para()
			out = append(out, strings.TrimSpace(line), "")
		default:
			out = append(out, line)
		}
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}
