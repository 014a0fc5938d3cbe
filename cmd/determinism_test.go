package cmd

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// The same input gives byte-identical JSON whatever the number of CPUs and
// however the concurrent reading of the files happens to interleave.
func TestQualifyJSONIsDeterministic(t *testing.T) {
	t.Setenv("ROO_TODAY", "2026-11-27")
	var files []string
	dir := t.TempDir()
	for _, copy := range []string{"", "copy-"} {
		for _, f := range []string{"brake-assembly.xlsx", "power-supply.xlsx", "knit-shirt.xlsx", "erp-export-es.xlsx", "light-truck.xlsx"} {
			// Distinct files: the same file given twice is read once.
			data, err := os.ReadFile(filepath.Join("..", "testdata", f))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, copy+f)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
		}
	}
	args := append([]string{"qualify", "--format", "json"}, files...)
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

// Every output format is the same bytes when the same input is run twice
// with the same as-of date, a second apart (issue 13): the XLSX report and
// the certification's PDF and XLSX carry document dates, derived from the
// as-of date, and parts in a fixed order.
func TestOutputsAreByteIdentical(t *testing.T) {
	t.Setenv("ROO_TODAY", "2026-11-27")
	brake := filepath.Join("..", "testdata", "brake-assembly.xlsx")
	power := filepath.Join("..", "testdata", "power-supply.xlsx")
	certifier := filepath.Join("..", "testdata", "certifier.example.json")
	runs := []struct {
		name string
		args []string
	}{
		{"report.xlsx", []string{"qualify", brake, power, "--as-of", "2026-07-01"}},
		{"report.json", []string{"qualify", brake, power, "--as-of", "2026-07-01"}},
		{"report.jsonl", []string{"qualify", brake, power, "--as-of", "2026-07-01"}},
		{"report.csv", []string{"qualify", brake, power, "--as-of", "2026-07-01"}},
		{"cert.pdf", []string{"certify", brake, "--certifier", certifier, "--good", "BRK-ROT-310"}},
		{"cert.xlsx", []string{"certify", brake, "--certifier", certifier, "--good", "BRK-ROT-310"}},
		{"cert.json", []string{"certify", brake, "--certifier", certifier, "--good", "BRK-ROT-310"}},
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			var got [][]byte
			for i := range 2 {
				if i > 0 {
					time.Sleep(1100 * time.Millisecond) // a clock in the output would now differ
				}
				out := filepath.Join(t.TempDir(), r.name)
				ios, _, _, errOut := iostreams.Test()
				if code := Run(context.Background(), ios, append(r.args, "-o", out, "-q")); code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				data, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				got = append(got, data)
			}
			if !bytes.Equal(got[0], got[1]) {
				t.Errorf("two runs of %s gave different bytes", strings.Join(r.args, " "))
			}
		})
	}
}
