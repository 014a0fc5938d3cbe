package auto

import "testing"

// BenchmarkDecode measures the lazy load the first automotive good pays:
// decoding the embedded appendix.
func BenchmarkDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPartRequirement is the per-good cost once loaded.
func BenchmarkPartRequirement(b *testing.B) {
	tab := tables(b)
	b.ReportAllocs()
	for b.Loop() {
		tab.PartRequirement("8708295000", UsePassengerVehicle, noFacts)
	}
}
