// Package xlsxzip is the zip writer roo hands excelize so that the same
// workbook is the same bytes: excelize writes the parts of a package, and
// the elements of [Content_Types].xml, in the order of maps; this writer
// puts both in a fixed order. It holds the compressed parts in a spool
// (memory, then a temporary file), and takes content written ahead of its
// part (Writer.InsertBefore), so that a report's big sheets are compressed
// as their rows are made instead of being held.
package xlsxzip

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"regexp"
	"sort"
)

const contentTypes = "[Content_Types].xml"

// chunkSize is how many compressed bytes a piece gathers before they go to
// the spool.
const chunkSize = 64 << 10

// Writer is an excelize.ZipWriter that writes the package on Close with
// its parts in a fixed order: [Content_Types].xml first, then by name.
// Parts are compressed as they come into a spool that stays in memory up
// to 4 MB and continues in a temporary file, so a report of any size holds
// a few megabytes; Close copies them into the output in order.
//
// Content may also be written ahead of its part (InsertBefore): a large
// sheet's rows are compressed as the report is made, and spliced into the
// sheet part excelize writes at the end, before its closing tag.
type Writer struct {
	zw      *zip.Writer
	sp      spool
	fw      *flate.Writer // compresses the part being written
	parts   []*part
	cur     *part
	inserts map[string]*Insertion
}

// piece is compressed bytes in the spool.
type piece struct {
	sp     *spool
	chunks []chunk
	buf    []byte
	n      int64 // compressed length
	err    error
}

type chunk struct{ off, n int64 }

// Write gathers compressed bytes and stores them by chunks.
func (p *piece) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	if len(p.buf) >= chunkSize {
		p.flush()
	}
	return len(b), p.err
}

func (p *piece) flush() {
	if len(p.buf) == 0 || p.err != nil {
		return
	}
	off, err := p.sp.append(p.buf)
	if err != nil {
		p.err = err
		return
	}
	if k := len(p.chunks) - 1; k >= 0 && p.chunks[k].off+p.chunks[k].n == off {
		p.chunks[k].n += int64(len(p.buf))
	} else {
		p.chunks = append(p.chunks, chunk{off, int64(len(p.buf))})
	}
	p.n += int64(len(p.buf))
	p.buf = p.buf[:0]
}

// copyTo writes the compressed bytes to w.
func (p *piece) copyTo(w io.Writer) error {
	for _, c := range p.chunks {
		if _, err := io.Copy(w, p.sp.section(c.off, c.n)); err != nil {
			return err
		}
	}
	return nil
}

type part struct {
	name string
	z    piece        // compressed, for most parts
	raw  bytes.Buffer // uncompressed, for the content types and parts with an insertion
	keep bool         // raw holds the part
	crc  uint32
	size int64
	w    *Writer
}

func (p *part) Write(b []byte) (int, error) {
	if p.keep {
		return p.raw.Write(b)
	}
	p.crc = crc32.Update(p.crc, crc32.IEEETable, b)
	p.size += int64(len(b))
	return p.w.fw.Write(b)
}

// New returns a writer on w, for excelize.File.SetZipWriter.
func New(w io.Writer) *Writer { return &Writer{zw: zip.NewWriter(w), inserts: map[string]*Insertion{}} }

// Create starts a part; the part before it is complete.
func (w *Writer) Create(name string) (io.Writer, error) {
	if err := w.endPart(); err != nil {
		return nil, err
	}
	p := &part{name: name, w: w, z: piece{sp: &w.sp}}
	p.keep = name == contentTypes || w.inserts[name] != nil
	if !p.keep {
		if w.fw == nil {
			fw, err := flate.NewWriter(&p.z, flate.DefaultCompression)
			if err != nil {
				return nil, err
			}
			w.fw = fw
		} else {
			w.fw.Reset(&p.z)
		}
	}
	w.parts = append(w.parts, p)
	w.cur = p
	return p, nil
}

// endPart finishes the compression of the part being written.
func (w *Writer) endPart() error {
	p := w.cur
	w.cur = nil
	if p == nil || p.keep {
		return nil
	}
	if err := w.fw.Close(); err != nil {
		return err
	}
	p.z.flush()
	p.z.buf = nil
	return p.z.err
}

// AddFS adds the files of fsys.
func (w *Writer) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		out, err := w.Create(name)
		if err != nil {
			return err
		}
		_, err = out.Write(data)
		return err
	})
}

// Close writes the package and releases the spool.
func (w *Writer) Close() error {
	defer w.sp.release()
	if err := w.endPart(); err != nil {
		return err
	}
	for name, in := range w.inserts {
		if err := in.finish(); err != nil {
			return err
		}
		if !w.has(name) {
			return fmt.Errorf("xlsx package: no part %s for the content written ahead of it", name)
		}
	}
	sort.SliceStable(w.parts, func(i, j int) bool {
		a, b := w.parts[i].name, w.parts[j].name
		if (a == contentTypes) != (b == contentTypes) {
			return a == contentTypes
		}
		return a < b
	})
	for _, p := range w.parts {
		var err error
		switch {
		case p.name == contentTypes:
			err = w.writeContentTypes(p)
		case p.keep:
			err = w.writeSpliced(p, w.inserts[p.name])
		default:
			err = w.writeCompressed(p.name, p.crc, p.size, p.z.n, nil, &p.z, nil)
		}
		if err != nil {
			return err
		}
		p.z, p.raw = piece{}, bytes.Buffer{}
	}
	return w.zw.Close()
}

// Abort releases the spool without writing the package.
func (w *Writer) Abort() { w.sp.release() }

func (w *Writer) has(name string) bool {
	for _, p := range w.parts {
		if p.name == name {
			return true
		}
	}
	return false
}

// writeCompressed writes a part from compressed pieces: head and tail in
// memory around body in the spool.
func (w *Writer) writeCompressed(name string, crc uint32, size, compressed int64, head []byte, body *piece, tail []byte) error {
	out, err := w.zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(compressed), UncompressedSize64: uint64(size)})
	if err != nil {
		return err
	}
	if _, err := out.Write(head); err != nil {
		return err
	}
	if err := body.copyTo(out); err != nil {
		return err
	}
	_, err = out.Write(tail)
	return err
}

// writeSpliced writes a part with the content written ahead of it placed
// before the last occurrence of its marker. Each piece is its own deflate
// stream ended by a sync flush, the last one by the final block, so that
// their concatenation is one valid stream.
func (w *Writer) writeSpliced(p *part, in *Insertion) error {
	raw := p.raw.Bytes()
	at := bytes.LastIndex(raw, []byte(in.marker))
	if at < 0 {
		return fmt.Errorf("xlsx package: part %s has no %s to insert its content before", p.name, in.marker)
	}
	head, err := deflate(raw[:at], false)
	if err != nil {
		return err
	}
	tail, err := deflate(raw[at:], true)
	if err != nil {
		return err
	}
	crc := crc32.ChecksumIEEE(raw[:at])
	crc = crc32Combine(crc, in.crc, in.size)
	crc = crc32Combine(crc, crc32.ChecksumIEEE(raw[at:]), int64(len(raw)-at))
	return w.writeCompressed(p.name, crc, int64(len(raw))+in.size, int64(len(head))+in.z.n+int64(len(tail)), head, &in.z, tail)
}

// deflate compresses b as a stream ended by a sync flush, or by the final
// block when last.
func deflate(b []byte, last bool) ([]byte, error) {
	var out bytes.Buffer
	fw, err := flate.NewWriter(&out, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	if _, err := fw.Write(b); err != nil {
		return nil, err
	}
	if last {
		err = fw.Close()
	} else {
		err = fw.Flush()
	}
	return out.Bytes(), err
}

// Insertion is content of a part written before the part itself: it is
// compressed as it comes and placed into the part, when the part is
// written, before the last occurrence of a marker.
type Insertion struct {
	marker string
	fw     *flate.Writer
	z      piece
	crc    uint32
	size   int64
	done   bool
}

// InsertBefore returns a writer whose bytes go into the named part before
// the last occurrence of marker in it. Close fails if the part never comes
// or does not hold the marker: content is never dropped silently.
func (w *Writer) InsertBefore(name, marker string) (*Insertion, error) {
	if w.inserts[name] != nil || w.has(name) {
		return nil, fmt.Errorf("xlsx package: part %s is already written or has content inserted", name)
	}
	in := &Insertion{marker: marker, z: piece{sp: &w.sp}}
	fw, err := flate.NewWriter(&in.z, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	in.fw = fw
	w.inserts[name] = in
	return in, nil
}

// Write compresses b into the spool.
func (in *Insertion) Write(b []byte) (int, error) {
	if in.done {
		return 0, fmt.Errorf("xlsx package: content written after its part was closed")
	}
	in.crc = crc32.Update(in.crc, crc32.IEEETable, b)
	in.size += int64(len(b))
	return in.fw.Write(b)
}

// finish ends the insertion's stream with a sync flush and frees its
// compressor; it is called by Close and may be called earlier.
func (in *Insertion) finish() error {
	if in.done {
		return in.z.err
	}
	in.done = true
	if err := in.fw.Flush(); err != nil {
		return err
	}
	in.fw = nil
	in.z.flush()
	in.z.buf = nil
	return in.z.err
}

// Close ends the content; the compressor's memory is freed at once.
func (in *Insertion) Close() error { return in.finish() }

// writeContentTypes writes [Content_Types].xml with its elements sorted.
func (w *Writer) writeContentTypes(p *part) error {
	out, err := w.zw.Create(p.name)
	if err != nil {
		return err
	}
	_, err = out.Write(SortOverrides(p.raw.Bytes()))
	return err
}

var (
	defaults  = regexp.MustCompile(`<Default [^>]*?Extension="([^"]*)"[^>]*?(?:/>|></Default>)`)
	overrides = regexp.MustCompile(`<Override [^>]*?PartName="([^"]*)"[^>]*?(?:/>|></Override>)`)
)

// SortOverrides puts the Default elements of a content-types part in the
// order of their extensions and the Override elements in the order of
// their part names, each in the places the elements of its kind held.
func SortOverrides(xml []byte) []byte {
	return sortElems(sortElems(xml, defaults), overrides)
}

func sortElems(xml []byte, re *regexp.Regexp) []byte {
	locs := re.FindAllSubmatchIndex(xml, -1)
	if len(locs) < 2 {
		return xml
	}
	type elem struct{ name, text []byte }
	elems := make([]elem, len(locs))
	for i, l := range locs {
		elems[i] = elem{xml[l[2]:l[3]], xml[l[0]:l[1]]}
	}
	sort.SliceStable(elems, func(i, j int) bool { return bytes.Compare(elems[i].name, elems[j].name) < 0 })
	var out bytes.Buffer
	prev := 0
	for i, l := range locs {
		out.Write(xml[prev:l[0]])
		out.Write(elems[i].text)
		prev = l[1]
	}
	out.Write(xml[prev:])
	return out.Bytes()
}
