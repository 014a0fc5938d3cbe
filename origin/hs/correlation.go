package hs

import (
	"fmt"
	"slices"
	"strings"
	"sync"
)

// Link ties a subheading of an older edition to one of its HS 2022
// counterparts.
type Link struct {
	// To is the HS 2022 subheading.
	To Code
	// Partial is set when To also takes goods that were outside the older
	// code (or range of codes): the older code is only one of its sources.
	// 8517.70 (HS 2017) links wholly to 8517.71 and 8517.79, and partially to
	// 8524.11, whose display modules came from many headings of HS 2017.
	Partial bool
}

// Relationship is the shape of a correlation, read as older-edition codes to
// HS 2022 codes. Note that the UN tables print the opposite order (HS 2022
// first): their "n:1" is OneToMany here.
type Relationship uint8

// The relationships of a Mapping.
const (
	// NoCounterpart: the UN table gives the code no HS 2022 subheading.
	NoCounterpart Relationship = iota
	// OneToOne: one HS 2022 subheading with the same scope (maybe renumbered).
	OneToOne
	// OneToMany: the code was split; each part is an HS 2022 subheading of its own.
	OneToMany
	// ManyToOne: the code was merged with others into one HS 2022 subheading.
	ManyToOne
	// ManyToMany: the code's goods went to several HS 2022 subheadings, at
	// least one of which also took goods from other codes.
	ManyToMany
)

// String is the UN notation in older:HS 2022 order: "1:1", "1:n", "n:1",
// "n:n", or "none".
func (r Relationship) String() string {
	if r > ManyToMany {
		return fmt.Sprintf("relationship(%d)", uint8(r))
	}
	return [...]string{"none", "1:1", "1:n", "n:1", "n:n"}[r]
}

// Mapping is the set of HS 2022 subheadings a subheading of some edition
// corresponds to. It does not allocate: read it with Len and At.
type Mapping struct {
	// From is the six-digit code mapped.
	From Code
	// Edition is the edition From was read in.
	Edition Edition

	links []Link // shared with the embedded data: never modified
	self  bool   // the mapping is From itself, unchanged
	doubt string
}

// Doubt is empty, or says why the UN table's rows for From look incomplete
// (8541.50 of HS 2017 is linked only to e-waste, not to 8541.51 and 8541.59,
// into which HS 2022 split it). A caller must not decide an outcome on a
// doubtful mapping without review.
func (m Mapping) Doubt() string { return m.doubt }

// Len is the number of HS 2022 subheadings.
func (m Mapping) Len() int {
	if m.self {
		return 1
	}
	return len(m.links)
}

// At returns the i-th link, in code order; it panics when i is out of range.
func (m Mapping) At(i int) Link {
	if m.self {
		return [1]Link{{To: m.From}}[i]
	}
	return m.links[i]
}

// Links returns a copy of the links.
func (m Mapping) Links() []Link {
	out := make([]Link, m.Len())
	for i := range out {
		out[i] = m.At(i)
	}
	return out
}

// Codes returns the HS 2022 subheadings, in order.
func (m Mapping) Codes() []Code {
	out := make([]Code, m.Len())
	for i := range out {
		out[i] = m.At(i).To
	}
	return out
}

// Contains reports whether the HS 2022 subheading c is one of the mapping's.
func (m Mapping) Contains(c Code) bool {
	for i := range m.Len() {
		if m.At(i).To == c {
			return true
		}
	}
	return false
}

// Relationship classifies the mapping; see Relationship.
func (m Mapping) Relationship() Relationship {
	n, partial := m.Len(), false
	for i := range n {
		partial = partial || m.At(i).Partial
	}
	switch {
	case n == 0:
		return NoCounterpart
	case partial && n == 1:
		return ManyToOne
	case partial:
		return ManyToMany
	case n == 1:
		return OneToOne
	}
	return OneToMany
}

// Changed reports whether the mapping is anything other than From itself
// with the same scope: a caller applying a rule through it should say that
// the correlation decided the outcome.
func (m Mapping) Changed() bool {
	return m.Len() != 1 || m.At(0).To != m.From || m.At(0).Partial
}

// String is a one-line summary: "9403.90 (HS 2017) -> 9403.91, 9403.99 (1:n)";
// a * marks a partial link.
func (m Mapping) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s) ->", m.From, m.Edition)
	for i := range m.Len() {
		l := m.At(i)
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(" " + l.To.String())
		if l.Partial {
			b.WriteByte('*')
		}
	}
	if m.Len() == 0 {
		b.WriteString(" nothing")
	}
	fmt.Fprintf(&b, " (%s)", m.Relationship())
	if m.doubt != "" {
		b.WriteString("; doubtful: " + m.doubt)
	}
	return b.String()
}

// Successors maps the six-digit code c of edition from to HS 2022. It
// reports false when c is not a subheading of that edition. A code of
// HS 2022 read in HS 2022 maps to itself; read in an older edition, it maps
// to whatever the UN correlation table says (8413.11 of HS 2017 lost its
// display modules to heading 8524, so it maps to 8413.11 and, partly, 8524.xx).
func Successors(c Code, from Edition) (Mapping, bool) {
	if len(c) != int(Subheading) {
		return Mapping{}, false
	}
	eds := EditionsOf(c)
	if !eds.Has(from) {
		return Mapping{}, false
	}
	m := Mapping{From: c, Edition: from}
	if t := correlationData().table(from); t != nil {
		if sp, ok := t.lookup(c); ok {
			m.links, m.doubt = t.links[sp.start:sp.end:sp.end], sp.doubt
			return m, true
		}
	}
	m.self = eds.Has(HS2022)
	return m, true
}

// Resolve maps a six-digit code cited without an edition (as the USMCA rules
// cite them) to HS 2022, reading it in the newest edition that has it: an
// HS 2022 code maps to itself; 9403.90 is read as HS 2017. It reports false
// when no edition has the code (4103.10 and 5503.10 are older than HS 2012).
// Use ScopeChanges to learn whether an HS 2022 code meant something else in
// an older edition.
func Resolve(c Code) (Mapping, bool) {
	if len(c) != int(Subheading) {
		return Mapping{}, false
	}
	e := EditionsOf(c).Newest()
	if e == 0 {
		return Mapping{}, false
	}
	return Successors(c, e)
}

// ScopeChanges returns the older editions in which the subheading c existed
// with a different scope from its HS 2022 meaning (or at all, if HS 2022
// lacks it): those whose Successors mapping is Changed.
func ScopeChanges(c Code) EditionSet {
	var s EditionSet
	for _, e := range [...]Edition{HS2017, HS2012} {
		if m, ok := Successors(c, e); ok && m.Changed() {
			s |= EditionSet(e)
		}
	}
	return s
}

// correlations is the decoded embedded correlation file.
type correlations struct {
	hs2017, hs2012 table
	links          []Link // backing store of both tables
}

func (c *correlations) table(e Edition) *table {
	switch e {
	case HS2017:
		return &c.hs2017
	case HS2012:
		return &c.hs2012
	}
	return nil
}

// table holds the links of one older edition, for the subheadings whose
// HS 2022 counterpart is not simply themselves.
type table struct {
	olds  []Code // sorted
	spans []span // links of olds[i]
	links []Link // shared backing store

	// fanIn counts, for each partial HS 2022 target, its sources in this
	// edition; built on first use by range expansion.
	fanIn func() map[Code]int
}

// span locates the links of one older subheading, with the doubt on them.
type span struct {
	start, end int32
	doubt      string
}

func (t *table) lookup(c Code) (span, bool) {
	i, ok := slices.BinarySearch(t.olds, c)
	if !ok {
		return span{}, false
	}
	return t.spans[i], true
}

func (t *table) countFanIn() map[Code]int {
	m := map[Code]int{}
	for _, s := range t.spans {
		for _, l := range t.links[s.start:s.end] {
			if l.Partial {
				m[l.To]++
			}
		}
	}
	return m
}

// parseCorrelations decodes the generated correlation file; codes are
// substrings of text.
func parseCorrelations(text string) (*correlations, error) {
	c := &correlations{links: make([]Link, 0, strings.Count(text, " ")+strings.Count(text, "\n"))}
	for _, t := range []*table{&c.hs2017, &c.hs2012} {
		t.fanIn = sync.OnceValue(t.countFanIn)
	}
	for lineNo := 1; text != ""; lineNo++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		year, rest, ok1 := strings.Cut(line, "\t")
		old, rest, ok2 := strings.Cut(rest, "\t")
		targets, doubt, _ := strings.Cut(rest, "\t")
		var t *table
		switch year {
		case "2017":
			t = &c.hs2017
		case "2012":
			t = &c.hs2012
		}
		if t == nil || !ok1 || !ok2 || len(old) != 6 || !isDigits(old) {
			return nil, fmt.Errorf("line %d: malformed correlation %q", lineNo, line)
		}
		if n := len(t.olds); n > 0 && Code(old) <= t.olds[n-1] {
			return nil, fmt.Errorf("line %d: %s %s is out of order", lineNo, year, old)
		}
		start := int32(len(c.links))
		for targets != "" {
			var token string
			token, targets, _ = strings.Cut(targets, " ")
			to, partial := strings.CutSuffix(token, "*")
			if len(to) != 6 || !isDigits(to) {
				return nil, fmt.Errorf("line %d: malformed HS 2022 code %q", lineNo, token)
			}
			l := Link{Partial: partial}
			l.To = Code(to)
			c.links = append(c.links, l)
		}
		t.olds = append(t.olds, Code(old))
		t.spans = append(t.spans, span{start, int32(len(c.links)), doubt})
	}
	c.hs2017.links, c.hs2012.links = c.links, c.links
	return c, nil
}
