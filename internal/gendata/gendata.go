// Package gendata is the skeleton of roo's generators: it locates what they
// read (the module's root and the shared data directory, ../shared/data
// beside the module or $ROO_SHARED_DATA), runs them (Main), writes or checks
// their outputs, and checks in tests that the committed outputs are what
// the shared data gives (Check). It is used by the generators and their
// tests only, never by roo itself.
package gendata

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// ModuleRoot walks up from the working directory to the directory holding
// go.mod.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Dir is the shared data directory: $ROO_SHARED_DATA, else
// <module root>/../shared/data.
func Dir(root string) string {
	if d := os.Getenv("ROO_SHARED_DATA"); d != "" {
		return d
	}
	return filepath.Join(root, "..", "shared", "data")
}

// WriteOrCheck writes a generator's output to path, or, with check, only
// compares it with the file there and says how to regenerate it when they
// differ (regenerate is the command, e.g. "go generate ./origin/rules").
// A file that already holds exactly data is left alone (its time too);
// otherwise it is replaced atomically, through a temporary file beside it.
func WriteOrCheck(path string, data []byte, check bool, regenerate string) error {
	old, err := os.ReadFile(path)
	if check {
		if err != nil {
			return err
		}
		if !bytes.Equal(old, data) {
			return fmt.Errorf("%s is %w (%s): run %s", path, errStale, firstDiff(old, data), regenerate)
		}
		return nil
	}
	if err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// firstDiff says where two outputs first differ, by line.
func firstDiff(committed, regenerated []byte) string {
	a, b := bytes.Split(committed, []byte("\n")), bytes.Split(regenerated, []byte("\n"))
	for i := 0; i < len(a) && i < len(b); i++ {
		if !bytes.Equal(a[i], b[i]) {
			return fmt.Sprintf("line %d is %.80q, regenerated %.80q", i+1, a[i], b[i])
		}
	}
	return fmt.Sprintf("committed has %d lines, regenerated %d", len(a), len(b))
}
