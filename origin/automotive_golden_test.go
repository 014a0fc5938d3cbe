package origin

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/automotive")

// transcript writes what an auditor reads of a determination: the verdict,
// the reasons, the automotive steps, the changes, the assumptions and the
// missing inputs.
func transcript(res Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "status: %s\ncriterion: %s\nrule: %s\n", res.Status, res.Criterion, res.Rule)
	for _, f := range res.RVC {
		th := "—"
		if f.Threshold.Valid {
			th = f.Threshold.Decimal.String() + "%"
		}
		fmt.Fprintf(&b, "rvc: %s %s%% (threshold %s)\n", f.Method, f.Display(), th)
	}
	section := func(name string, lines []string) {
		if len(lines) == 0 {
			return
		}
		fmt.Fprintf(&b, "%s:\n", name)
		for _, l := range lines {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	section("reasons", res.Reasons)
	if res.Automotive != nil {
		section("automotive", res.Automotive.Steps())
	}
	var changes, assumed []string
	for _, c := range res.Changes {
		changes = append(changes, c.Kind+": "+c.Text)
	}
	for _, a := range res.Assumptions {
		assumed = append(assumed, string(a.Code)+": "+a.Message)
	}
	section("changes", changes)
	section("assumed", assumed)
	section("missing inputs", res.MissingInputs)
	section("rule notes", res.RuleNotes)
	return b.String()
}

// TestVehicleGolden keeps the full text of three light-truck
// determinations — qualifying, failing its labour value content, and short
// of its Vehicle sheet — in golden files (go test ./origin -run Golden
// -update rewrites them).
func TestVehicleGolden(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Good)
	}{
		{"light-truck-qualifies", func(*Good) {}},
		{"light-truck-lvc-short", func(g *Good) { g.Vehicle.LVC.HWM = nd("6000"); g.Vehicle.Steel.Originating = nd("650000") }},
		{"light-truck-no-vehicle-sheet", func(g *Good) { g.Vehicle = nil }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := vehicle()
			tc.change(g)
			got := transcript(evaluate(t, g))
			path := filepath.Join("testdata", "automotive", tc.name+".golden")
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file (run with -update after checking):\n%s", tc.name, got)
			}
		})
	}
}
