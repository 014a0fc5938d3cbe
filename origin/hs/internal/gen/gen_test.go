package main

import (
	"testing"

	"github.com/roo-trade/roo/internal/gendata"
)

// TestRegenerate checks that the committed files are exactly what the
// generator makes from the shared data, and that two builds agree. CI
// clones the repository alone, so the test skips when the data is absent.
func TestRegenerate(t *testing.T) {
	if outs := gendata.Check(t, generator()); len(outs) != len(outputNames) {
		t.Errorf("the generator makes %d files, want %d", len(outs), len(outputNames))
	}
}
