package gendata

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Output is one file a generator makes, by its path from the module root
// (slash-separated, e.g. "origin/rules/rules.bin").
type Output struct {
	Path string
	Data []byte
}

// Generator is one of roo's generators, as the shared skeleton runs it:
// Main parses the common flags (-data, -check), finds the module root and
// the shared data, calls Build, prints its notes and writes (or checks)
// every output; Check does the same comparison in a test.
type Generator struct {
	// Regenerate is the command that regenerates the outputs, quoted in
	// "stale" messages (e.g. "go generate ./origin/rules").
	Regenerate string
	// Needs are the paths under the shared data directory Build reads;
	// when one is missing the generator says so and its test skips.
	Needs []string
	// Flags, when set, registers the generator's own flags.
	Flags func(fs *flag.FlagSet)
	// Build makes the outputs from the shared data directory. Notes are
	// doubts about the data, printed on stderr by Main.
	Build func(dataDir string) (outputs []Output, notes []string, err error)
}

// Main runs g with the process's arguments and exits 1, after a message,
// on error. It is the whole main function of every generator.
func Main(g Generator) {
	if err := Run(g, os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// Run is Main without the exit, for tests: it parses args, builds, and
// writes each output (or, with -check, compares it with the file there).
func Run(g Generator, args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data", "", "the shared data directory (default $ROO_SHARED_DATA, else <module root>/../shared/data)")
	check := fs.Bool("check", false, "compare the outputs with the committed files instead of writing them")
	if g.Flags != nil {
		g.Flags(fs)
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	root, err := ModuleRoot()
	if err != nil {
		return err
	}
	if *dataDir == "" {
		*dataDir = Dir(root)
	}
	if missing := g.missing(*dataDir); missing != "" {
		return fmt.Errorf("shared data not found: %s (give -data DIR or set ROO_SHARED_DATA)", missing)
	}
	outs, notes, err := g.Build(*dataDir)
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintln(stderr, "gen: note:", n)
	}
	for _, o := range outs {
		if err := WriteOrCheck(filepath.Join(root, filepath.FromSlash(o.Path)), o.Data, *check, g.Regenerate); err != nil {
			return err
		}
	}
	return nil
}

// missing is the first of g.Needs absent under dataDir, or "".
func (g Generator) missing(dataDir string) string {
	for _, n := range g.Needs {
		p := filepath.Join(dataDir, filepath.FromSlash(n))
		if _, err := os.Stat(p); err != nil {
			return p
		}
	}
	if len(g.Needs) == 0 {
		if _, err := os.Stat(dataDir); err != nil {
			return dataDir
		}
	}
	return ""
}

// errStale marks an output that differs from the committed file.
var errStale = errors.New("stale")
