package report

import (
	"context"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// officeCSVFilter exports every sheet (the final -1) as UTF-8 CSV with
// cell contents as shown, so the test sees what an analyst sees.
const officeCSVFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"

// TestXLSXOpensInLibreOffice converts the report with headless LibreOffice
// and checks what it shows: formula-like text stays text, numbers are
// formatted. It is skipped when LibreOffice is not installed (as in CI).
func TestXLSXOpensInLibreOffice(t *testing.T) {
	office := ""
	for _, name := range []string{"soffice", "libreoffice"} {
		if p, err := exec.LookPath(name); err == nil {
			office = p
			break
		}
	}
	if office == "" {
		t.Skip("LibreOffice (soffice) is not on PATH")
	}
	if testing.Short() {
		t.Skip("converting with LibreOffice takes seconds; skipped with -short")
	}
	dir := t.TempDir()
	goods := fixtureGoods()
	src := filepath.Join(dir, "report.xlsx")
	if err := os.WriteFile(src, writeXLSX(t, goods, fixtureFiles(), fixtureSummary(goods)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, office, "-env:UserInstallation=file://"+filepath.ToSlash(filepath.Join(dir, "profile")),
		"--headless", "--convert-to", officeCSVFilter, "--outdir", filepath.Join(dir, "out"), src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("LibreOffice failed: %v\n%s", err, out)
	}

	sheet := func(name string) [][]string {
		t.Helper()
		path := filepath.Join(dir, "out", "report-"+name+".csv")
		if name == "Summary" {
			if _, err := os.Stat(path); err != nil { // before LibreOffice 7.2: the first sheet only
				path = filepath.Join(dir, "out", "report.csv")
			}
		}
		b, err := os.ReadFile(path)
		if err != nil {
			if name != "Summary" {
				t.Skipf("this LibreOffice exports only the first sheet: %v", err)
			}
			t.Fatal(err)
		}
		r := csv.NewReader(strings.NewReader(string(b)))
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	cell := func(recs [][]string, row int, header string) string {
		t.Helper()
		for i, h := range recs[0] {
			if h == header {
				return strings.TrimSpace(recs[row][i])
			}
		}
		t.Fatalf("no column %q in %q", header, recs[0])
		return ""
	}

	summary := sheet("Summary")
	if len(summary) != len(goods)+1 {
		t.Fatalf("LibreOffice shows %d Summary rows, want %d", len(summary), len(goods)+1)
	}
	for _, tc := range []struct {
		row          int
		header, want string
	}{
		{1, "Description", injectHyperlink}, // as a formula it would show "y"
		{2, "Description", injectMinus},
		{1, "Status", "qualifies"},
		{2, "RVC (TV)", "58.0%"},
		{1, "Threshold (TV)", "60.0%"},
		{2, "Margin (TV)", "-2.0 pts"},
		{1, "Margin (NC)", "+37.7 pts"},
		{1, "Saved / year", "25,000.00"},
		{2, "Headroom (TV)", "-0.20"},
		{1, "As of", "2026-07-01"},
		{2, "Assumptions", "1"},
		{3, "RVC (TV)", ""},
	} {
		if got := cell(summary, tc.row, tc.header); got != tc.want {
			t.Errorf("LibreOffice shows Summary %s of %s as %q, want %q", tc.header, cell(summary, tc.row, "Good ID"), got, tc.want)
		}
	}

	materials := sheet("Materials")
	if got := cell(materials, 2, "Supplier"); got != injectAt {
		t.Errorf("LibreOffice shows the supplier %q as %q", injectAt, got)
	}
	portfolio := sheet("Portfolio")
	found := false
	for _, r := range portfolio {
		if len(r) > 1 && r[0] == "all goods" {
			found = strings.TrimSpace(r[1]) == "4"
		}
	}
	if !found {
		t.Errorf("Portfolio does not show 4 goods in all:\n%q", portfolio)
	}
}
