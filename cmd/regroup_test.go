package cmd

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/cmd/internal/samples"
)

// A workbook whose goods' lines are scattered gives the same verdicts,
// RVCs and VNMs as the same lines sorted by good: the regrouping through a
// temporary file changes nothing but the memory it takes.
func TestScatteredLinesGiveTheSameResults(t *testing.T) {
	t.Setenv("ROO_TODAY", "2026-11-27")
	dir := t.TempDir()
	write := func(name string, shuffled bool) string {
		path := filepath.Join(dir, name)
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := samples.WriteLarge(f, samples.LargeOptions{Goods: 40, LinesPerGood: 25, Seed: 7, Shuffled: shuffled}); err != nil {
			t.Fatal(err)
		}
		return path
	}
	type verdict struct {
		Status, VNM string
		Criterion   *string
		RVC         []struct{ Method, Value string }
		Materials   []json.RawMessage
	}
	run := func(path string) (map[string]verdict, string) {
		ios, _, out, errOut := iostreams.Test()
		if code := Run(context.Background(), ios, []string{"qualify", path, "--format", "json"}); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var doc struct {
			Goods []struct {
				GoodID string `json:"good_id"`
				verdict
			} `json:"goods"`
		}
		if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		got := map[string]verdict{}
		for _, g := range doc.Goods {
			got[g.GoodID] = g.verdict
		}
		return got, errOut.String()
	}
	sorted, sortedErr := run(write("sorted.xlsx", false))
	scattered, scatteredErr := run(write("scattered.xlsx", true))
	if sortedErr != "" {
		t.Errorf("the sorted workbook gave warnings: %s", sortedErr)
	}
	if want := "so roo regroups the sheet's rows through a temporary file"; !strings.Contains(scatteredErr, want) {
		t.Errorf("the scattered workbook must say %q; stderr:\n%s", want, scatteredErr)
	}
	if len(sorted) != 40 || len(scattered) != 40 {
		t.Fatalf("goods: %d sorted, %d scattered; want 40", len(sorted), len(scattered))
	}
	statuses := map[string]int{}
	for id, a := range sorted {
		b := scattered[id]
		statuses[a.Status]++
		if a.Status != b.Status || a.VNM != b.VNM || deref(a.Criterion) != deref(b.Criterion) || len(a.Materials) != len(b.Materials) || len(a.RVC) != len(b.RVC) {
			t.Errorf("%s: sorted %s VNM %s criterion %s (%d materials), scattered %s VNM %s criterion %s (%d materials)",
				id, a.Status, a.VNM, deref(a.Criterion), len(a.Materials), b.Status, b.VNM, deref(b.Criterion), len(b.Materials))
			continue
		}
		for i := range a.RVC {
			if a.RVC[i] != b.RVC[i] {
				t.Errorf("%s: RVC %v sorted, %v scattered", id, a.RVC[i], b.RVC[i])
			}
		}
	}
	if len(statuses) < 2 {
		t.Errorf("the generated goods should not all have one verdict: %v", statuses)
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
