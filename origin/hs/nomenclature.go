package hs

import (
	"fmt"
	"slices"
	"strings"
)

// Entry is a chapter, heading or subheading of the nomenclature.
type Entry struct {
	// Code has 2, 4 or 6 digits.
	Code Code
	// Description is UN Comtrade's abbreviated description
	// ("Vehicle parts; brakes, servo-brakes and parts thereof"), not the
	// legal text of the HS. The newest edition holding the code supplies it.
	// A description that the UN list cut at its 255-character limit ends
	// with " …".
	Description string
	// Editions are the editions in which the code exists.
	Editions EditionSet
}

// String is the code in HTS form followed by its description:
// "8708.30 Vehicle parts; brakes, servo-brakes and parts thereof".
func (e Entry) String() string { return e.Code.String() + " " + e.Description }

// nomenclature is the decoded embedded list of codes.
type nomenclature struct {
	hs22   []Entry // HS 2022 chapters, headings and subheadings, sorted by code
	others []Entry // codes of HS 2017 or HS 2012 that HS 2022 lacks, sorted

	// chapters and headings index hs22 by number, plus one (0: absent), so
	// that a lookup needs no search: a subheading is found by scanning the
	// few entries after its heading.
	chapters [100]int32
	headings [10000]int32
}

// parseNomenclature decodes the generated nomenclature file. Descriptions
// and codes are substrings of text; nothing is copied.
func parseNomenclature(text string) (*nomenclature, error) {
	n := &nomenclature{hs22: make([]Entry, 0, strings.Count(text, "\n"))}
	prev := ""
	for lineNo := 1; text != ""; lineNo++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		code, rest, ok1 := strings.Cut(line, "\t")
		eds, desc, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || !isDigits(code) || (len(code) != 2 && len(code) != 4 && len(code) != 6) ||
			len(eds) != 1 || eds[0] < '1' || eds[0] > '7' || desc == "" {
			return nil, fmt.Errorf("line %d: malformed entry %q", lineNo, line)
		}
		if code <= prev {
			return nil, fmt.Errorf("line %d: code %s is out of order", lineNo, code)
		}
		prev = code
		e := Entry{Code: Code(code), Description: desc, Editions: EditionSet(eds[0] - '0')}
		if e.Editions.Has(HS2022) {
			switch len(code) {
			case 2:
				n.chapters[number(code)] = int32(len(n.hs22) + 1)
			case 4:
				n.headings[number(code)] = int32(len(n.hs22) + 1)
			}
			n.hs22 = append(n.hs22, e)
		} else {
			n.others = append(n.others, e)
		}
	}
	return n, nil
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// number is the value of a string of 2 or 4 digits, or -1.
func number(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return -1
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// index22 returns the index of c in hs22, or -1.
func (n *nomenclature) index22(c Code) int {
	switch len(c) {
	case 2:
		if v := number(string(c)); v >= 0 {
			return int(n.chapters[v]) - 1
		}
	case 4:
		if v := number(string(c)); v >= 0 {
			return int(n.headings[v]) - 1
		}
	case 6:
		v := number(string(c[:4]))
		if v < 0 || n.headings[v] == 0 {
			return -1
		}
		for i := int(n.headings[v]); i < len(n.hs22) && len(n.hs22[i].Code) == 6 && n.hs22[i].Code[:4] == c[:4]; i++ {
			if n.hs22[i].Code == c {
				return i
			}
		}
	}
	return -1
}

func compareEntry(e Entry, c Code) int { return strings.Compare(string(e.Code), string(c)) }

// find returns the index of c in entries, or where it would be.
func find(entries []Entry, c Code) (int, bool) {
	return slices.BinarySearchFunc(entries, c, compareEntry)
}

// Lookup returns the HS 2022 chapter, heading or subheading c (2, 4 or 6
// digits). It reports false for any other code, including a longer one:
// look up c.Subheading() to check the HS part of a national tariff item.
func Lookup(c Code) (Entry, bool) {
	n := nomenclatureData()
	if i := n.index22(c); i >= 0 {
		return n.hs22[i], true
	}
	return Entry{}, false
}

// Exists reports whether c is an HS 2022 chapter, heading or subheading.
func Exists(c Code) bool {
	_, ok := Lookup(c)
	return ok
}

// LookupAny is Lookup across HS 2022, HS 2017 and HS 2012: it finds codes
// that HS 2022 no longer has too (Entry.Editions says where they exist).
func LookupAny(c Code) (Entry, bool) {
	if e, ok := Lookup(c); ok {
		return e, true
	}
	n := nomenclatureData()
	if i, ok := find(n.others, c); ok {
		return n.others[i], true
	}
	return Entry{}, false
}

// EditionsOf returns the editions in which c (2, 4 or 6 digits) exists; the
// set is empty for a code that none of them has.
func EditionsOf(c Code) EditionSet {
	e, _ := LookupAny(c)
	return e.Editions
}

// Path is an HS 2022 code with its ancestors. Levels below the code's own
// are zero Entries.
type Path struct {
	Chapter, Heading, Subheading Entry
}

// PathOf returns the HS 2022 chapter, heading and subheading that c lies in,
// down to c's own level (at most the subheading: the digits after the sixth
// are national and not checked here). It reports false when any of those
// levels is not in HS 2022.
func PathOf(c Code) (Path, bool) {
	var p Path
	levels := [...]struct {
		l Level
		e *Entry
	}{{Chapter, &p.Chapter}, {Heading, &p.Heading}, {Subheading, &p.Subheading}}
	if len(c) < int(Chapter) {
		return Path{}, false
	}
	for _, lv := range levels {
		if len(c) < int(lv.l) {
			break
		}
		e, ok := Lookup(c.Truncate(lv.l))
		if !ok {
			return Path{}, false
		}
		*lv.e = e
	}
	return p, true
}

// Entries lists the path's entries from the chapter down.
func (p Path) Entries() []Entry {
	out := make([]Entry, 0, 3)
	for _, e := range [...]Entry{p.Chapter, p.Heading, p.Subheading} {
		if e.Code != "" {
			out = append(out, e)
		}
	}
	return out
}

// String prints the path from the chapter down, one entry after another:
// "87 Vehicles; … > 8708 Motor vehicles; … > 8708.30 Vehicle parts; …".
func (p Path) String() string {
	var b strings.Builder
	for i, e := range p.Entries() {
		if i > 0 {
			b.WriteString(" > ")
		}
		b.WriteString(e.String())
	}
	return b.String()
}

// subheadingSpan returns the HS 2022 subheadings of heading h as a subslice
// of the embedded list, and whether h is an HS 2022 heading.
func subheadingSpan(h Code) ([]Entry, bool) {
	if len(h) != int(Heading) {
		return nil, false
	}
	n := nomenclatureData()
	i := n.index22(h)
	if i < 0 {
		return nil, false
	}
	j := i + 1
	for j < len(n.hs22) && len(n.hs22[j].Code) == int(Subheading) && n.hs22[j].Code[:4] == h {
		j++
	}
	return n.hs22[i+1 : j], true
}

// Subheadings returns the HS 2022 subheadings of heading h, in order, or nil
// when h is not an HS 2022 heading. The slice is the caller's.
func Subheadings(h Code) []Entry {
	s, _ := subheadingSpan(h)
	return slices.Clone(s)
}

// Undivided reports whether h is an HS 2022 heading that is not subdivided
// into subheadings: its only subheading is h.00 (8503.00, 0409.00). Criterion
// D of USMCA Article 4.2(d) turns on this.
func Undivided(h Code) bool {
	s, ok := subheadingSpan(h)
	return ok && len(s) == 1 && s[0].Code[4:] == "00"
}
