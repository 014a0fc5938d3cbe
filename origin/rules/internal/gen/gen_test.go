package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/roo-trade/roo/internal/gendata"
)

// dataDir finds the shared data, or skips the test: CI clones the
// repository alone, without ../shared.
func dataDir(t *testing.T) (root, dir string) {
	t.Helper()
	root, err := gendata.ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir = gendata.Dir(root)
	if _, err := os.Stat(filepath.Join(dir, rulesFile)); err != nil {
		t.Skipf("no GN 11 data at %s (set ROO_SHARED_DATA to run this test): %v", dir, err)
	}
	return root, dir
}

// TestRegenerate checks that regenerating the rule base from the shared
// data gives exactly the committed origin/rules/rules.bin.
func TestRegenerate(t *testing.T) {
	root, dir := dataDir(t)
	got, _, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(root, "origin", "rules", "rules.bin"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("regenerating from %s gives %d bytes that differ from the committed %d: run go generate ./origin/rules", dir, len(got), len(want))
	}
}

// TestBuildIsDeterministic builds twice: map order or time must not leak
// into the output.
func TestBuildIsDeterministic(t *testing.T) {
	_, dir := dataDir(t)
	a, _, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("two builds from the same data differ")
	}
}
