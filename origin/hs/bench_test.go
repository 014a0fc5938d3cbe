package hs

import "testing"

// BenchmarkLoadNomenclature measures the lazy load that the first lookup
// pays: decoding the embedded HS 2022/2017/2012 list.
func BenchmarkLoadNomenclature(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseNomenclature(nomenclatureText); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadCorrelations measures the second lazy load, paid only when a
// code is not HS 2022 or a rule's code is mapped.
func BenchmarkLoadCorrelations(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseCorrelations(correlationsText); err != nil {
			b.Fatal(err)
		}
	}
}

// The lookups run once per BOM line, over a million lines.
func BenchmarkValidate(b *testing.B) {
	for _, bc := range []struct {
		name string
		code Code
	}{
		{"valid", "8708305010"},
		{"outdated", "9403908000"},
		{"unknown", "9801001000"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			Validate(bc.code) // load outside the timing
			b.ReportAllocs()
			for b.Loop() {
				Validate(bc.code)
			}
		})
	}
}

func BenchmarkLookup(b *testing.B) {
	Lookup("870830")
	b.ReportAllocs()
	for b.Loop() {
		Lookup("870830")
	}
}

func BenchmarkUndivided(b *testing.B) {
	Undivided("8503")
	b.ReportAllocs()
	for b.Loop() {
		Undivided("8503")
	}
}

func BenchmarkSuccessors(b *testing.B) {
	Successors("851770", HS2017)
	b.ReportAllocs()
	for b.Loop() {
		m, _ := Successors("851770", HS2017)
		for i := range m.Len() {
			_ = m.At(i)
		}
	}
}

// TestLookupsDoNotAllocate holds the per-line lookups to zero allocations.
func TestLookupsDoNotAllocate(t *testing.T) {
	checks := map[string]func(){
		"Validate valid":    func() { Validate("8708305010") },
		"Validate outdated": func() { Validate("9403908000") },
		"Validate unknown":  func() { Validate("9801001000") },
		"Lookup":            func() { Lookup("870830") },
		"Exists":            func() { Exists("8549") },
		"EditionsOf":        func() { EditionsOf("854810") },
		"PathOf":            func() { PathOf("8708305010") },
		"Undivided":         func() { Undivided("8503") },
		"Successors": func() {
			m, _ := Successors("851770", HS2017)
			_ = m.Contains("851771") && m.Changed() && m.Relationship() == ManyToMany
		},
		"Resolve": func() { Resolve("870830") },
	}
	for name, f := range checks {
		f()
		if n := testing.AllocsPerRun(100, f); n != 0 {
			t.Errorf("%s: %.0f allocations per call, want 0", name, n)
		}
	}
}
