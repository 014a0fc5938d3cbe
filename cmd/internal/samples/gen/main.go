// Command gen writes roo's sample workbooks into a directory:
//
//	go run ./cmd/internal/samples/gen -dir testdata
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/roo-trade/roo/cmd/internal/samples"
)

func main() {
	dir := flag.String("dir", "testdata", "directory to write the samples to")
	flag.Parse()
	for _, s := range samples.All() {
		var buf bytes.Buffer
		if err := samples.Write(&buf, s); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %s: %v\n", s.File, err)
			os.Exit(1)
		}
		path := filepath.Join(*dir, s.File)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "gen: %v\n", err)
			os.Exit(1)
		}
		fmt.Println("wrote", path)
	}
	if err := writeHostile(*dir); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}
