// Command gen builds roo's embedded rule base from the GN 11(o) data: it
// parses every record of usmca/gn11/rules.jsonl into roo's rule structure,
// links the records, maps the codes the rules cite from older HS editions
// to HS 2022, and writes the compact binary form that package rules
// embeds.
//
// It finds the data at $ROO_SHARED_DATA, or else at <module root>/../shared/data.
//
//	go generate ./origin/rules        # rewrites origin/rules/rules.bin
//	go run ./origin/rules/internal/gen -check    # compares instead of writing
package main

import (
	"flag"
	"os"

	"github.com/roo-trade/roo/internal/gendata"
)

func main() { gendata.Main(generator()) }

// generator is the rule base's generator; -report prints the coverage and
// every failure and flag, -dump every record's text, rendering and outline.
func generator() gendata.Generator {
	var report, dumpAll bool
	return gendata.Generator{
		Regenerate: "go generate ./origin/rules",
		Needs:      []string{rulesFile},
		Flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&report, "report", false, "print the coverage and every failure and flag on stdout")
			fs.BoolVar(&dumpAll, "dump", false, "print every record's text, rendering and outline on stdout")
		},
		Build: func(dataDir string) ([]gendata.Output, []string, error) {
			data, base, err := Build(dataDir)
			if err != nil {
				return nil, nil, err
			}
			if report {
				printReport(os.Stdout, base)
			}
			if dumpAll {
				recs, err := readRecords(dataDir)
				if err != nil {
					return nil, nil, err
				}
				if err := dump(os.Stdout, recs, base); err != nil {
					return nil, nil, err
				}
			}
			return []gendata.Output{{Path: "origin/rules/rules.bin", Data: data}}, nil, nil
		},
	}
}
