package cmd

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/tariffs"
)

var update = flag.Bool("update", false, "rewrite golden files")

// runTariff runs roo tariff with args and returns stdout and the error.
func runTariff(t *testing.T, args ...string) (string, error) {
	t.Helper()
	ios, _, out, _ := iostreams.Test()
	f := NewFactory(ios)
	root := NewRootCmd(f)
	root.SetArgs(append([]string{"tariff"}, args...))
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	err := root.Execute()
	return out.String(), err
}

// TestTariffGolden checks roo tariff's output on real lines of the embedded
// schedule against golden files; run with -update to rewrite them.
func TestTariffGolden(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"8501.10.40-value.txt", []string{"8501.10.40", "--value", "120"}},
		{"8501.10.40.json", []string{"8501.10.40", "--value", "120", "--format", "json"}},
		{"0402.99.90-qty.txt", []string{"0402.99.90", "--value", "100", "--qty", "10kg"}},
		{"0402.99.90-noqty.json", []string{"0402.99.90", "--value", "100", "--format", "json"}},
		{"8708.29.51.txt", []string{"8708.29.51"}},
		{"8708.29.51.25.csv", []string{"8708.29.51.25", "--value", "80.10", "--format", "csv"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := runTariff(t, tt.args...)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "tariff", tt.name)
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (rerun with -update and review):\n--- got\n%s\n--- want\n%s", path, got, want)
			}
		})
	}
}

// TestTariffDutyFigures checks the money a user reads, independently of the
// golden files.
func TestTariffDutyFigures(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		// 4.4% of 120 = 5.28; 35% of 120 = 42.
		{[]string{"8501.10.40", "--value", "120"}, []string{"4.4%  ad-valorem  5.28", "35%   ad-valorem  42.00"}},
		// 46.3¢ × 10 kg + 14.9% × 100 = 4.63 + 14.90.
		{[]string{"0402.99.90", "--value", "100", "--qty", "10"}, []string{"19.53", "not priced (text rate)"}},
		{[]string{"0402.99.90", "--value", "100"}, []string{"14.90 + ? (incomplete)", "46.3¢/kg needs a quantity in kg"}},
		// 2.5% of 80.10 = 2.0025 → 2.00.
		{[]string{"8708.29.51", "--value", "80.10"}, []string{"2.5%  ad-valorem  2.00"}},
	}
	for _, tt := range tests {
		got, err := runTariff(t, tt.args...)
		if err != nil {
			t.Fatalf("%v: %v", tt.args, err)
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: output lacks %q:\n%s", tt.args, w, got)
			}
		}
	}
}

func TestTariffErrors(t *testing.T) {
	tests := []struct {
		args  []string
		usage bool
		want  string
		hint  string
	}{
		{[]string{}, true, "takes one HS/HTS code", ""},
		{[]string{"87A8"}, true, "is not an HS/HTS code", ""},
		{[]string{"8708.29.51", "--value", "ten"}, true, "invalid --value", ""},
		{[]string{"8708.29.51", "--qty", "3"}, true, "--qty needs --value", ""},
		{[]string{"8708.29.51", "--value", "1", "--qty", "kg"}, true, "invalid --qty", ""},
		{[]string{"8708.29"}, false, "is a subheading", "8708.29.51"},
		{[]string{"8708.29.59"}, false, "is not a tariff item", "8708.29.51"},
		{[]string{"8708.29.51", "--import-into", "MX"}, false, "Mexico's tariff schedule is missing", "--schedule MX=FILE"},
		{[]string{"8708.29.51", "--schedule", "US=x.csv"}, true, "only CA and MX", ""},
		{[]string{"8708.29.51", "--hts", "/nonexistent/hts.csv"}, false, "reading --hts", "USITC"},
	}
	for _, tt := range tests {
		_, err := runTariff(t, tt.args...)
		if err == nil {
			t.Errorf("%v: no error", tt.args)
			continue
		}
		var fe *FlagError
		if errors.As(err, &fe) != tt.usage {
			t.Errorf("%v: usage error = %v, want %v (%v)", tt.args, !tt.usage, tt.usage, err)
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: error %q lacks %q", tt.args, err, tt.want)
		}
		if tt.hint != "" && !strings.Contains(hintText(err), tt.hint) {
			t.Errorf("%v: hint %q lacks %q", tt.args, hintText(err), tt.hint)
		}
	}
}

func hintText(err error) string {
	var b strings.Builder
	var he *HintError
	if errors.As(err, &he) {
		b.WriteString(strings.Join(he.Hints, "\n"))
	}
	var h hinter
	if errors.As(err, &h) {
		b.WriteString(h.Hint())
	}
	return b.String()
}

func TestTariffPartnerSchedule(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "ca.csv")
	// A user-supplied schedule in roo's layout (values are the test's own).
	csv := "code,description,unit,mfn,usmca\n8708.29.00,Other parts of bodies,No.,6%,Free\n"
	if err := os.WriteFile(file, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := runTariff(t, "8708.29.00", "--import-into", "CA", "--schedule", "CA="+file, "--value", "200")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"CA tariff schedule (ca.csv)", "General (MFN)  6%    ad-valorem  12.00", "USMCA          Free  free        0.00"} {
		if !strings.Contains(got, w) {
			t.Errorf("output lacks %q:\n%s", w, got)
		}
	}
	if strings.Contains(got, "Column 2") {
		t.Errorf("a partner schedule has no column 2:\n%s", got)
	}
}

// TestTariffHTSFile loads a newer schedule with --hts: here the USITC JSON
// export of chapter 85 from the shared data, when present.
func TestTariffHTSFile(t *testing.T) {
	dir := os.Getenv("ROO_SHARED_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	file := filepath.Join(dir, "hts", "usitc-json", "85.json")
	if _, err := os.Stat(file); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	got, err := runTariff(t, "8501.10.40", "--hts", file)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"US HTS (85.json)", "See 9903.88.01.", "4.4%"} {
		if !strings.Contains(got, w) {
			t.Errorf("output lacks %q:\n%s", w, got)
		}
	}
}

func TestTariffCoverage(t *testing.T) {
	got, err := runTariff(t, "--coverage")
	if err != nil {
		t.Fatal(err)
	}
	s, _ := tariffs.US()
	if !strings.Contains(got, s.Name()) || !strings.Contains(got, "see-reference") {
		t.Errorf("coverage output:\n%s", got)
	}
}
