package tariffs

import (
	"slices"
	"strings"
	"testing"
)

// TestSearchEmbedded searches the embedded US HTS: the words a user types
// find the lines a broker would pick, ranked the same way every time.
func TestSearchEmbedded(t *testing.T) {
	s, err := US()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query    string
		first    string   // the best hit
		includes []string // found somewhere
	}{
		// The heading that says it, then its lines through the path.
		{"electric motor", "8501", []string{"85011040", "8501402040", "850110"}},
		{"Electric MOTORS", "8501", nil}, // case and plural
		// Only the statistical lines of 9401.61.20 are of teak and upholstered chairs.
		{"upholstered chairs teak", "94016120", []string{"9401612011", "9401612035"}},
		{"brake", "", []string{"870830"}},
	}
	for _, tt := range tests {
		hits := s.Search(tt.query)
		if len(hits) == 0 {
			t.Errorf("%q: nothing found", tt.query)
			continue
		}
		if tt.first != "" && string(hits[0].Code) != tt.first {
			t.Errorf("%q: first hit %s, want %s", tt.query, hits[0].Code, tt.first)
		}
		var codes []string
		for _, h := range hits {
			codes = append(codes, string(h.Code))
		}
		for _, c := range tt.includes {
			if !slices.Contains(codes, c) {
				t.Errorf("%q: %s not found among %d hits", tt.query, c, len(hits))
			}
		}
		if again := s.Search(tt.query); !slices.EqualFunc(hits, again, func(a, b Hit) bool { return a.Code == b.Code }) {
			t.Errorf("%q: the ranking changed between two runs", tt.query)
		}
	}
}

// TestSearchPath: two lines both called "Other" carry different paths.
func TestSearchPath(t *testing.T) {
	s, err := US()
	if err != nil {
		t.Fatal(err)
	}
	paths := map[string]string{}
	for _, h := range s.Search("upholstered other") {
		if h.Description == "Other" {
			paths[string(h.Code)] = strings.Join(h.Path, " | ")
		}
	}
	a, b := paths["94016140"], paths["94016160"]
	if a == "" || b == "" || a == b {
		t.Fatalf("9401.61.40 and .60 (both Other) should differ by path: %q vs %q", a, b)
	}
	if !strings.HasSuffix(a, "Upholstered: | Chairs:") || !strings.HasSuffix(b, "Upholstered:") {
		t.Errorf("paths: %q, %q", a, b)
	}
}

// TestSearchNothing: no words, or words no line has, find nothing.
func TestSearchNothing(t *testing.T) {
	s, err := US()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"", "  ", "zzqxw", "electric zzqxw"} {
		if hits := s.Search(q); len(hits) != 0 {
			t.Errorf("%q found %d hits", q, len(hits))
		}
	}
}

func TestSingular(t *testing.T) {
	for in, want := range map[string]string{"motors": "motor", "boxes": "box", "batteries": "battery", "glass": "glass", "gas": "gas", "bus": "bus", "parts": "part"} {
		if got := singular(in); got != want {
			t.Errorf("singular(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestListingContext: the lines listed under 9401.61 say what sets the
// two "Other" apart (roo tariff 9401.61).
func TestListingContext(t *testing.T) {
	s, err := US()
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Line("940161")
	nf, ok := err.(*NotFoundError)
	if !ok {
		t.Fatalf("Line(9401.61) = %v, want a listing", err)
	}
	want := "lines under 9401.61 Upholstered:\n  9401.61.20    Chairs: Of teak\n  9401.61.40    Chairs: Other\n  9401.61.60    Other"
	if got := nf.Hint(); got != want {
		t.Errorf("hint:\n%s\nwant:\n%s", got, want)
	}
}
