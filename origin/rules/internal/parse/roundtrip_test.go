package parse

import (
	"path/filepath"
	"testing"

	"github.com/roo-trade/roo/origin/rules"
)

// roundTrip renders a parsed rule and parses the rendering: the structure
// must come back the same.
func roundTrip(t *testing.T, rec Record) {
	t.Helper()
	first := Parse(rec).Rule
	if first == nil || first.Status == rules.Failed {
		return
	}
	again := rec
	again.Text = rules.Render(first)
	second := Parse(again).Rule
	if second == nil {
		t.Errorf("%s/%d: the rendering parses as a note: %s", rec.Chapter, rec.Seq, again.Text)
		return
	}
	if second.Status == rules.Failed {
		t.Errorf("%s/%d: the rendering fails to parse: %s\n%s", rec.Chapter, rec.Seq, second.Failure, again.Text)
		return
	}
	if a, b := shapeOf(first), shapeOf(second); a != b {
		t.Errorf("%s/%d: render → parse changed the structure\ntext:   %s\nrender: %s\nfirst:  %s\nsecond: %s",
			rec.Chapter, rec.Seq, rec.Text, again.Text, rules.Outline(first), rules.Outline(second))
	}
}

// TestRoundTripGolden renders every rule of the golden sample and parses
// it back.
func TestRoundTripGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.golden"))
	n := 0
	for _, path := range files {
		_, entries := readGolden(t, path)
		for _, e := range entries {
			roundTrip(t, e.rec)
			n++
		}
	}
	if n < 100 {
		t.Fatalf("only %d golden records", n)
	}
}
