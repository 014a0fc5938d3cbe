package tariffs

import (
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

// BenchmarkLoadUS measures what the first use of the embedded schedule costs:
// indexing the compact form (US caches the result; this does not).
func BenchmarkLoadUS(b *testing.B) {
	for b.Loop() {
		if _, err := decodeCompact(usHTS); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLine measures one lookup with its rates parsed.
func BenchmarkLine(b *testing.B) {
	s := mustUS(b)
	c := hs.MustParse("8708.29.51")
	for b.Loop() {
		if _, err := s.Line(c); err != nil {
			b.Fatal(err)
		}
	}
}
