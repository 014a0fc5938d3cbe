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
	"os"
	"path/filepath"

	"github.com/roo-trade/roo/internal/gendata"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	dataDir := fs.String("data", "", "the shared data directory (default $ROO_SHARED_DATA, else <module root>/../shared/data)")
	out := fs.String("o", "", "output file (default <module root>/origin/auto/auto.txt)")
	check := fs.Bool("check", false, "compare the output with the file instead of writing it")
	report := fs.Bool("report", false, "print the counts and every doubt found in the data")
	if err := fs.Parse(args); err != nil {
		return err
	}
	root, err := gendata.ModuleRoot()
	if err != nil {
		return err
	}
	if *dataDir == "" {
		*dataDir = gendata.Dir(root)
	}
	if *out == "" {
		*out = filepath.Join(root, "origin", "auto", "auto.txt")
	}
	data, t, err := Build(*dataDir)
	if err != nil {
		return err
	}
	if *report {
		fmt.Printf("%d table lines, %d vehicle-rule requirements\n", len(t.Entries), len(t.Vehicles))
		for _, f := range t.Flags {
			fmt.Println("doubt:", f)
		}
	}
	return gendata.WriteOrCheck(*out, data, *check, "go generate ./origin/auto")
}
