// Command gen regenerates roo's embedded US tariff schedule
// (tariffs/data/us-hts.tsv) from the USITC CSV export of the HTS in the
// shared data directory: $ROO_SHARED_DATA, or else <module root>/../shared/data.
// Run it with `go generate ./tariffs`.
package main

import (
	"fmt"
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

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := gendata.ModuleRoot()
	if err != nil {
		return err
	}
	out, err := generate(gendata.Dir(root))
	if err != nil {
		return err
	}
	dst := filepath.Join(root, outFile)
	tmp := dst + ".tmp"
	if err := os.WriteFile(tmp, []byte(out), 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, dst); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %s (%d bytes)\n", outFile, len(out))
	return nil
}

// generate reads the USITC export and returns the compact form.
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
