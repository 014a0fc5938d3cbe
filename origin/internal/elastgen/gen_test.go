package main

import (
	"testing"

	"github.com/roo-trade/roo/internal/gendata"
)

// TestRegenerate checks that origin/elastomeric_gen.go is what the embedded
// schedule gives, and that it lists the elastomeric yarns the law's
// de minimis cases need (5402.44 elastomeric synthetic filament yarn,
// 4007 rubber thread, 5604.10 textile-covered rubber thread) but not the
// rest of heading 5604.
func TestRegenerate(t *testing.T) {
	outs := gendata.Check(t, generator())
	if len(outs) != 1 {
		t.Fatalf("%d outputs, want 1", len(outs))
	}
	rows, err := elastomericFromModule()
	if err != nil {
		t.Fatal(err)
	}
	has := map[string]bool{}
	for _, r := range rows {
		has[r.code] = true
	}
	for _, c := range []string{"54024400", "4007000000", "5604100000", "6002", "6004"} {
		if !has[c] {
			t.Errorf("%s not listed", c)
		}
	}
	if has["5604"] {
		t.Errorf("heading 5604 listed whole; only 5604.10 is rubber thread")
	}
}
