// Command gen builds roo's embedded form of the automotive appendix from
// the shared data: Tables A.1 to S (usmca/auto-appendix-tables.csv) and the
// vehicle rules of headings 87.01 to 87.08 with their staged thresholds
// (usmca/ch87-vehicle-rules-canada.csv). It maps every HS 2012 code the
// tables cite to its HS 2022 subheadings through the UN correlation tables
// of package hs, and records what it finds doubtful in the data.
//
// It finds the data at $ROO_SHARED_DATA, or else at <module root>/../shared/data.
//
//	go generate ./origin/auto                    # rewrites origin/auto/auto.txt
//	go run ./origin/auto/internal/gen -check     # compares instead of writing
//	go run ./origin/auto/internal/gen -report    # prints the doubts found
package main

import (
	"flag"
	"fmt"

	"github.com/roo-trade/roo/internal/gendata"
)

func main() { gendata.Main(generator()) }

// generator is the automotive tables' generator; -report prints the counts
// and every doubt found in the data.
func generator() gendata.Generator {
	var report bool
	return gendata.Generator{
		Regenerate: "go generate ./origin/auto",
		Needs:      []string{tablesFile, vehiclesFile},
		Flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&report, "report", false, "print the counts and every doubt found in the data")
		},
		Build: func(dataDir string) ([]gendata.Output, []string, error) {
			data, t, err := Build(dataDir)
			if err != nil {
				return nil, nil, err
			}
			if report {
				fmt.Printf("%d table lines, %d vehicle-rule requirements\n", len(t.Entries), len(t.Vehicles))
				for _, f := range t.Flags {
					fmt.Println("doubt:", f)
				}
			}
			return []gendata.Output{{Path: "origin/auto/auto.txt", Data: data}}, nil, nil
		},
	}
}
