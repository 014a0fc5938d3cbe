package rules

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/shopspring/decimal"
)

// The compact form of the rule base is roo's own binary layout:
//
//	magic "ROORULE2"
//	uvarint  number of chapters
//	per chapter: string key, uvarint offset, uvarint length (of its block)
//	chapter blocks
//	string pool
//
// Every string is a (offset, length) pair into the pool, so decoding a
// chapter slices the embedded data and copies no text. Chapters decode on
// first use, one at a time.
const magic = "ROORULE2"

// writer encodes the compact form.
type writer struct {
	buf  []byte
	pool []byte
	seen map[string]int
}

func (w *writer) uint(v uint64) { w.buf = binary.AppendUvarint(w.buf, v) }
func (w *writer) int(v int)     { w.uint(uint64(v)) }
func (w *writer) bool(v bool) {
	if v {
		w.buf = append(w.buf, 1)
	} else {
		w.buf = append(w.buf, 0)
	}
}

func (w *writer) str(s string) {
	if s == "" {
		w.uint(0)
		return
	}
	off, ok := w.seen[s]
	if !ok {
		off = len(w.pool)
		w.pool = append(w.pool, s...)
		w.seen[s] = off
	}
	w.uint(uint64(len(s)))
	w.uint(uint64(off))
}

func (w *writer) strs(list []string) {
	w.int(len(list))
	for _, s := range list {
		w.str(s)
	}
}

func (w *writer) codes(list []hs.Code) {
	w.int(len(list))
	for _, c := range list {
		w.str(string(c))
	}
}

func (w *writer) period(p Period) {
	w.str(string(p.From))
	w.str(string(p.To))
}

func (w *writer) refs(list Refs) {
	w.int(len(list))
	for _, r := range list {
		w.str(string(r.From))
		w.str(string(r.To))
		w.bool(r.Edition != nil)
		if e := r.Edition; e != nil {
			w.codes(e.Obsolete)
			w.codes(e.Successors)
			w.codes(e.Shared)
			w.bool(e.Partial)
			w.str(e.Note)
		}
	}
}

func (w *writer) conditions(list []Condition) {
	w.int(len(list))
	for _, c := range list {
		w.str(c.Key)
		w.int(int(c.Kind))
		w.str(c.Question)
		w.str(c.Text)
	}
}

func (w *writer) sources(list []Source) {
	w.int(len(list))
	for _, s := range list {
		w.int(int(s.Kind))
		w.int(int(s.Level))
		w.refs(s.Refs)
		w.bool(s.InGroup)
		w.bool(s.Including)
		w.str(s.Desc)
		w.str(s.Join)
		w.str(s.After)
		w.bool(s.Other)
		w.int(len(s.Groups))
		for _, g := range s.Groups {
			w.sources(g)
		}
	}
}

func (w *writer) target(t Target) {
	w.str(t.Desc)
	w.str(t.Join)
	w.refs(t.Refs)
	w.str(t.After)
	w.bool(t.Other)
	w.refs(t.Except)
}

func (w *writer) branch(b *Branch) {
	w.str(b.Label)
	w.int(int(b.Kind))
	w.target(b.Target)
	w.sources(b.Shift.From)
	w.sources(b.Shift.Also)
	w.sources(b.Shift.Except)
	w.str(b.Shift.ExceptWord)
	w.bool(b.Shift.ExceptAfterAlso)
	w.bool(b.RVC != nil)
	if b.RVC != nil {
		w.int(len(b.RVC.Thresholds))
		for _, t := range b.RVC.Thresholds {
			w.int(int(t.Method))
			w.str(t.Percent.String())
			w.period(t.Period)
		}
	}
	w.conditions(b.Conditions)
	w.str(b.Process)
	w.strs(b.Exempt)
}

func (w *writer) meta(m *Meta) {
	w.int(m.ID.Seq)
	w.str(m.Label)
	w.str(m.Scope)
	w.period(m.Period)
	w.int(int(m.Status))
	w.str(m.Failure)
	w.strs(m.Assumptions)
	w.strs(m.Flags)
	w.str(m.DataNote)
	w.str(m.Text)
}

func (w *writer) rule(r *Rule) {
	w.meta(&r.Meta)
	w.str(r.Number)
	w.bool(r.PeriodStated)
	w.int(int(r.Trade))
	w.bool(r.TradeStated)
	w.bool(r.Lead != nil)
	if l := r.Lead; l != nil {
		w.bool(l.Following)
		w.bool(l.Other)
		w.str(l.Desc)
		w.refs(l.Refs)
		w.str(l.After)
		w.int(int(l.Uses))
		w.bool(l.UsedFor)
	}
	w.int(int(r.Uses))
	w.str(r.UseBasis)
	w.refs(r.Applies)
	w.int(len(r.Branches))
	for i := range r.Branches {
		w.branch(&r.Branches[i])
	}
}

func (w *writer) note(n *Note) {
	w.meta(&n.Meta)
	w.int(int(n.Kind))
	w.refs(n.Governs)
	w.refs(n.Except)
	w.str(n.Product)
	w.refs(n.Materials)
	w.strs(n.Subdivisions)
	w.conditions(n.Conditions)
	w.strs(n.Exempt)
}

// encode writes the chapters in the compact form. Offsets of strings are
// relative to the pool, which follows the chapter blocks.
func encode(chapters []*Chapter) []byte {
	w := &writer{seen: map[string]int{}}
	blocks := make([][]byte, len(chapters))
	for i, ch := range chapters {
		w.buf = nil
		w.int(len(ch.Rules))
		for _, r := range ch.Rules {
			w.rule(r)
		}
		w.int(len(ch.Notes))
		for _, n := range ch.Notes {
			w.note(n)
		}
		w.int(len(ch.Formerly))
		for _, f := range ch.Formerly {
			w.str(string(f.Code))
			w.str(f.Edition)
			w.codes(f.From)
			w.bool(f.Exact)
		}
		blocks[i] = w.buf
	}
	w.buf = append([]byte(nil), magic...)
	w.int(len(chapters))
	off := 0
	for i, ch := range chapters {
		w.str(ch.Key)
		w.int(off)
		w.int(len(blocks[i]))
		off += len(blocks[i])
	}
	w.int(len(w.pool))
	head := w.buf
	out := make([]byte, 0, len(head)+off+len(w.pool))
	out = append(out, head...)
	for _, b := range blocks {
		out = append(out, b...)
	}
	return append(out, w.pool...)
}

// reader decodes the compact form. Errors are sticky: after the first,
// every read returns zero values and err keeps the first error.
type reader struct {
	data string // the whole compact form
	pos  int
	end  int
	pool int // offset of the string pool in data
	err  error
}

var errCorrupt = errors.New("the embedded rule base is corrupt")

func (r *reader) uint() uint64 {
	if r.err != nil {
		return 0
	}
	var v uint64
	var s uint
	for i := 0; ; i++ {
		if r.pos >= r.end || i == binary.MaxVarintLen64 {
			r.err = errCorrupt
			return 0
		}
		b := r.data[r.pos]
		r.pos++
		if b < 0x80 {
			return v | uint64(b)<<s
		}
		v |= uint64(b&0x7f) << s
		s += 7
	}
}

// int reads a length, an offset or a small enumeration: none can exceed
// the size of the data, and refusing larger values keeps every int read
// non-negative and every sum of two of them from overflowing.
func (r *reader) int() int {
	v := r.uint()
	if v > uint64(len(r.data)) {
		r.err = errCorrupt
		return 0
	}
	return int(v)
}

func (r *reader) bool() bool {
	if r.err != nil {
		return false
	}
	if r.pos >= r.end {
		r.err = errCorrupt
		return false
	}
	b := r.data[r.pos]
	r.pos++
	return b == 1
}

// count reads a list length, refusing one that cannot fit in the data left.
func (r *reader) count() int {
	n := r.int()
	if n > r.end-r.pos {
		r.err = errCorrupt
		return 0
	}
	return n
}

func (r *reader) str() string {
	n := r.int()
	if n == 0 {
		return ""
	}
	off := r.int() + r.pool
	if r.err != nil || off < r.pool || off+n > len(r.data) {
		r.err = errCorrupt
		return ""
	}
	return r.data[off : off+n]
}

// list reads a counted list, one item at a time; an empty list is nil.
func list[T any](r *reader, item func() T) []T {
	n := r.count()
	if n == 0 {
		return nil
	}
	out := make([]T, n)
	for i := range out {
		out[i] = item()
	}
	return out
}

func (r *reader) strs() []string { return list(r, r.str) }

func (r *reader) code() hs.Code    { return hs.Code(r.str()) }
func (r *reader) codes() []hs.Code { return list(r, r.code) }

func (r *reader) period() Period { return Period{From: Date(r.str()), To: Date(r.str())} }

func (r *reader) ref() Ref {
	x := Ref{From: r.code(), To: r.code()}
	if r.bool() {
		x.Edition = &Edition{Obsolete: r.codes(), Successors: r.codes(), Shared: r.codes(), Partial: r.bool(), Note: r.str()}
	}
	return x
}

func (r *reader) refs() Refs { return list(r, r.ref) }

func (r *reader) condition() Condition {
	return Condition{Key: r.str(), Kind: ConditionKind(r.int()), Question: r.str(), Text: r.str()}
}

func (r *reader) conditions() []Condition { return list(r, r.condition) }

func (r *reader) source() Source {
	return Source{
		Kind:      SourceKind(r.int()),
		Level:     hs.Level(r.int()),
		Refs:      r.refs(),
		InGroup:   r.bool(),
		Including: r.bool(),
		Desc:      r.str(),
		Join:      r.str(),
		After:     r.str(),
		Other:     r.bool(),
		Groups:    list(r, r.sources),
	}
}

func (r *reader) sources() []Source { return list(r, r.source) }

func (r *reader) target() Target {
	return Target{Desc: r.str(), Join: r.str(), Refs: r.refs(), After: r.str(), Other: r.bool(), Except: r.refs()}
}

func (r *reader) branch() Branch {
	var b Branch
	b.Label = r.str()
	b.Kind = BranchKind(r.int())
	b.Target = r.target()
	b.Shift.From = r.sources()
	b.Shift.Also = r.sources()
	b.Shift.Except = r.sources()
	b.Shift.ExceptWord = r.str()
	b.Shift.ExceptAfterAlso = r.bool()
	if r.bool() {
		b.RVC = &RVC{Thresholds: list(r, r.threshold)}
	}
	b.Conditions = r.conditions()
	b.Process = r.str()
	b.Exempt = r.strs()
	return b
}

func (r *reader) threshold() Threshold {
	t := Threshold{Method: Method(r.int())}
	p, err := decimal.NewFromString(r.str())
	if err != nil && r.err == nil {
		r.err = errCorrupt
	}
	t.Percent = p
	t.Period = r.period()
	return t
}

func (r *reader) meta(chapter string) Meta {
	m := Meta{ID: ID{Chapter: chapter, Seq: r.int()}}
	m.Label = r.str()
	m.Scope = r.str()
	m.Period = r.period()
	m.Status = Status(r.int())
	m.Failure = r.str()
	m.Assumptions = r.strs()
	m.Flags = r.strs()
	m.DataNote = r.str()
	m.Text = r.str()
	return m
}

func (r *reader) rule(chapter string) *Rule {
	x := &Rule{Meta: r.meta(chapter)}
	x.Number = r.str()
	x.PeriodStated = r.bool()
	x.Trade = Trade(r.int())
	x.TradeStated = r.bool()
	if r.bool() {
		x.Lead = &LeadIn{Following: r.bool(), Other: r.bool(), Desc: r.str(), Refs: r.refs(), After: r.str(), Uses: Use(r.int()), UsedFor: r.bool()}
	}
	x.Uses = Use(r.int())
	x.UseBasis = r.str()
	x.Applies = r.refs()
	x.Branches = list(r, r.branch)
	return x
}

func (r *reader) note(chapter string) *Note {
	n := &Note{Meta: r.meta(chapter)}
	n.Kind = NoteKind(r.int())
	n.Governs = r.refs()
	n.Except = r.refs()
	n.Product = r.str()
	n.Materials = r.refs()
	n.Subdivisions = r.strs()
	n.Conditions = r.conditions()
	n.Exempt = r.strs()
	return n
}

// chapterEntry locates one chapter's block in the compact form.
type chapterEntry struct {
	key        string
	start, end int
}

// decodeIndex reads the header: the chapter index and where the pool is.
func decodeIndex(data string) ([]chapterEntry, int, error) {
	if len(data) < len(magic) || data[:len(magic)] != magic {
		return nil, 0, fmt.Errorf("%w: bad magic", errCorrupt)
	}
	// Strings in the header point into the pool, whose offset is known only
	// after the header: read it twice, first for the lengths.
	r := &reader{data: data, pos: len(magic), end: len(data)}
	n := r.count()
	type raw struct{ keyLen, keyOff, off, length int }
	raws := make([]raw, n)
	for i := range raws {
		raws[i].keyLen = r.int()
		if raws[i].keyLen > 0 {
			raws[i].keyOff = r.int()
		}
		raws[i].off = r.int()
		raws[i].length = r.int()
	}
	poolLen := r.int()
	if r.err != nil {
		return nil, 0, r.err
	}
	blocks := r.pos
	pool := len(data) - poolLen
	if pool < blocks {
		return nil, 0, errCorrupt
	}
	out := make([]chapterEntry, n)
	for i, x := range raws {
		start, end := blocks+x.off, blocks+x.off+x.length
		if end > pool || x.keyOff+x.keyLen > poolLen {
			return nil, 0, errCorrupt
		}
		out[i] = chapterEntry{key: data[pool+x.keyOff : pool+x.keyOff+x.keyLen], start: start, end: end}
	}
	return out, pool, nil
}

// decodeChapter decodes one chapter's block.
func decodeChapter(data string, pool int, e chapterEntry) (*Chapter, error) {
	r := &reader{data: data, pos: e.start, end: e.end, pool: pool}
	ch := &Chapter{Key: e.key}
	ch.Rules = list(r, func() *Rule { return r.rule(e.key) })
	ch.Notes = list(r, func() *Note { return r.note(e.key) })
	ch.Formerly = list(r, func() Former {
		return Former{Code: r.code(), Edition: r.str(), From: r.codes(), Exact: r.bool()}
	})
	if r.err == nil && r.pos != r.end {
		r.err = errCorrupt
	}
	if r.err != nil {
		return nil, fmt.Errorf("chapter %s: %w", e.key, r.err)
	}
	return ch, nil
}
