package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRegenerate checks that the committed files are exactly what the
// generator makes from the shared data. CI clones the repository alone, so
// the test skips when the data is absent.
func TestRegenerate(t *testing.T) {
	dir, err := dataDir()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "hs")); err != nil {
		t.Skipf("shared data not available (%v); set ROO_SHARED_DATA to run this test", err)
	}
	files, _, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range outputNames {
		committed, err := os.ReadFile(filepath.Join("..", "..", "data", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(committed, files[name]) {
			t.Errorf("data/%s is stale (%s); run go generate ./origin/hs", name, firstDiff(committed, files[name]))
		}
	}
}

func firstDiff(committed, regenerated []byte) string {
	a, b := strings.Split(string(committed), "\n"), strings.Split(string(regenerated), "\n")
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return fmt.Sprintf("line %d is %.80q, regenerated %.80q", i+1, a[i], b[i])
		}
	}
	return fmt.Sprintf("committed has %d lines, regenerated %d", len(a), len(b))
}
