package cmd

import (
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets testscript run roo in-process as the "roo" command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"roo": func() { os.Exit(Main()) }})
}

// TestScripts runs the end-to-end scripts in testdata/script.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}
