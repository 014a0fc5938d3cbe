package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestPrecedence: the project's file, found from a subdirectory upward,
// wins over the user's key by key; paths are relative to their file.
func TestPrecedence(t *testing.T) {
	root := t.TempDir()
	user := filepath.Join(root, "home")
	write(t, filepath.Join(user, "roo", "config.json"), `{"import_into": "CA", "overlay": "user.csv", "map_sets": {"sap": {"Good ID": "Material"}}}`)
	write(t, filepath.Join(root, "proj", ProjectFile), `{"overlay": "duties.csv", "map_set": "sap"}`)
	c, err := Load(user, filepath.Join(root, "proj", "plant", "2026"))
	if err != nil {
		t.Fatal(err)
	}
	if c.ImportInto != "CA" || c.Source("import_into") != filepath.Join(user, "roo", "config.json") {
		t.Errorf("import_into = %q from %q, want the user's CA", c.ImportInto, c.Source("import_into"))
	}
	if want := filepath.Join(root, "proj", "duties.csv"); c.Overlay != want || c.Source("overlay") != filepath.Join(root, "proj", ProjectFile) {
		t.Errorf("overlay = %q from %q, want the project's %s", c.Overlay, c.Source("overlay"), want)
	}
	maps, err := c.MapsOf(c.MapSet)
	if err != nil || len(maps) != 1 || maps[0] != "Good ID=Material" {
		t.Errorf("map set %q = %q, %v", c.MapSet, maps, err)
	}
	if _, err := c.MapsOf("sapp"); err == nil || !strings.Contains(err.Error(), `did you mean "sap"`) {
		t.Errorf("unknown map set: %v", err)
	}
}

// TestUnknownKey: a misspelt key is an error naming the file and the key meant.
func TestUnknownKey(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ProjectFile), `{"overlays": "x.csv"}`)
	_, err := Load("", dir)
	if err == nil || !strings.Contains(err.Error(), ProjectFile) || !strings.Contains(err.Error(), `did you mean "overlay"`) {
		t.Errorf("err = %v", err)
	}
}
