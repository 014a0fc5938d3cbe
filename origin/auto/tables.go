package auto

import (
	_ "embed"
	"sync"

	"github.com/roo-trade/roo/origin/hs"
)

//go:generate go run ./internal/gen

// embedded is the appendix in roo's compact form, written by the generator.
//
//go:embed auto.txt
var embedded string

var loadDefault = sync.OnceValues(func() (*Tables, error) { return Decode(embedded) })

// Default returns the appendix embedded in roo, decoded on first use: a
// command that evaluates no automotive good never pays for it (see
// BenchmarkDecode).
func Default() (*Tables, error) { return loadDefault() }

// Tables is the automotive appendix in roo's form.
type Tables struct {
	// Sources are the data files the tables were generated from.
	Sources []string
	// Entries are the lines of Tables A.1 to S, in the order printed.
	Entries []Entry
	// Vehicles are the RVC requirements of the vehicle rules of headings
	// 87.01 to 87.08 (UR §13), in the order printed.
	Vehicles []VehicleRule
	// Flags are what the generator found doubtful in the data.
	Flags []string

	bySubheading map[hs.Code][]int // HS 2022 subheading → Entries
	vehiclesBy   map[hs.Code][]int // HS 2022 subheading → Vehicles
}

// index builds the lookups by HS 2022 subheading.
func (t *Tables) index() {
	t.bySubheading = map[hs.Code][]int{}
	for i := range t.Entries {
		for _, l := range t.Entries[i].Links {
			if s := t.bySubheading[l.Code]; len(s) == 0 || s[len(s)-1] != i {
				t.bySubheading[l.Code] = append(s, i)
			}
		}
	}
	t.vehiclesBy = map[hs.Code][]int{}
	for i := range t.Vehicles {
		for _, l := range t.Vehicles[i].Links {
			if s := t.vehiclesBy[l.Code]; len(s) == 0 || s[len(s)-1] != i {
				t.vehiclesBy[l.Code] = append(s, i)
			}
		}
	}
}

// In returns the lines of a table, in order.
func (t *Tables) In(tab Table) []*Entry {
	var out []*Entry
	for i := range t.Entries {
		if t.Entries[i].Table == tab {
			out = append(out, &t.Entries[i])
		}
	}
	return out
}

// Lines returns the lines of the given tables whose provisions may cover
// the code (an HS 2022 code of 6 to 10 digits), in table order.
func (t *Tables) Lines(code hs.Code, tabs ...Table) []*Entry {
	if len(code) < int(hs.Subheading) {
		return nil
	}
	var out []*Entry
	for _, tab := range tabs {
		for _, i := range t.bySubheading[code.Subheading()] {
			if t.Entries[i].Table == tab {
				out = append(out, &t.Entries[i])
			}
		}
	}
	return out
}
