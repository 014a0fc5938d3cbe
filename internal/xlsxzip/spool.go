package xlsxzip

import (
	"bytes"
	"io"
	"os"
)

// spoolMemory is how many compressed bytes a package keeps in memory
// before the rest goes to a temporary file: small reports never touch the
// disk, and a million-line report holds no more than this in memory.
// (A variable, for tests.)
var spoolMemory = 4 << 20

// spool is an append-only store of compressed bytes, in memory up to
// spoolMemory and in a temporary file past it. Sections of it are read
// back when the package is written in order.
type spool struct {
	mem  bytes.Buffer
	file *os.File
	size int64
}

// append appends p and returns where in the spool it begins.
func (s *spool) append(p []byte) (int64, error) {
	at := s.size
	if s.file == nil && s.mem.Len()+len(p) > spoolMemory {
		f, err := os.CreateTemp("", "roo-xlsx-")
		if err != nil {
			return 0, err
		}
		s.file = f
		if _, err := s.mem.WriteTo(f); err != nil {
			return 0, err
		}
		s.mem = bytes.Buffer{}
	}
	var err error
	if s.file != nil {
		_, err = s.file.Write(p)
	} else {
		s.mem.Write(p)
	}
	s.size += int64(len(p))
	return at, err
}

// section reads n bytes from offset off.
func (s *spool) section(off, n int64) io.Reader {
	if s.file != nil {
		return io.NewSectionReader(s.file, off, n)
	}
	return bytes.NewReader(s.mem.Bytes()[off : off+n])
}

// release drops the bytes and removes the temporary file.
func (s *spool) release() {
	s.mem = bytes.Buffer{}
	if s.file != nil {
		_ = s.file.Close()
		_ = os.Remove(s.file.Name())
		s.file = nil
	}
}
