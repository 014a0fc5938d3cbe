package cmd

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

type diffParsed struct {
	Old, New, Format, Output, FailOn string
}

// TestNewCmdDiff checks roo diff's flag parsing through its run function.
func TestNewCmdDiff(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    diffParsed
		wantErr bool
	}{
		{"defaults", []string{"a.json", "b.json"}, diffParsed{Old: "a.json", New: "b.json", Format: "table"}, false},
		{"every flag", []string{"a.json", "b.json", "-f", "csv", "-o", "d.csv", "--fail-on", "changed"},
			diffParsed{Old: "a.json", New: "b.json", Format: "csv", Output: "d.csv", FailOn: "changed"}, false},
		{"one file", []string{"a.json"}, diffParsed{}, true},
		{"three files", []string{"a.json", "b.json", "c.json"}, diffParsed{}, true},
		{"a --fail-on of qualify", []string{"a.json", "b.json", "--fail-on", "not-qualified"}, diffParsed{}, true},
		{"a format diff does not print", []string{"a.json", "b.json", "--format", "jsonl"}, diffParsed{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdDiff, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *diffOptions) any {
				return diffParsed{Old: o.Old, New: o.New, Format: o.Output.Format, Output: o.Output.Output, FailOn: o.FailOn}
			}, tt.want)
		})
	}
}

// TestScenarioFlags checks that --scenario and --overlay reach the run
// functions of roo qualify and roo explain.
func TestScenarioFlags(t *testing.T) {
	q, err := parseCmd(t, newCmdQualify, []string{"bom.xlsx", "--scenario", "s.csv", "--overlay", "o.csv"})
	checkParse(t, q, err, false, func(o *qualifyOptions) any { return [2]string{o.Scenario, o.Overlay} }, [2]string{"s.csv", "o.csv"})
	e, err := parseCmd(t, newCmdExplain, []string{"bom.xlsx", "--good", "G", "--scenario", "s.csv", "--overlay", "o.csv"})
	checkParse(t, e, err, false, func(o *explainOptions) any { return [2]string{o.Scenario, o.Overlay} }, [2]string{"s.csv", "o.csv"})
}

// TestDiffExitCodes: --fail-on changed exits 3 when the runs differ, 0 when
// they do not; a file that is not a qualify result is an error.
func TestDiffExitCodes(t *testing.T) {
	dir := t.TempDir()
	truck := filepath.Join("..", "testdata", "light-truck.xlsx")
	scen := filepath.Join(dir, "s.csv")
	if err := os.WriteFile(scen, []byte("change,hts_prefix,value,from\nrvc-set,8704,90,2026-07-01\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	law, prop := filepath.Join(dir, "law.json"), filepath.Join(dir, "prop.json")
	for _, args := range [][]string{
		{"qualify", truck, "--as-of", "2026-11-27", "-o", law},
		{"qualify", truck, "--as-of", "2026-11-27", "--scenario", scen, "-o", prop},
	} {
		ios, _, _, _ := iostreams.Test()
		if got := Run(context.Background(), ios, args); got != exitOK {
			t.Fatalf("roo %v: exit %d", args, got)
		}
	}
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"diff", law, prop}, exitOK},
		{[]string{"diff", law, prop, "--fail-on", "changed"}, exitFailOn},
		{[]string{"diff", law, law, "--fail-on", "changed"}, exitOK},
		{[]string{"diff", law, truck}, exitError},
		{[]string{"diff", law, prop, "--fail-on", "not-qualified"}, exitUsage},
		{[]string{"diff", law, prop, "--format", "jsonl"}, exitUsage},
		{[]string{"qualify", truck, "--as-of", "2026-11-27", "--scenario", scen, "--fail-on", "not-qualified"}, exitFailOn},
		{[]string{"qualify", truck, "--fail-on", "changed"}, exitUsage},
	}
	for _, tt := range tests {
		ios, _, _, _ := iostreams.Test()
		if got := Run(context.Background(), ios, tt.args); got != tt.want {
			t.Errorf("roo %v: exit %d, want %d", tt.args, got, tt.want)
		}
	}
}
