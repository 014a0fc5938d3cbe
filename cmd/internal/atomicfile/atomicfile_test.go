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

// -o onto what is not a regular file, or into a missing directory, is
// refused before any work, naming the target and the fix (issue 13).
func TestCheckTarget(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.csv")
	if err := mkfifo(fifo); err != nil {
		t.Skip("no FIFOs:", err)
	}
	target := filepath.Join(dir, "real.csv")
	os.WriteFile(target, []byte("x"), 0o644)
	link := filepath.Join(dir, "link.csv")
	os.Symlink(target, link)
	tests := []struct{ path, want, hint string }{
		{fifo, "cannot write " + fifo + ": it is not a regular file (a FIFO, socket or device)", "give the path of a regular file; to stream a report, leave -o out and redirect standard output"},
		{link, "cannot write " + link + ": it is a symbolic link", "give the path of a regular file (the link's target, or a new name)"},
		{dir, "cannot write " + dir + ": it is a directory", "give a file name inside it, e.g. " + filepath.Join(dir, "report.xlsx")},
		{filepath.Join(dir, "no", "such", "r.csv"), "cannot write " + filepath.Join(dir, "no", "such", "r.csv") + ": the directory " + filepath.Join(dir, "no", "such") + " does not exist", "create the directory first (mkdir -p " + filepath.Join(dir, "no", "such") + ")"},
	}
	for _, tt := range tests {
		err := CheckNotInput(tt.path, nil)
		var e *Error
		if !errors.As(err, &e) || e.Error() != tt.want || e.Hint() != tt.hint {
			t.Errorf("CheckNotInput(%s) = %v (hint %q)\nwant %s (hint %q)", tt.path, err, hintOf(err), tt.want, tt.hint)
		}
	}
}

func hintOf(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Hint()
	}
	return ""
}

// Replacing a file keeps its mode.
func TestWriteKeepsMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.csv")
	os.WriteFile(path, []byte("old"), 0o600)
	if err := Write(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
}
