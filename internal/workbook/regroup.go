package workbook

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"strings"
)

// Some ERP exports list BOM lines by part number or plant rather than by
// good, so a good's lines are scattered through the sheet and the good
// cannot be evaluated until the last row is read. Holding every parsed line
// in memory until then costs about 2.5 KB a line (2.6 GB for a million
// lines). Instead, roo copies the rows to a temporary file as it reads
// them, remembering where each good's rows are (12 bytes a row), then
// replays them good by good, in the order the goods first appear: memory
// stays bounded by the largest good, and the results are the same as for
// a sorted sheet.

// spilled is where one row is in the temporary file.
type spilled struct {
	off int64
	n   uint32
}

// regrouper copies rows to a temporary file, grouped by key.
type regrouper struct {
	f      *os.File
	w      *bufio.Writer
	off    int64
	index  map[string]int // key → its group
	groups [][]spilled    // rows by key, keys in order of first appearance
	buf    []byte
}

func newRegrouper() (*regrouper, error) {
	f, err := os.CreateTemp(TempDir, "roo-bom-*.rows")
	if err != nil {
		return nil, err
	}
	return &regrouper{f: f, w: bufio.NewWriterSize(f, 1<<20), index: map[string]int{}}, nil
}

// add copies a row of the given key and row number.
func (g *regrouper) add(key string, num int, row []string) error {
	b := binary.AppendUvarint(g.buf[:0], uint64(num))
	b = binary.AppendUvarint(b, uint64(len(row)))
	for _, c := range row {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	g.buf = b
	if len(b) > 1<<31 {
		return errors.New("a row is implausibly large")
	}
	i, ok := g.index[key]
	if !ok {
		i = len(g.groups)
		g.index[key] = i
		g.groups = append(g.groups, nil)
	}
	g.groups[i] = append(g.groups[i], spilled{off: g.off, n: uint32(len(b))})
	n, err := g.w.Write(b)
	g.off += int64(n)
	return err
}

// close removes the temporary file.
func (g *regrouper) close() {
	g.f.Close()
	os.Remove(g.f.Name())
}

// replay reads the copied rows back, good by good. It is a rowReader.
type replay struct {
	g      *regrouper
	gi, ri int
	row    []string
	num    int
	buf    []byte
	err    error
}

func (r *replay) Next() bool {
	for r.err == nil && r.gi < len(r.g.groups) {
		grp := r.g.groups[r.gi]
		if r.ri == len(grp) {
			r.g.groups[r.gi] = nil // this good is done: let its index go
			r.gi, r.ri = r.gi+1, 0
			continue
		}
		s := grp[r.ri]
		r.ri++
		r.err = r.read(s)
		return r.err == nil
	}
	return false
}

// read decodes one row.
func (r *replay) read(s spilled) error {
	if cap(r.buf) < int(s.n) {
		r.buf = make([]byte, s.n)
	}
	b := r.buf[:s.n]
	if _, err := r.g.f.ReadAt(b, s.off); err != nil {
		return err
	}
	num, k := binary.Uvarint(b)
	cells, k2 := binary.Uvarint(b[k:])
	b = b[k+k2:]
	if k <= 0 || k2 <= 0 || cells > uint64(len(b)) {
		return errors.New("the temporary copy of the rows is damaged")
	}
	r.num, r.row = int(num), make([]string, cells)
	for i := range r.row {
		n, k := binary.Uvarint(b)
		if k <= 0 || n > uint64(len(b)-k) {
			return errors.New("the temporary copy of the rows is damaged")
		}
		r.row[i] = string(b[k : k+int(n)])
		b = b[k+int(n):]
	}
	return nil
}

func (r *replay) Row() []string { return r.row }
func (r *replay) RowNum() int   { return r.num }
func (r *replay) Err() error    { return r.err }
func (r *replay) Close() error  { return nil }

// regroupRows reads every row of a sheet whose goods' lines are not
// together into a temporary file, checks that the sheet was read to its
// end, then hands the rows to handle good by good, so each good is complete
// (and handed out) as soon as its last row is replayed.
func (b *builder) regroupRows(s *sheetReader, rr rowReader, handle func(*sheetReader, *rowCtx)) error {
	g, err := newRegrouper()
	if err != nil {
		return fileErr(s.file, "has goods whose BOM lines are not together, and roo could not create a temporary file to regroup them: "+err.Error(), "sort the export by Good ID, or set TMPDIR to a writable directory")
	}
	defer g.close()
	pos := s.hdr.pos[ColGoodID]
	for rr.Next() {
		row := rr.Row()
		if isBlankRow(row) {
			continue
		}
		key := ""
		if pos >= 0 && pos < len(row) {
			key = strings.TrimSpace(row[pos])
		}
		if err := g.add(key, rr.RowNum(), row); err != nil {
			return b.spillErr(s, err)
		}
	}
	if err := b.readToEnd(s, rr); err != nil {
		return err
	}
	if err := g.w.Flush(); err != nil {
		return b.spillErr(s, err)
	}
	b.regrouped, b.streaming = true, true // the replay brings each good's lines together
	rp := &replay{g: g}
	for rp.Next() {
		handle(s, s.newRow(rp.Row(), rp.RowNum()))
		if b.err != nil {
			return b.err
		}
	}
	if err := rp.Err(); err != nil {
		return b.spillErr(s, err)
	}
	b.problems = append(b.problems, s.unnamed...)
	return nil
}

func (b *builder) spillErr(s *sheetReader, err error) error {
	return fileErr(s.file, fmt.Sprintf("could not be regrouped through a temporary file: %v", err), "sort the export by Good ID, or free space in the temporary directory (TMPDIR)")
}
