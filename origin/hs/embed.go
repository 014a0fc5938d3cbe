package hs

import (
	_ "embed"
	"sync"
)

//go:generate go run ./internal/gen

// The embedded data, written by ./internal/gen from the UN lists and
// correlation tables in the shared data directory.
var (
	//go:embed data/nomenclature.txt
	nomenclatureText string
	//go:embed data/correlations.txt
	correlationsText string
)

// nomenclatureData and correlationData decode the embedded data on first use,
// so commands that never look at HS codes never pay for them. The data is
// checked by the tests; a decoding failure is a build defect, so it panics.
var (
	nomenclatureData = sync.OnceValue(func() *nomenclature {
		n, err := parseNomenclature(nomenclatureText)
		if err != nil {
			panic("hs: embedded nomenclature: " + err.Error())
		}
		return n
	})
	correlationData = sync.OnceValue(func() *correlations {
		c, err := parseCorrelations(correlationsText)
		if err != nil {
			panic("hs: embedded correlations: " + err.Error())
		}
		return c
	})
)
