// Package atomicfile writes output files so that a reader never sees half a
// file: the content goes to a temporary file in the same directory, which
// is renamed over the destination only when complete. It also refuses to
// write over any of roo's inputs.
package atomicfile

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// SameFileError means the output path is one of the inputs.
type SameFileError struct{ Output, Input string }

func (e *SameFileError) Error() string {
	return fmt.Sprintf("refusing to write %s: it is the input %s", e.Output, e.Input)
}

// Hint suggests the fix.
func (e *SameFileError) Hint() string {
	return "choose another output file; roo never overwrites its inputs"
}

// CheckNotInput fails when output names the same file as any input (also
// through links or different spellings of the path).
func CheckNotInput(output string, inputs []string) error {
	outAbs, _ := filepath.Abs(output)
	outInfo, outErr := os.Stat(output)
	for _, in := range inputs {
		if in == "-" {
			continue
		}
		inAbs, _ := filepath.Abs(in)
		if inAbs == outAbs {
			return &SameFileError{Output: output, Input: in}
		}
		if outErr == nil {
			if inInfo, err := os.Stat(in); err == nil && os.SameFile(inInfo, outInfo) {
				return &SameFileError{Output: output, Input: in}
			}
		}
	}
	return nil
}

// Write calls fill with a writer on a temporary file next to path, then
// syncs it and renames it to path. On any error the temporary file is
// removed and path is untouched.
func Write(path string, fill func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = fill(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}
