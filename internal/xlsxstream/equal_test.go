package xlsxstream_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roo-trade/roo/internal/xlsxstream/xlsxtest"
)

// moduleRoot is where the repository's testdata is.
const moduleRoot = "../.."

// trackedWorkbooks are the workbooks committed to the repository: the
// samples, the hostile corpus and this package's own testdata.
func trackedWorkbooks(t testing.TB) []string {
	t.Helper()
	out, err := exec.Command("git", "-C", moduleRoot, "ls-files", "*.xlsx").Output()
	var paths []string
	if err == nil {
		for _, p := range strings.Fields(string(out)) {
			paths = append(paths, filepath.Join(moduleRoot, p))
		}
	}
	if len(paths) == 0 { // not a git checkout: the known directories
		for _, g := range []string{"testdata/*.xlsx", "testdata/hostile/*.xlsx", "internal/xlsxstream/testdata/*.xlsx"} {
			m, _ := filepath.Glob(filepath.Join(moduleRoot, g))
			paths = append(paths, m...)
		}
	}
	if len(paths) == 0 {
		t.Fatal("no workbooks found")
	}
	return paths
}

// Every workbook of the repository reads the same with xlsxstream as with
// excelize, cell for cell; where xlsxstream refuses a sheet, it has read
// the same rows up to that point and says why.
func TestSameCellsAsExcelize(t *testing.T) {
	for _, p := range trackedWorkbooks(t) {
		t.Run(filepath.Base(p), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out, err := xlsxtest.Compare(data)
			if err != nil {
				t.Fatal(err)
			}
			if out.StreamErr != nil && !strings.Contains(filepath.ToSlash(p), "/hostile/") {
				t.Fatalf("xlsxstream refuses a workbook that is not damaged: %v", out.StreamErr)
			}
			if out.StreamErr != nil {
				t.Logf("xlsxstream refuses: %v (excelize: %v)", out.StreamErr, out.ExcelizeErr)
			}
		})
	}
}
