package cmd

import (
	"bytes"
	"context"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// The same input gives byte-identical JSON whatever the number of CPUs and
// however the concurrent reading of the files happens to interleave.
func TestQualifyJSONIsDeterministic(t *testing.T) {
	t.Setenv("ROO_TODAY", "2026-11-27")
	var files []string
	for _, f := range []string{"brake-assembly.xlsx", "power-supply.xlsx", "knit-shirt.xlsx", "erp-export-es.xlsx", "light-truck.xlsx"} {
		files = append(files, filepath.Join("..", "testdata", f))
	}
	args := append([]string{"qualify", "--format", "json"}, append(files, files...)...)
	run := func(procs int) []byte {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		ios, _, out, errOut := iostreams.Test()
		if code := Run(context.Background(), ios, args); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		return out.Bytes()
	}
	want := run(1)
	for _, procs := range []int{2, 4, 8, 8, 3} {
		if got := run(procs); !bytes.Equal(got, want) {
			t.Fatalf("GOMAXPROCS=%d gave different JSON", procs)
		}
	}
	if !bytes.Contains(want, []byte(`"goods": 16,`)) {
		t.Errorf("expected 16 goods in the summary")
	}
}
