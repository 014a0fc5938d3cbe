package gendata

import (
	"bytes"
	"path/filepath"
	"testing"
)

// Check is a generator's regeneration test: it skips when the shared data
// is absent (CI clones the repository alone), builds twice and fails if the
// two builds differ (map order or time leaking into the output), then
// fails for every output that differs from the committed file, saying where
// and how to regenerate it. It returns the outputs for further checks.
func Check(t testing.TB, g Generator) []Output {
	t.Helper()
	root, dir := sharedData(t, g)
	a, _, err := g.Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := g.Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) != len(b) {
		t.Fatalf("two builds from the same data give %d and %d outputs", len(a), len(b))
	}
	for i, o := range a {
		if o.Path != b[i].Path || !bytes.Equal(o.Data, b[i].Data) {
			t.Errorf("two builds of %s from the same data differ", o.Path)
		}
		if err := WriteOrCheck(filepath.Join(root, filepath.FromSlash(o.Path)), o.Data, true, g.Regenerate); err != nil {
			t.Error(err)
		}
	}
	return a
}

// DataDir is the shared data directory for a generator's other tests; it
// skips the test when one of needs is absent.
func DataDir(t testing.TB, needs ...string) string {
	t.Helper()
	_, dir := sharedData(t, Generator{Needs: needs})
	return dir
}

// sharedData is the module root and the shared data directory of a test,
// which it skips, naming what is absent, when one of g.Needs is missing.
func sharedData(t testing.TB, g Generator) (root, dir string) {
	t.Helper()
	root, err := ModuleRoot()
	if err != nil {
		t.Fatal(err)
	}
	dir = Dir(root)
	if missing := g.missing(dir); missing != "" {
		t.Skipf("shared data not available: %s (set ROO_SHARED_DATA to run this test)", missing)
	}
	return root, dir
}
