package tariffs

import (
	_ "embed"
	"sync"
)

//go:generate go run ./internal/gen

// usHTS is the US schedule in roo's compact form, generated from the USITC
// CSV export by tariffs/internal/gen. Do not edit it by hand.
//
//go:embed data/us-hts.tsv
var usHTS string

// US returns the embedded US schedule. It is indexed on first use (a single
// pass over the embedded text, no row is decoded) and shared afterwards.
var US = sync.OnceValues(func() (*Schedule, error) { return decodeCompact(usHTS) })
