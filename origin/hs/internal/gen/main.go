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
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/roo-trade/roo/internal/gendata"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("out", "data", "directory to write the generated files to")
	data := fs.String("data", "", "shared data directory (default $ROO_SHARED_DATA or <module root>/../shared/data)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir := *data
	if dir == "" {
		var err error
		if dir, err = dataDir(); err != nil {
			return err
		}
	}
	files, notes, err := generate(dir)
	if err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintln(stderr, "gen: note:", n)
	}
	for _, name := range outputNames {
		if err := writeIfChanged(filepath.Join(*out, name), files[name]); err != nil {
			return err
		}
	}
	return nil
}

// dataDir finds the shared data: $ROO_SHARED_DATA, or else
// <module root>/../shared/data.
func dataDir() (string, error) {
	root, err := gendata.ModuleRoot()
	if err != nil {
		return "", err
	}
	return gendata.Dir(root), nil
}

// writeIfChanged writes b to path unless the file already holds exactly b, so
// that regenerating unchanged data leaves file times alone.
func writeIfChanged(path string, b []byte) error {
	if old, err := os.ReadFile(path); err == nil && bytes.Equal(old, b) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
