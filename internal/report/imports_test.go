package report

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const (
	modulePath   = "github.com/roo-trade/roo"
	workbookPath = modulePath + "/internal/workbook"
	excelizePath = "github.com/xuri/excelize/v2"
)

// The output package renders results; it does not read workbooks. No file
// of it may depend on the workbook reader, directly or through another roo
// package, and only the files that write the XLSX report (xlsx*.go) may use
// excelize.
func TestReportImports(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	deps := map[string][]string{} // roo package → its imports, memoised
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		imports := fileImports(t, file)
		xlsx := strings.HasPrefix(file, "xlsx")
		for _, imp := range imports {
			for _, dep := range reach(t, imp, deps) {
				if dep == workbookPath {
					t.Errorf("%s imports %s, which depends on the workbook reader %s", file, imp, workbookPath)
				}
				if dep == excelizePath && !xlsx {
					t.Errorf("%s depends on excelize through %s: only the xlsx*.go files write spreadsheets", file, imp)
				}
			}
		}
	}
}

// reach is imp and every package it depends on, following roo's own
// packages (their non-test files) and stopping at others.
func reach(t *testing.T, imp string, deps map[string][]string) []string {
	seen := map[string]bool{}
	var walk func(string)
	walk = func(p string) {
		if seen[p] {
			return
		}
		seen[p] = true
		if !strings.HasPrefix(p, modulePath+"/") {
			return
		}
		if _, ok := deps[p]; !ok {
			deps[p] = packageImports(t, filepath.Join("..", "..", strings.TrimPrefix(p, modulePath+"/")))
		}
		for _, d := range deps[p] {
			walk(d)
		}
	}
	walk(imp)
	out := make([]string, 0, len(seen))
	for p := range seen {
		out = append(out, p)
	}
	return out
}

func packageImports(t *testing.T, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if n := e.Name(); strings.HasSuffix(n, ".go") && !strings.HasSuffix(n, "_test.go") {
			out = append(out, fileImports(t, filepath.Join(dir, n))...)
		}
	}
	return out
}

func fileImports(t *testing.T, file string) []string {
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range f.Imports {
		p, err := strconv.Unquote(s.Path.Value)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}
