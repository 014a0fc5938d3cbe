package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/roo-trade/roo/internal/gendata"
)

// TestRegenerate checks that regenerating the embedded schedule from the
// shared data gives exactly the committed file. It skips when the data
// directory is absent (CI clones the repository alone).
func TestRegenerate(t *testing.T) {
	root, err := gendata.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir := gendata.Dir(root)
	if _, err := os.Stat(filepath.Join(dir, sourceFile)); err != nil {
		t.Skipf("shared data not available (%v); set ROO_SHARED_DATA to run this test", err)
	}
	got, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, outFile))
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Fatalf("%s is stale: run `go generate ./tariffs` and commit the result", outFile)
	}
}
