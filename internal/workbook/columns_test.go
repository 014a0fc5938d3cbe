package workbook

import "testing"

// TestEveryColumnIsDefined: a canonical column without a definition would
// have no header to match, so its cells could never be read.
func TestEveryColumnIsDefined(t *testing.T) {
	for c := Col(0); c < numCols; c++ {
		if columns[c].name == "" || columns[c].side == 0 {
			t.Errorf("column %d has no name or sheet", c)
		}
	}
}

// normalize's ASCII path folds exactly as the full one (decomposition,
// accents dropped, letters and digits kept in lower case, # as "no").
func FuzzNormalizeASCII(f *testing.F) {
	for _, s := range []string{"Good ID", "good-id", "Part #", "HTS code", "non-originating", "", "A1_b2 C3", "\x00\x7f!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalize(s), normalizeText(s); got != want {
			t.Fatalf("normalize(%q) = %q, want %q", s, got, want)
		}
	})
}
