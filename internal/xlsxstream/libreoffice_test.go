package xlsxstream_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/roo-trade/roo/internal/xlsxstream/xlsxtest"
)

// Workbooks as LibreOffice writes them (its own shared strings, styles,
// row spans and drawings) read as excelize reads them. The committed
// testdata/libreoffice-brake-assembly.xlsx is brake-assembly.xlsx saved by
// LibreOffice 7.4 and is read by TestSameCellsAsExcelize; where soffice is
// installed, a sample is converted afresh here.
func TestLibreOfficeWorkbook(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice is not installed; testdata/libreoffice-brake-assembly.xlsx stands in")
	}
	if testing.Short() {
		t.Skip("converting with LibreOffice takes seconds")
	}
	dir := t.TempDir()
	for _, name := range []string{"knit-shirt.xlsx", "light-truck.xlsx"} {
		src := filepath.Join(moduleRoot, "testdata", name)
		cmd := exec.Command(soffice, "--headless", "--convert-to", "xlsx", "--outdir", dir, src)
		cmd.Env = append(os.Environ(), "HOME="+dir) // a profile of its own
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("soffice: %v\n%s", err, out)
		}
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		out, err := xlsxtest.Compare(data)
		if err != nil {
			t.Fatalf("%s as LibreOffice writes it: %v", name, err)
		}
		if out.StreamErr != nil {
			t.Fatalf("%s as LibreOffice writes it: %v", name, out.StreamErr)
		}
	}
}
