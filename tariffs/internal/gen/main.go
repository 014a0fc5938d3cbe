// Command gen regenerates roo's embedded US tariff schedule
// (tariffs/data/us-hts.tsv) from the USITC CSV export of the HTS in the
// shared data directory: $ROO_SHARED_DATA, or else <module root>/../shared/data.
// Run it with `go generate ./tariffs`.
package main

import (
	"os"
	"path/filepath"

	"github.com/roo-trade/roo/internal/gendata"

	"github.com/roo-trade/roo/tariffs"
)

// sourceFile is the USITC export the embedded schedule is generated from,
// relative to the shared data directory.
const sourceFile = "hts/hts-2025-revision-25.csv"

// outFile is the generated file, relative to the module root.
const outFile = "tariffs/data/us-hts.tsv"

func main() { gendata.Main(generator()) }

// generator is the embedded US schedule's generator.
func generator() gendata.Generator {
	return gendata.Generator{
		Regenerate: "go generate ./tariffs",
		Needs:      []string{sourceFile},
		Build: func(dataDir string) ([]gendata.Output, []string, error) {
			out, err := generate(dataDir)
			if err != nil {
				return nil, nil, err
			}
			return []gendata.Output{{Path: outFile, Data: []byte(out)}}, nil, nil
		},
	}
}

func generate(dir string) (string, error) {
	f, err := os.Open(filepath.Join(dir, sourceFile))
	if err != nil {
		return "", err
	}
	defer f.Close()
	s, err := tariffs.ReadUSITC(f, filepath.Base(sourceFile))
	if err != nil {
		return "", err
	}
	return s.Compact(), nil
}
