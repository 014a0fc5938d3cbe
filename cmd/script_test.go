package cmd

import (
	"os"
	"path/filepath"
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
		Setup: func(env *testscript.Env) error {
			env.Setenv("SAMPLES", samples)
			env.Setenv("ROO_TODAY", "2026-11-27")
			env.Setenv("NO_COLOR", "1")
			return nil
		},
	})
}
