package main

import (
	"testing"

	"github.com/roo-trade/roo/internal/gendata"
)

// dataDir finds the shared data, or skips the test: CI clones the
// repository alone, without ../shared.
func dataDir(t *testing.T) string {
	t.Helper()
	return gendata.DataDir(t, rulesFile)
}

// TestRegenerate checks that regenerating from the shared data gives
// exactly the committed file, and that two builds agree.
func TestRegenerate(t *testing.T) {
	gendata.Check(t, generator())
}
