package suggest

import (
	"slices"
	"testing"
)

func TestClosest(t *testing.T) {
	ids := []string{"MOT-7K5", "MOT-7K6", "PUMP-22", "SEAT-01"}
	tests := []struct {
		word string
		want []string
	}{
		{"mot-7k7", []string{"MOT-7K5", "MOT-7K6"}}, // one edit from both
		{"pump22", []string{"PUMP-22"}},             // a dropped hyphen
		{"SEAT", []string{"SEAT-01"}},               // a prefix typed short
		{"gearbox", nil},                            // nothing near
		{"", nil},
		{"MOT-7K5", []string{"MOT-7K6"}}, // the name itself is no suggestion
	}
	for _, tt := range tests {
		if got := Closest(tt.word, ids); !slices.Equal(got, tt.want) {
			t.Errorf("Closest(%q) = %q, want %q", tt.word, got, tt.want)
		}
	}
}

func TestClosestKeys(t *testing.T) {
	keys := []string{"certifier.role", "certifier.name", "certifier.telephone", "importer.telephone"}
	if got := Closest("certifier.phone", keys); len(got) == 0 || got[0] != "certifier.telephone" {
		t.Errorf("Closest(certifier.phone) = %q, want certifier.telephone first", got)
	}
	fields := []string{"name", "telephone", "email", "address"}
	if got := Closest("phone", fields); !slices.Equal(got, []string{"telephone"}) {
		t.Errorf("Closest(phone) = %q, want telephone (a word the field contains)", got)
	}
	if got := Closest("one", fields); got != nil {
		t.Errorf("Closest(one) = %q: a word under four letters is not matched inside a field", got)
	}
}

func TestPhrase(t *testing.T) {
	if got := Phrase("jsn", []string{"json", "jsonl", "csv"}); got != ` (did you mean "json"?)` {
		t.Errorf("Phrase = %q", got)
	}
	if got := Phrase("zzzz", []string{"json"}); got != "" {
		t.Errorf("Phrase with nothing near = %q", got)
	}
}

func TestDistance(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		d    int
	}{{"", "abc", 3}, {"kitten", "sitting", 3}, {"año", "ano", 1}, {"same", "same", 0}, {"form", "from", 1}, {"MOT-K75", "MOT-7K5", 1}, {"ab", "ba", 1}, {"abc", "ca", 3}} {
		if got := Distance(tt.a, tt.b); got != tt.d {
			t.Errorf("Distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.d)
		}
	}
}
