package cmd

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// Every path to an exit status goes through exitCode; these are the codes
// scripts rely on (roo help exit-codes).
func TestExitCodes(t *testing.T) {
	sample := filepath.Join("..", "testdata", "power-supply.xlsx")   // qualifies
	shirt := filepath.Join("..", "testdata", "knit-shirt.xlsx")      // needs review
	brakes := filepath.Join("..", "testdata", "brake-assembly.xlsx") // one does not qualify
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"version"}, exitOK},
		{[]string{"qualify", sample}, exitOK},
		{[]string{"qualify", sample, "--fail-on", "needs-review"}, exitOK},
		{[]string{"qualify", shirt, "--fail-on", "not-qualified"}, exitOK},
		{[]string{"qualify", shirt, "--fail-on", "needs-review"}, exitFailOn},
		{[]string{"qualify", brakes, "--fail-on", "not-qualified"}, exitFailOn},
		{[]string{"qualify", brakes, "-o", "/dev/null/x.json", "--fail-on", "not-qualified"}, exitError},
		{[]string{"qualify", shirt, "missing.xlsx", "--fail-on", "needs-review"}, exitError}, // an error wins over --fail-on
		{[]string{"qualify"}, exitUsage},
		{[]string{"qualify", sample, "--format", "yaml"}, exitUsage},
		{[]string{"qualify", sample, "--fail-on", "sometimes"}, exitUsage},
		{[]string{"qualify", sample, "--map", "nonsense"}, exitUsage},
		{[]string{"frobnicate"}, exitUsage},
		{[]string{"tariff", "9999.99.99"}, exitError},
	}
	for _, tt := range tests {
		ios, _, _, _ := iostreams.Test()
		if got := Run(context.Background(), ios, tt.args); got != tt.want {
			t.Errorf("roo %v: exit %d, want %d", tt.args, got, tt.want)
		}
	}
}
