package gendata

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestWriteOrCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "out.txt")

	// Writing creates the directory and the file, with no temporary left.
	if err := WriteOrCheck(path, []byte("a\nb\n"), false, "go generate ./x"); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "a\nb\n" {
		t.Fatalf("wrote %q", got)
	}
	if _, err := os.Stat(path + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("temporary file left beside the output: %v", err)
	}

	// Checking identical data passes; checking different data names the
	// file, the first differing line and the command to run.
	if err := WriteOrCheck(path, []byte("a\nb\n"), true, "go generate ./x"); err != nil {
		t.Errorf("identical output reported stale: %v", err)
	}
	err := WriteOrCheck(path, []byte("a\nc\n"), true, "go generate ./x")
	if !errors.Is(err, errStale) {
		t.Fatalf("changed output not reported stale: %v", err)
	}
	for _, want := range []string{path, "line 2", "go generate ./x"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("stale message %q does not say %q", err, want)
		}
	}
	if got, _ := os.ReadFile(path); string(got) != "a\nb\n" {
		t.Errorf("-check changed the file to %q", got)
	}

	// Rewriting identical data leaves the file alone.
	old := time.Unix(1000000000, 0)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	if err := WriteOrCheck(path, []byte("a\nb\n"), false, "go generate ./x"); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(path); !fi.ModTime().Equal(old) {
		t.Errorf("an unchanged output was rewritten (mtime %v)", fi.ModTime())
	}
}

func TestRunMissingSharedData(t *testing.T) {
	built := false
	g := Generator{
		Regenerate: "go generate ./x",
		Needs:      []string{"no/such/file.csv"},
		Build: func(string) ([]Output, []string, error) {
			built = true
			return nil, nil, nil
		},
	}
	var stderr bytes.Buffer
	err := Run(g, []string{"-data", t.TempDir()}, &stderr)
	if err == nil || !strings.Contains(err.Error(), "no/such/file.csv") || !strings.Contains(err.Error(), "ROO_SHARED_DATA") {
		t.Fatalf("missing shared data: got %v, want a message naming the file and ROO_SHARED_DATA", err)
	}
	if built {
		t.Error("Build ran without its data")
	}
}

func TestRunPrintsNotesAndRefusesUnknownFlags(t *testing.T) {
	dir := t.TempDir()
	g := Generator{
		Build: func(string) ([]Output, []string, error) {
			return nil, []string{"row 7 looks missing"}, nil
		},
	}
	var stderr bytes.Buffer
	if err := Run(g, []string{"-data", dir}, &stderr); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr.String(), "gen: note: row 7 looks missing") {
		t.Errorf("notes not printed: %q", stderr.String())
	}
	if err := Run(g, []string{"-data", dir, "-nosuch"}, &stderr); err == nil {
		t.Error("an unknown flag was accepted")
	}
}
