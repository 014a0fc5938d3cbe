package rules

import (
	_ "embed"
	"sync"
)

//go:generate go run ./internal/gen

// embedded is the rule base in the compact form, written by the generator
// from the GN 11(o) data.
//
//go:embed rules.bin
var embedded string

var loadDefault = sync.OnceValues(func() (*Base, error) { return Load(embedded) })

// Default returns the rule base embedded in roo. The first call reads only
// the chapter index; each chapter is decoded the first time it is asked
// for, so a lookup decodes one chapter (and the chapter groups around it).
func Default() (*Base, error) { return loadDefault() }
