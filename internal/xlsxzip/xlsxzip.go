// Package xlsxzip is the zip writer roo hands excelize so that the same
// workbook is the same bytes: excelize writes the parts of a package, and
// the elements of [Content_Types].xml, in the order of maps; this writer
// puts both in a fixed order.
package xlsxzip

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"hash"
	"hash/crc32"
	"io"
	"io/fs"
	"regexp"
	"sort"

	"github.com/xuri/excelize/v2"
)

const contentTypes = "[Content_Types].xml"

// Writer is an excelize.ZipWriter that compresses each part into memory
// and writes the package on Close with its parts in a fixed order:
// [Content_Types].xml first, then by name. Only the compressed parts are
// held.
type Writer struct {
	zw    *zip.Writer
	parts []*part
}

type part struct {
	name string
	buf  bytes.Buffer // deflated
	fw   *flate.Writer
	crc  hash.Hash32
	size uint64
}

func (p *part) Write(b []byte) (int, error) {
	p.crc.Write(b)
	p.size += uint64(len(b))
	return p.fw.Write(b)
}

// New returns a writer on w, for excelize.File.SetZipWriter.
func New(w io.Writer) excelize.ZipWriter { return &Writer{zw: zip.NewWriter(w)} }

// Create starts a part.
func (w *Writer) Create(name string) (io.Writer, error) {
	p := &part{name: name, crc: crc32.NewIEEE()}
	fw, err := flate.NewWriter(&p.buf, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	p.fw = fw
	w.parts = append(w.parts, p)
	return p, nil
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

// Close writes the package.
func (w *Writer) Close() error {
	sort.SliceStable(w.parts, func(i, j int) bool {
		a, b := w.parts[i].name, w.parts[j].name
		if (a == contentTypes) != (b == contentTypes) {
			return a == contentTypes
		}
		return a < b
	})
	for _, p := range w.parts {
		if p.name == contentTypes {
			if err := w.writeContentTypes(p); err != nil {
				return err
			}
			continue
		}
		if err := p.fw.Close(); err != nil {
			return err
		}
		out, err := w.zw.CreateRaw(&zip.FileHeader{Name: p.name, Method: zip.Deflate, CRC32: p.crc.Sum32(),
			CompressedSize64: uint64(p.buf.Len()), UncompressedSize64: p.size})
		if err != nil {
			return err
		}
		if _, err := out.Write(p.buf.Bytes()); err != nil {
			return err
		}
		p.buf = bytes.Buffer{}
	}
	return w.zw.Close()
}

// writeContentTypes writes [Content_Types].xml with its elements sorted.
func (w *Writer) writeContentTypes(p *part) error {
	if err := p.fw.Close(); err != nil {
		return err
	}
	raw, err := io.ReadAll(flate.NewReader(&p.buf))
	if err != nil {
		return err
	}
	out, err := w.zw.Create(p.name)
	if err != nil {
		return err
	}
	_, err = out.Write(SortOverrides(raw))
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
