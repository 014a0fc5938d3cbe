package rules

import "testing"

// BenchmarkLoadAndLookup is the cost roo pays at start-up for one
// `roo rule`: reading the index of the embedded base and decoding the
// chapters one lookup needs.
func BenchmarkLoadAndLookup(b *testing.B) {
	for b.Loop() {
		base, err := Load(embedded)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := base.Lookup(Query{Code: "870830", Date: "2026-01-01", Use: PassengerVehicle}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAndLookupChapter84 is the same for the largest chapter.
func BenchmarkLoadAndLookupChapter84(b *testing.B) {
	for b.Loop() {
		base, err := Load(embedded)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := base.Lookup(Query{Code: "845710", Date: "2026-01-01"}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookup is a lookup in a base already decoded.
func BenchmarkLookup(b *testing.B) {
	base, err := Load(embedded)
	if err != nil {
		b.Fatal(err)
	}
	q := Query{Code: "870830", Date: "2026-01-01", Use: PassengerVehicle}
	for b.Loop() {
		if _, err := base.Lookup(q); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadAll decodes every chapter, as roo rule --coverage does.
func BenchmarkLoadAll(b *testing.B) {
	for b.Loop() {
		base, err := Load(embedded)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := base.All(); err != nil {
			b.Fatal(err)
		}
	}
}
