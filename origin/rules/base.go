package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/roo-trade/roo/origin/hs"
)

// Chapter holds the records of one chapter field of the data: a chapter
// ("84") or a GN 11(n) chapter group ("28-38").
type Chapter struct {
	Key   string
	Rules []*Rule
	Notes []*Note
	// Formerly lists the HS 2022 subheadings of the chapter that an older
	// edition did not have, with the codes they came from, so that a good
	// classified in a code the rules do not cite can be traced to the rule
	// of its former code.
	Formerly []Former
}

// Former says where an HS 2022 subheading came from in an older edition.
type Former struct {
	Code    hs.Code   `json:"code"`
	Edition string    `json:"edition"` // "HS 2017" or "HS 2012"
	From    []hs.Code `json:"from"`
	// Exact is true when every good of Code was in the one former code From
	// (a split or a renumbering); false when Code gathered goods from
	// several codes or shares a code with others.
	Exact bool `json:"exact"`
}

// Base is a rule base: every record of GN 11(o), by chapter. A base loaded
// from the compact form decodes each chapter on first use; it is safe for
// concurrent use.
type Base struct {
	data  string
	pool  int
	index []chapterEntry
	slots []chapterSlot
}

// chapterSlot decodes one chapter once.
type chapterSlot struct {
	once sync.Once
	ch   *Chapter
	err  error
}

// Load reads a rule base in the compact form. It decodes only the index;
// chapters are decoded when first asked for.
func Load(data string) (*Base, error) {
	index, pool, err := decodeIndex(data)
	if err != nil {
		return nil, err
	}
	return &Base{data: data, pool: pool, index: index, slots: make([]chapterSlot, len(index))}, nil
}

// NewBase builds a rule base from parsed chapters, for the generator and
// for tests. Chapters are sorted by key.
func NewBase(chapters []*Chapter) *Base {
	chs := append([]*Chapter(nil), chapters...)
	sort.Slice(chs, func(i, j int) bool { return chs[i].Key < chs[j].Key })
	b := &Base{index: make([]chapterEntry, len(chs)), slots: make([]chapterSlot, len(chs))}
	for i, ch := range chs {
		b.index[i] = chapterEntry{key: ch.Key}
		b.slots[i].once.Do(func() { b.slots[i].ch = ch })
	}
	return b
}

// Encode writes the base in the compact form that Load reads. Every
// chapter is decoded first.
func (b *Base) Encode() ([]byte, error) {
	chs, err := b.All()
	if err != nil {
		return nil, err
	}
	return encode(chs), nil
}

// Keys lists the chapter keys of the base, sorted ("01", …, "28-38", …).
func (b *Base) Keys() []string {
	out := make([]string, len(b.index))
	for i, e := range b.index {
		out[i] = e.key
	}
	return out
}

// Chapter returns the records of one chapter key, or nil when the data has
// none for it.
func (b *Base) Chapter(key string) (*Chapter, error) {
	i := sort.Search(len(b.index), func(i int) bool { return b.index[i].key >= key })
	if i == len(b.index) || b.index[i].key != key {
		return nil, nil
	}
	s := &b.slots[i]
	s.once.Do(func() { s.ch, s.err = decodeChapter(b.data, b.pool, b.index[i]) })
	return s.ch, s.err
}

// All decodes and returns every chapter, sorted by key.
func (b *Base) All() ([]*Chapter, error) {
	out := make([]*Chapter, 0, len(b.index))
	for _, e := range b.index {
		ch, err := b.Chapter(e.key)
		if err != nil {
			return nil, err
		}
		out = append(out, ch)
	}
	return out, nil
}

// groupsOf lists the chapter-group keys ("28-38") that include a chapter.
func (b *Base) groupsOf(chapter string) []string {
	var out []string
	for _, e := range b.index {
		lo, hi, ok := strings.Cut(e.key, "-")
		if ok && lo <= chapter && chapter <= hi {
			out = append(out, e.key)
		}
	}
	return out
}

// Rule finds a record's rule by ID, for tests and tools.
func (b *Base) Rule(id ID) (*Rule, error) {
	ch, err := b.Chapter(id.Chapter)
	if err != nil {
		return nil, err
	}
	if ch != nil {
		for _, r := range ch.Rules {
			if r.ID == id {
				return r, nil
			}
		}
	}
	return nil, fmt.Errorf("no rule %s in the rule base", id)
}
