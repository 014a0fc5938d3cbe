package cmd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run roo in-process as the "roo" command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"roo": func() { os.Exit(Main()) }})
}

// TestScripts runs the end-to-end scripts in testdata/script. $SAMPLES is
// the repository's testdata directory; "today" is pinned so that results
// do not depend on the day the tests run. Run with -update to rewrite the
// expected outputs the scripts compare with cmp.
func TestScripts(t *testing.T) {
	samples, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Cmds:          map[string]func(ts *testscript.TestScript, neg bool, args []string){"stripbom": stripBOM},
		Setup: func(env *testscript.Env) error {
			env.Setenv("SAMPLES", samples)
			env.Setenv("ROO_TODAY", "2026-11-27")
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}

// stripBOM is the script command "stripbom FILE": it fails unless FILE
// starts with the UTF-8 byte order mark roo writes at the head of CSV
// files, and removes it, so the rest can be compared with cmp.
func stripBOM(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: stripbom FILE")
	}
	name := ts.MkAbs(args[0])
	b, err := os.ReadFile(name)
	ts.Check(err)
	rest, ok := strings.CutPrefix(string(b), "\ufeff")
	if !ok {
		ts.Fatalf("%s does not start with a UTF-8 byte order mark", args[0])
	}
	ts.Check(os.WriteFile(name, []byte(rest), 0o644))
}
