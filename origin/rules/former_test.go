package rules

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

// TestLookupByFormerCode: HS 2022 2404.19 came in part from HS 2017
// 2403.99 (GN 11(o) ch. 24 rule 1) and in part from 3824.99 (ch. 38 rule
// 5), so without more roo asks for the good's former code; the workbook's
// former code settles which rule applies (issue 17 item 10), and a former
// code the good did not come from is reported, not silently ignored.
func TestLookupByFormerCode(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cites := func(a Answer) string {
		var cs []string
		for _, c := range a.Candidates {
			cs = append(cs, c.Rule.Citation())
		}
		return strings.Join(cs, ", ")
	}
	needs := func(a Answer) string {
		var ks []string
		for _, n := range a.Needs {
			ks = append(ks, n.Key)
		}
		return strings.Join(ks, ",")
	}
	tests := []struct {
		former, rule, needs, conflict string
	}{
		{"", "GN 11(o) ch. 24 rule 1, GN 11(o) ch. 38 rule 5", "former-code", ""},
		{"2403.99", "GN 11(o) ch. 24 rule 1", "", ""},
		{"3824.99", "GN 11(o) ch. 38 rule 5", "", ""},
		{"8471.30", "GN 11(o) ch. 24 rule 1, GN 11(o) ch. 38 rule 5", "former-code", "former code 8471.30"},
	}
	for _, tt := range tests {
		t.Run("former "+tt.former, func(t *testing.T) {
			a, err := b.Lookup(Query{Code: "240419", Former: former(tt.former), Date: "2026-07-01"})
			if err != nil {
				t.Fatal(err)
			}
			if got := cites(a); got != tt.rule {
				t.Errorf("candidates %q, want %q", got, tt.rule)
			}
			if got := needs(a); got != tt.needs {
				t.Errorf("needs %q, want %q", got, tt.needs)
			}
			if !strings.Contains(a.Conflict, tt.conflict) || (tt.conflict == "" && a.Conflict != "") {
				t.Errorf("conflict %q, want %q", a.Conflict, tt.conflict)
			}
		})
	}
}

func former(s string) hs.Code {
	if s == "" {
		return ""
	}
	return hs.MustParse(s)
}
