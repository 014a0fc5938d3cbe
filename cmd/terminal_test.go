package cmd

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// What a terminal shows: verdicts in colour unless --no-color, and a
// progress line on stderr only when the results go elsewhere.
func TestTerminal(t *testing.T) {
	t.Setenv("ROO_TODAY", "2026-11-27")
	sample := filepath.Join("..", "testdata", "power-supply.xlsx")
	tests := []struct {
		name                string
		args                []string
		color, stdout, serr bool // colour allowed; stdout and stderr are terminals
		wantColor           bool
		wantProgress        bool
	}{
		{"colour on a colour terminal", []string{"qualify", sample}, true, true, true, true, false},
		{"--no-color", []string{"qualify", sample, "--no-color"}, true, true, true, false, false},
		{"progress when the results go to a file", []string{"qualify", sample, "-o", "OUT.json"}, true, true, true, false, true},
		{"progress when stdout is piped", []string{"qualify", sample, "--format", "json"}, false, false, true, false, true},
		{"no progress with --quiet", []string{"qualify", sample, "-o", "OUT.json", "--quiet"}, true, true, true, false, false},
		{"no progress off a terminal", []string{"qualify", sample, "-o", "OUT.json"}, false, false, false, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.json")
			args := append([]string{}, tt.args...)
			for i, a := range args {
				if a == "OUT.json" {
					args[i] = out
				}
			}
			ios, _, stdout, stderr := iostreams.Test()
			ios.SetColorEnabled(tt.color)
			ios.SetStdoutTTY(tt.stdout)
			ios.SetStderrTTY(tt.serr)
			if code := Run(context.Background(), ios, args); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			if got := strings.Contains(stdout.String(), "\x1b["); got != tt.wantColor {
				t.Errorf("colour on stdout = %v, want %v:\n%s", got, tt.wantColor, stdout)
			}
			if got := strings.Contains(stderr.String(), "1 good evaluated, file 1 of 1"); got != tt.wantProgress {
				t.Errorf("progress on stderr = %v, want %v:\n%q", got, tt.wantProgress, stderr)
			}
			if tt.wantProgress && !strings.HasSuffix(stderr.String(), "\r\x1b[K") && !strings.Contains(stderr.String(), "\r\x1b[Kroo: wrote") {
				t.Errorf("the progress line is not cleared: %q", stderr)
			}
		})
	}
}
