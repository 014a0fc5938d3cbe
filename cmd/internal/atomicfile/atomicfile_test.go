package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	err := Write(path, func(w io.Writer) error {
		w.Write([]byte("half"))
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("a failed write changed the file: %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary file left behind: %v", entries)
	}
	if err := Write(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("content = %q", b)
	}
}

func TestCheckNotInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "bom.xlsx")
	os.WriteFile(in, []byte("x"), 0o644)
	link := filepath.Join(dir, "link.xlsx")
	if err := os.Symlink(in, link); err != nil {
		t.Skip("no symlinks:", err)
	}
	for _, out := range []string{in, filepath.Join(dir, ".", "bom.xlsx"), link} {
		var se *SameFileError
		if err := CheckNotInput(out, []string{"-", in}); !errors.As(err, &se) {
			t.Errorf("CheckNotInput(%s) = %v, want refusal", out, err)
		}
	}
	if err := CheckNotInput(filepath.Join(dir, "report.xlsx"), []string{in}); err != nil {
		t.Errorf("a new file was refused: %v", err)
	}
}
