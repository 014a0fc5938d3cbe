package gendata

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// module makes a temporary module (a go.mod) with a shared data directory
// holding in.csv, and makes it the working directory, as `go generate`
// does. It returns the module root and the data directory.
func module(t *testing.T) (root, data string) {
	t.Helper()
	root = t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/m\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	data = filepath.Join(root, "shared")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "in.csv"), []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	return root, data
}

// echo is a generator that writes out/made.txt holding *content, reading
// in.csv from the shared data.
func echo(content *string) Generator {
	return Generator{
		Regenerate: "go generate ./out",
		Needs:      []string{"in.csv"},
		Build: func(dir string) ([]Output, []string, error) {
			if _, err := os.Stat(filepath.Join(dir, "in.csv")); err != nil {
				return nil, nil, err
			}
			return []Output{{Path: "out/made.txt", Data: []byte(*content)}}, nil, nil
		},
	}
}

// TestRunWritesThenChecks runs a generator as `go generate` and as `-check`
// does: the output lands under the module root (from a subdirectory too),
// -check passes on what was written, and -check on changed data fails
// naming the file and the command, leaving the committed file as it was.
func TestRunWritesThenChecks(t *testing.T) {
	root, data := module(t)
	sub := filepath.Join(root, "out")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(sub) // go generate runs in the package's directory
	content := "v1\n"
	g := echo(&content)
	var stderr bytes.Buffer
	if err := Run(g, []string{"-data", data}, &stderr); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "out", "made.txt")
	if got, err := os.ReadFile(out); err != nil || string(got) != "v1\n" {
		t.Fatalf("wrote %q (%v), want %q", got, err, "v1\n")
	}
	if err := Run(g, []string{"-data", data, "-check"}, &stderr); err != nil {
		t.Errorf("-check on the output just written: %v", err)
	}
	content = "v2\n"
	err := Run(g, []string{"-data", data, "-check"}, &stderr)
	if !errors.Is(err, errStale) {
		t.Fatalf("-check on changed data: got %v, want a stale error", err)
	}
	for _, want := range []string{out, "go generate ./out"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("stale message %q does not say %q", err, want)
		}
	}
	if got, _ := os.ReadFile(out); string(got) != "v1\n" {
		t.Errorf("-check changed the committed file to %q", got)
	}
}

// TestRunFindsSharedDataBesideModule checks the default data directory:
// $ROO_SHARED_DATA when set, and its absence named in the error.
func TestRunFindsSharedDataBesideModule(t *testing.T) {
	_, data := module(t)
	content := "v1\n"
	t.Setenv("ROO_SHARED_DATA", data)
	if err := Run(echo(&content), nil, new(bytes.Buffer)); err != nil {
		t.Fatalf("with ROO_SHARED_DATA set: %v", err)
	}
	gone := filepath.Join(t.TempDir(), "nowhere")
	t.Setenv("ROO_SHARED_DATA", gone)
	err := Run(echo(&content), nil, new(bytes.Buffer))
	if err == nil || !strings.Contains(err.Error(), filepath.Join(gone, "in.csv")) {
		t.Fatalf("ROO_SHARED_DATA pointing nowhere: got %v, want an error naming %s", err, filepath.Join(gone, "in.csv"))
	}
}

// recorder is a testing.TB that records what Check says instead of
// failing the real test; Fatal and Skip end the calling goroutine, as the
// testing package does.
type recorder struct {
	testing.TB
	errors  []string
	skipped string
}

func (r *recorder) Helper()           {}
func (r *recorder) Error(args ...any) { r.errors = append(r.errors, fmt.Sprint(args...)) }
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatal(args ...any) { r.Error(args...); runtime.Goexit() }
func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	runtime.Goexit()
}
func (r *recorder) Skipf(format string, args ...any) {
	r.skipped = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// record runs f with a recorder, in a goroutine of its own.
func record(f func(testing.TB)) *recorder {
	r := &recorder{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

// check runs Check with a recorder.
func check(g Generator) *recorder {
	return record(func(t testing.TB) { Check(t, g) })
}

// TestCheck is the regeneration test's behaviour: it passes on the
// committed output, fails naming the file and the command on a stale one
// or on two builds that differ, and skips, naming the missing file, when
// the shared data is absent (a clone without ../shared).
func TestCheck(t *testing.T) {
	root, data := module(t)
	t.Setenv("ROO_SHARED_DATA", data)
	content := "v1\n"
	if err := Run(echo(&content), nil, new(bytes.Buffer)); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(root, "out", "made.txt")

	if r := check(echo(&content)); len(r.errors) != 0 || r.skipped != "" {
		t.Errorf("committed output: errors %q, skipped %q", r.errors, r.skipped)
	}

	content = "v2\n"
	r := check(echo(&content))
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], out) || !strings.Contains(r.errors[0], "go generate ./out") {
		t.Errorf("stale output: errors %q, want one naming %s and the command", r.errors, out)
	}

	n := 0
	unstable := echo(&content)
	unstable.Build = func(string) ([]Output, []string, error) {
		n++
		return []Output{{Path: "out/made.txt", Data: fmt.Appendf(nil, "build %d\n", n)}}, nil, nil
	}
	r = check(unstable)
	if len(r.errors) == 0 || !strings.Contains(r.errors[0], "two builds of out/made.txt") {
		t.Errorf("builds that differ: errors %q, want the first to say two builds differ", r.errors)
	}

	gone := filepath.Join(t.TempDir(), "nowhere")
	t.Setenv("ROO_SHARED_DATA", gone)
	built := false
	g := echo(&content)
	g.Build = func(string) ([]Output, []string, error) { built = true; return nil, nil, nil }
	r = check(g)
	if !strings.Contains(r.skipped, filepath.Join(gone, "in.csv")) || !strings.Contains(r.skipped, "ROO_SHARED_DATA") {
		t.Errorf("absent shared data: skipped %q, want a skip naming %s and ROO_SHARED_DATA", r.skipped, filepath.Join(gone, "in.csv"))
	}
	if built || len(r.errors) != 0 {
		t.Errorf("absent shared data: built %v, errors %q; want a skip before building", built, r.errors)
	}
	r = record(func(t testing.TB) { DataDir(t, "in.csv") })
	if !strings.Contains(r.skipped, filepath.Join(gone, "in.csv")) {
		t.Errorf("DataDir with absent shared data: skipped %q, want a skip naming %s", r.skipped, filepath.Join(gone, "in.csv"))
	}
}
