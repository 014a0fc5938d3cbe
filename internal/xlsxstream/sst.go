package xlsxstream

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// sharedStrings is the shared string table, read once: every string in one
// arena, so that a cell's value is a substring and costs no allocation.
type sharedStrings struct {
	arena string
	off   []uint32 // string i is arena[off[i]:off[i+1]]
}

func (t *sharedStrings) len() int { return len(t.off) - 1 }

func (t *sharedStrings) at(i int) string { return t.arena[t.off[i]:t.off[i+1]] }

// sharedStrings reads the table on first use.
func (b *Book) sharedStrings() (*sharedStrings, error) {
	if b.sst != nil {
		return b.sst, nil
	}
	part := b.sstPart
	if part == "" {
		part = "xl/sharedStrings.xml"
	}
	f, err := b.file(part)
	if err != nil {
		if errors.Is(err, errMissing) {
			b.sst = &sharedStrings{off: []uint32{0}}
			return b.sst, nil
		}
		return nil, err
	}
	rc, err := b.open(f)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	sc := newScanner(rc)
	var arena strings.Builder
	off := []uint32{0}
	var t tag
	var scratch siScratch
	maxBytes := b.limits.MaxSharedStringBytes
	if maxBytes <= 0 || maxBytes > 1<<32-1 {
		maxBytes = 1<<32 - 1
	}
	for {
		if err := sc.next(&t); err != nil {
			return nil, fmt.Errorf("%s: %w", part, err)
		}
		if t.kind == tokEOF {
			break
		}
		if t.kind != tokStart || string(t.name) != "si" {
			continue
		}
		s, err := scratch.read(sc, &t)
		if err != nil {
			return nil, fmt.Errorf("%s: string %d: %w", part, len(off)-1, err)
		}
		if b.limits.MaxSharedStrings > 0 && len(off) > b.limits.MaxSharedStrings {
			return nil, fmt.Errorf("%s holds more than %d strings", part, b.limits.MaxSharedStrings)
		}
		if int64(arena.Len())+int64(len(s)) > maxBytes {
			return nil, fmt.Errorf("%s holds more than %d MB of text", part, maxBytes>>20)
		}
		arena.Write(s)
		off = append(off, uint32(arena.Len()))
	}
	b.sst = &sharedStrings{arena: arena.String(), off: off}
	return b.sst, nil
}

// siScratch reads rich-text string items (<si> of the shared strings, <is>
// of an inline string) reusing its buffers.
type siScratch struct {
	t, runs []byte
	run     []byte
	out     []byte
	tag     tag
	runTag  tag
}

// read reads the item whose start tag t was just read: its own <t>, then
// its runs' <t> in order; phonetic runs (<rPh>) and properties are not
// text. Within one element the last <t> counts, as for excelize. The
// result has the _xHHHH_ escapes undone; it is valid until the next call.
func (x *siScratch) read(sc *scanner, t *tag) ([]byte, error) {
	x.t, x.runs = x.t[:0], x.runs[:0]
	if t.selfClose {
		return nil, nil
	}
	u := &x.tag
	for {
		if err := sc.next(u); err != nil {
			return nil, err
		}
		switch u.kind {
		case tokEOF:
			return nil, sc.unexpectedEOF()
		case tokEnd:
			if string(u.name) != "si" && string(u.name) != "is" {
				return nil, sc.syntax("</%s> closes a string item", u.qname)
			}
			x.out = append(append(x.out[:0], x.t...), x.runs...)
			if bytes.Contains(x.out, []byte("_x")) {
				x.out = append(x.out[:0], unescapeOOXML(string(x.out))...)
			}
			return x.out, nil
		}
		switch string(u.name) {
		case "t":
			text, err := sc.readText(u)
			if err != nil {
				return nil, err
			}
			x.t = append(x.t[:0], text...)
		case "r":
			if err := x.readRun(sc, u); err != nil {
				return nil, err
			}
		default: // rPh, phoneticPr, extLst
			if err := sc.skipElement(u); err != nil {
				return nil, err
			}
		}
	}
}

func (x *siScratch) readRun(sc *scanner, t *tag) error {
	if t.selfClose {
		return nil
	}
	x.run = x.run[:0]
	u := &x.runTag
	for {
		if err := sc.next(u); err != nil {
			return err
		}
		switch u.kind {
		case tokEOF:
			return sc.unexpectedEOF()
		case tokEnd:
			if string(u.name) != "r" {
				return sc.syntax("</%s> closes a run", u.qname)
			}
			x.runs = append(x.runs, x.run...)
			return nil
		}
		if string(u.name) == "t" {
			text, err := sc.readText(u)
			if err != nil {
				return err
			}
			x.run = append(x.run[:0], text...)
			continue
		}
		if err := sc.skipElement(u); err != nil {
			return err
		}
	}
}
