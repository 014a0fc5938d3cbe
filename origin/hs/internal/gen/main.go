// Command gen turns the UN Harmonized System lists and correlation tables in
// the shared data directory into the compact text files that package hs
// embeds. It is run by `go generate` in origin/hs:
//
//	go generate ./origin/hs
//
// The data directory is $ROO_SHARED_DATA, or else <module root>/../shared/data.
// The output is roo's own form (codes, editions, descriptions, correlation
// links), never a copy of the sources; see the header of each output file.
package main

import (
	"github.com/roo-trade/roo/internal/gendata"
)

func main() { gendata.Main(generator()) }

// generator is the nomenclature and correlations generator.
func generator() gendata.Generator {
	return gendata.Generator{
		Regenerate: "go generate ./origin/hs",
		Needs:      []string{"hs"},
		Build: func(dataDir string) ([]gendata.Output, []string, error) {
			files, notes, err := generate(dataDir)
			if err != nil {
				return nil, nil, err
			}
			var outs []gendata.Output
			for _, name := range outputNames {
				outs = append(outs, gendata.Output{Path: "origin/hs/data/" + name, Data: files[name]})
			}
			return outs, notes, nil
		},
	}
}
