package workbook

import (
	"fmt"
	"os"
	"path/filepath"
)

// Unique drops the inputs that name a file already given (by another
// spelling, a link or a hard link), so that its goods and money are not
// counted twice, and returns a warning for each one dropped.
func Unique(names []string) ([]string, []Problem) {
	var out []string
	var problems []Problem
	type seen struct {
		name string
		info os.FileInfo
		abs  string
	}
	var kept []seen
	for _, n := range names {
		if n == "-" {
			out = append(out, n)
			continue
		}
		abs, _ := filepath.Abs(n)
		if r, err := filepath.EvalSymlinks(abs); err == nil {
			abs = r
		}
		info, _ := os.Stat(n)
		dup := ""
		for _, k := range kept {
			if k.abs == abs || (info != nil && k.info != nil && os.SameFile(info, k.info)) {
				dup = k.name
				break
			}
		}
		if dup != "" {
			problems = append(problems, Problem{Severity: SevWarning, File: n,
				Message: fmt.Sprintf("is the same file as %s, given before; roo reads it once", dup),
				Hint:    "give each workbook once; its goods would otherwise be counted twice"})
			continue
		}
		kept = append(kept, seen{n, info, abs})
		out = append(out, n)
	}
	return out, problems
}
