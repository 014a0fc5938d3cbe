package main

import (
	"testing"

	"github.com/roo-trade/roo/internal/gendata"
)

// TestRegenerate checks that regenerating the embedded schedule from the
// shared data gives exactly the committed file, twice. It skips when the
// data directory is absent (CI clones the repository alone).
func TestRegenerate(t *testing.T) {
	gendata.Check(t, generator())
}
