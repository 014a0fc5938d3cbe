// Package zipguard checks an OOXML package's zip directory before any
// library inflates it: a workbook is a zip file, and a zip file can declare
// (or hide) far more data than it holds. Check refuses, naming the part, a
// part whose declared size is over its cap, a package over the total cap,
// and a part compressed beyond any ratio real spreadsheet XML reaches;
// Limit makes a part that inflates past its declared size an error instead
// of a flood.
package zipguard

import (
	"archive/zip"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Caps on the declared uncompressed size of the parts of a workbook.
//
// A bill of materials of a million lines and twenty columns is about 60 MB
// as xlsx and about 600 MB of worksheet XML (some 30 bytes a cell), so a
// worksheet may declare up to 1 GiB; its shared strings, the text of every
// distinct description and part number, stay well under 256 MiB; no other
// part of a workbook (styles, the workbook, relationships, drawings,
// comments, images) needs more than 64 MiB.
const (
	MaxSheet         = 1 << 30
	MaxSharedStrings = 256 << 20
	MaxOtherPart     = 64 << 20
	MaxTotal         = 2 << 30
	// MaxRatio bounds how many times its compressed size a large part may
	// declare. Worksheet XML compresses about 10 to 1 (a generated
	// portfolio of 100,000 lines: 57 MB from 5 MB), and even rows all alike
	// stay near 10 to 1 when they carry their cell references, 340 to 1
	// without; deflate cannot exceed about 1032 to 1, which a run of zeros
	// built to explode reaches.
	MaxRatio = 500
	// ratioFloor is the size below which the ratio is not checked: a small
	// part of repeated markup may compress very well and harms nobody.
	ratioFloor = 1 << 20
)

// Error is a refused package: what is wrong, and with which part.
type Error struct {
	Part    string // the part's name in the package, "" for the whole package
	Message string
}

func (e *Error) Error() string {
	if e.Part == "" {
		return e.Message
	}
	return fmt.Sprintf("part %s %s", e.Part, e.Message)
}

// Check reads the directory of zr and refuses what no workbook needs.
func Check(zr *zip.Reader) error {
	var total uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		if cap := capOf(f.Name); size > cap {
			return &Error{Part: f.Name, Message: fmt.Sprintf("declares %s uncompressed, more than the %s roo allows for %s", mib(size), mib(cap), kindOf(f.Name))}
		}
		if size > ratioFloor && f.Method != zip.Store {
			comp := max(f.CompressedSize64, 1)
			if size/comp > MaxRatio {
				return &Error{Part: f.Name, Message: fmt.Sprintf("is compressed %d to 1 (%s from %s), beyond the %d to 1 no real workbook part reaches", size/comp, mib(size), kib(f.CompressedSize64), MaxRatio)}
			}
		}
		total += size
		if total > MaxTotal {
			return &Error{Message: fmt.Sprintf("declares more than %s uncompressed in all (reached at part %s), which no bill of materials needs", mib(MaxTotal), f.Name)}
		}
	}
	return nil
}

// capOf is the cap on a part's declared size.
func capOf(name string) uint64 {
	switch kindOf(name) {
	case "a worksheet":
		return MaxSheet
	case "the shared strings":
		return MaxSharedStrings
	}
	return MaxOtherPart
}

func kindOf(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.HasPrefix(n, "xl/worksheets/") && path.Ext(n) == ".xml":
		return "a worksheet"
	case n == "xl/sharedstrings.xml":
		return "the shared strings"
	}
	return "a part that is not a worksheet"
}

func mib(n uint64) string {
	if n >= 1<<30 && n%(1<<30) == 0 {
		return fmt.Sprintf("%d GiB", n>>30)
	}
	return fmt.Sprintf("%d MiB", (n+(1<<20)-1)>>20)
}

func kib(n uint64) string { return fmt.Sprintf("%d KiB", (n+1023)>>10) }

// ErrLonger is returned by a Limit reader when a part inflates to more
// than its declared size.
var ErrLonger = errors.New("inflates to more than the size its zip entry declares")

// Limit wraps the reader of part f so that reading past its declared
// uncompressed size is an error rather than more data.
func Limit(rc io.ReadCloser, f *zip.File) io.ReadCloser {
	return &limited{rc: rc, left: int64(min(f.UncompressedSize64, 1<<62)), name: f.Name}
}

type limited struct {
	rc   io.ReadCloser
	left int64
	name string
}

func (l *limited) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// One byte more than declared is a lie.
		// (archive/zip itself answers ErrFormat once a part has given more.)
		var one [1]byte
		n, err := l.rc.Read(one[:])
		if n > 0 || errors.Is(err, zip.ErrFormat) {
			return 0, &Error{Part: l.name, Message: ErrLonger.Error()}
		}
		if err == nil {
			err = io.EOF
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.rc.Read(p)
	l.left -= int64(n)
	return n, err
}

func (l *limited) Close() error { return l.rc.Close() }
