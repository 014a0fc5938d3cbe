// Package gendata locates what roo's generators read: the module's root
// and the shared data directory (../shared/data beside the module, or
// $ROO_SHARED_DATA). It is used by the generators and their regeneration
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
func WriteOrCheck(path string, data []byte, check bool, regenerate string) error {
	if !check {
		return os.WriteFile(path, data, 0o644)
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(old, data) {
		return fmt.Errorf("%s is stale: run %s", path, regenerate)
	}
	return nil
}
