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
	out := fs.String("o", "", "output file (default <module root>/origin/rules/rules.bin)")
	check := fs.Bool("check", false, "compare the output with the file instead of writing it")
	report := fs.Bool("report", false, "print the coverage and every failure and flag on stdout")
	dumpAll := fs.Bool("dump", false, "print every record's text, rendering and outline on stdout")
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
		*out = filepath.Join(root, "origin", "rules", "rules.bin")
	}
	data, base, err := Build(*dataDir)
	if err != nil {
		return err
	}
	if *report {
		printReport(os.Stdout, base)
	}
	if *dumpAll {
		recs, err := readRecords(*dataDir)
		if err != nil {
			return err
		}
		if err := dump(os.Stdout, recs, base); err != nil {
			return err
		}
	}
	return gendata.WriteOrCheck(*out, data, *check, "go generate ./origin/rules")
}
