// Package atomicfile writes output files so that a reader never sees half a
// file: the content goes to a temporary file in the same directory, which
// is renamed over the destination only when complete. It also refuses to
// write over any of roo's inputs.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
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

// Error is an output that cannot be written, naming the target (never the
// temporary file), with the fix to suggest.
type Error struct {
	Path, Msg, HintText string
}

func (e *Error) Error() string { return fmt.Sprintf("cannot write %s: %s", e.Path, e.Msg) }

// Hint suggests the fix.
func (e *Error) Hint() string { return e.HintText }

// CheckTarget refuses an output path that roo must not replace or cannot
// write, before any work is done: a symbolic link (replacing it would
// replace the link, not the file it names, or write through it), a FIFO, a
// device, a directory, or a path whose directory does not exist.
func CheckTarget(path string) error {
	if st, err := os.Lstat(path); err == nil {
		switch m := st.Mode(); {
		case m&os.ModeSymlink != 0:
			return &Error{path, "it is a symbolic link", "give the path of a regular file (the link's target, or a new name)"}
		case m.IsDir():
			return &Error{path, "it is a directory", "give a file name inside it, e.g. " + filepath.Join(path, "report.xlsx")}
		case m&(os.ModeNamedPipe|os.ModeSocket|os.ModeDevice|os.ModeCharDevice) != 0:
			return &Error{path, "it is not a regular file (a FIFO, socket or device)", "give the path of a regular file; to stream a report, leave -o out and redirect standard output"}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return &Error{path, reason(err), ""}
	}
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &Error{path, fmt.Sprintf("the directory %s does not exist", dir), "create the directory first (mkdir -p " + dir + ")"}
	case err != nil:
		return &Error{path, reason(err), ""}
	case !st.IsDir():
		return &Error{path, fmt.Sprintf("%s is not a directory", dir), "give a path in an existing directory"}
	}
	return nil
}

// reason is an error without the path it names.
func reason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err.Error()
	}
	return err.Error()
}

// CheckNotInput fails when output
// names the same file as any input, compared by resolved path (symbolic
// links followed) and by file identity (hard links, bind mounts). Empty
// inputs and "-" are skipped. It then checks the target (CheckTarget).
func CheckNotInput(output string, inputs []string) error {
	outPath := resolve(output)
	outInfo, outErr := os.Stat(output)
	for _, in := range inputs {
		if in == "" || in == "-" {
			continue
		}
		if resolve(in) == outPath {
			return &SameFileError{Output: output, Input: in}
		}
		if outErr == nil {
			if inInfo, err := os.Stat(in); err == nil && os.SameFile(inInfo, outInfo) {
				return &SameFileError{Output: output, Input: in}
			}
		}
	}
	return CheckTarget(output)
}

// resolve is the absolute path of p with symbolic links followed, in its
// directory at least when p itself does not exist.
func resolve(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	if d, err := filepath.EvalSymlinks(filepath.Dir(abs)); err == nil {
		return filepath.Join(d, filepath.Base(abs))
	}
	return abs
}

// Write calls fill with a writer on a temporary file next to path, then
// syncs it and renames it to path, keeping the mode of the file it
// replaces (0644 for a new one). On any error the temporary file is
// removed and path is untouched; errors name path, not the temporary file.
func Write(path string, fill func(w io.Writer) error) (err error) {
	if err := CheckTarget(path); err != nil {
		return err
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return &Error{path, reason(err), "check that you may write in " + dir}
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
	fail := func(e error) error { return &Error{path, reason(e), "check the free space and permissions of " + dir} }
	if err = tmp.Sync(); err != nil {
		return fail(err)
	}
	if err = tmp.Close(); err != nil {
		return fail(err)
	}
	if err = os.Chmod(tmp.Name(), mode); err != nil {
		return fail(err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fail(err)
	}
	return nil
}
