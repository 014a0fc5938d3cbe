package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
)

// Edition bits, as written in the nomenclature file and read by package hs.
const (
	bit2012 = 1
	bit2017 = 2
	bit2022 = 4
)

// The generated files, in the order they are written.
const (
	nomenclatureFile = "nomenclature.txt"
	correlationsFile = "correlations.txt"
)

var outputNames = []string{nomenclatureFile, correlationsFile}

// generate reads the shared data directory and returns the generated files by
// name, and notes about the data worth a reader's attention (they are also
// written into the files' headers).
func generate(dir string) (map[string][]byte, []string, error) {
	hsDir := filepath.Join(dir, "hs")
	hs22, err := readComtradeCSV(filepath.Join(hsDir, "hs2022", "harmonized-system.csv"))
	if err != nil {
		return nil, nil, err
	}
	hs17, err := readComtradeCSV(filepath.Join(hsDir, "hs2017", "harmonized-system.csv"))
	if err != nil {
		return nil, nil, err
	}
	hs12, err := readComtradeJSON(filepath.Join(hsDir, "hs2012", "classificationH4.json"))
	if err != nil {
		return nil, nil, err
	}
	c17, err := readCorrelation(filepath.Join(hsDir, "correlation", "HS2022-HS2017_Correlations.csv"), "HS2022", "HS2017")
	if err != nil {
		return nil, nil, err
	}
	c12, err := readCorrelation(filepath.Join(hsDir, "correlation", "HS2022-HS2012_Correlations.csv"), "HS2022", "HS2012")
	if err != nil {
		return nil, nil, err
	}

	eds := []*nomenclature{
		{bit: bit2022, name: "HS 2022"},
		{bit: bit2017, name: "HS 2017"},
		{bit: bit2012, name: "HS 2012"},
	}
	for i, items := range [][]item{hs22, hs17, hs12} {
		if err := eds[i].index(items); err != nil {
			return nil, nil, err
		}
	}
	var notes []string
	nomText, n, err := writeNomenclature(eds)
	if err != nil {
		return nil, nil, err
	}
	notes = append(notes, n...)
	var corr []correlation
	var corrNotes []string
	for _, c := range []struct {
		older *nomenclature
		pairs []pair
	}{{eds[1], c17}, {eds[2], c12}} {
		cr, n, err := buildCorrelation(eds[0], c.older, c.pairs)
		if err != nil {
			return nil, nil, err
		}
		corr = append(corr, cr)
		corrNotes = append(corrNotes, n...)
	}
	notes = append(notes, corrNotes...)
	files := map[string][]byte{
		nomenclatureFile: nomText,
		correlationsFile: writeCorrelations(corr, corrNotes),
	}
	return files, notes, nil
}

// nomenclature is one edition of the HS as read from its source.
type nomenclature struct {
	bit   int
	name  string
	codes map[string]item
	subs  []string // six-digit codes, sorted
}

func (e *nomenclature) index(items []item) error {
	e.codes = make(map[string]item, len(items))
	for _, it := range items {
		if _, dup := e.codes[it.code]; dup {
			return fmt.Errorf("%s: code %s listed twice", e.name, it.code)
		}
		e.codes[it.code] = it
		if len(it.code) == 6 {
			e.subs = append(e.subs, it.code)
		}
	}
	slices.Sort(e.subs)
	return e.check()
}

// check verifies the tree: every code's parent exists, every heading has
// subheadings, and a heading whose subheading ends in 00 has no other.
func (e *nomenclature) check() error {
	children := map[string][]string{}
	for code := range e.codes {
		if len(code) == 2 {
			continue
		}
		parent := code[:len(code)-2]
		if _, ok := e.codes[parent]; !ok {
			return fmt.Errorf("%s: %s has no parent %s", e.name, code, parent)
		}
		children[parent] = append(children[parent], code)
	}
	for code := range e.codes {
		kids := children[code]
		if len(code) == 6 {
			continue
		}
		if len(kids) == 0 {
			return fmt.Errorf("%s: %s has no subdivisions", e.name, code)
		}
		if len(code) == 4 && slices.Contains(kids, code+"00") && len(kids) > 1 {
			return fmt.Errorf("%s: heading %s has %s.00 and other subheadings %v", e.name, code, code, kids)
		}
	}
	return nil
}

// buildCorrelation checks a UN correlation table against both nomenclatures
// and turns it into links from each older subheading to its HS 2022
// subheadings.
func buildCorrelation(hs22, older *nomenclature, pairs []pair) (correlation, []string, error) {
	c := correlation{edition: older.name, fanIn: map[string]int{}, links: map[string][]string{}}
	seen := map[[2]string]bool{}
	for _, p := range pairs {
		k := [2]string{p.newer, p.older}
		if seen[k] {
			return c, nil, fmt.Errorf("%s correlation: pair %s, %s listed twice", older.name, p.newer, p.older)
		}
		seen[k] = true
		if _, ok := hs22.codes[p.newer]; !ok || len(p.newer) != 6 {
			return c, nil, fmt.Errorf("%s correlation: %s is not an HS 2022 subheading", older.name, p.newer)
		}
		if _, ok := older.codes[p.older]; !ok || len(p.older) != 6 {
			return c, nil, fmt.Errorf("%s correlation: %s is not an %s subheading", older.name, p.older, older.name)
		}
		c.links[p.older] = append(c.links[p.older], p.newer)
		c.fanIn[p.newer]++
	}
	// The UN label reads "HS 2022 codes : older codes" for the pair: n:1 is
	// an older code split into several, 1:n several merged into one. Check
	// that reading against the table itself, pair by pair.
	for _, p := range pairs {
		want := many(len(c.links[p.older])) + ":" + many(c.fanIn[p.newer])
		if p.rel != want {
			return c, nil, fmt.Errorf("%s correlation: %s, %s is labelled %s but the table's own rows make it %s", older.name, p.newer, p.older, p.rel, want)
		}
	}
	for _, code := range hs22.subs {
		if c.fanIn[code] == 0 {
			return c, nil, fmt.Errorf("%s correlation: HS 2022 subheading %s has no row", older.name, code)
		}
	}
	var notes, gaps []string
	for _, code := range older.subs {
		targets := c.links[code]
		slices.Sort(targets)
		_, in22 := hs22.codes[code]
		switch {
		case len(targets) == 0 && in22:
			notes = append(notes, fmt.Sprintf("%s subheading %s has no row in the %s correlation table; it exists in HS 2022 and is taken as unchanged", older.name, code, older.name))
			c.links[code] = []string{code}
			c.fanIn[code]++
		case len(targets) == 0:
			c.links[code] = []string{}
			gaps = append(gaps, code)
		case in22 && !slices.Contains(targets, code) && slices.ContainsFunc(targets, func(t string) bool { return t[:4] == code[:4] }):
			notes = append(notes, fmt.Sprintf("%s subheading %s also exists in HS 2022, where the number means something else: the table links it to %s, not to itself", older.name, dotted(code), strings.Join(mapSlice(targets, dotted), ", ")))
		}
	}
	c.doubts = findDoubts(hs22, older, c)
	for _, code := range gaps {
		c.doubts[code] = "the table has no row for it and HS 2022 does not have it, so no HS 2022 counterpart is known"
	}
	for _, old := range sortedKeys(c.doubts) {
		notes = append(notes, fmt.Sprintf("%s subheading %s: %s", older.name, dotted(old), c.doubts[old]))
	}
	return c, notes, nil
}

// findDoubts flags the older subheadings whose rows in the table look
// missing, judged against the nomenclatures themselves:
//   - a subheading HS 2022 still has under the same number, which the table
//     links neither to itself nor to anything else in its heading;
//   - a deleted subheading with no HS 2022 subheading of its own (every link
//     partial), linked to nothing in its heading, although that heading
//     gained new HS 2022 subheadings which the table gives no source in the
//     heading either (8541.50 of HS 2017, split into 8541.51 and 8541.59, is
//     linked only to e-waste in heading 8549).
func findDoubts(hs22, older *nomenclature, c correlation) map[string]string {
	sources := map[string][]string{}
	for old, targets := range c.links {
		for _, t := range targets {
			sources[t] = append(sources[t], old)
		}
	}
	inHeading := func(codes []string, h string) bool {
		return slices.ContainsFunc(codes, func(x string) bool { return x[:4] == h })
	}
	doubts := map[string]string{}
	for _, old := range older.subs {
		h, targets := old[:4], c.links[old]
		if _, ok := hs22.codes[h]; !ok || inHeading(targets, h) {
			continue
		}
		if _, kept := hs22.codes[old]; kept {
			doubts[old] = fmt.Sprintf("HS 2022 keeps subheading %s, but the table links it neither there nor anywhere else in heading %s; rows look missing", dotted(old), h)
			continue
		}
		if slices.ContainsFunc(targets, func(t string) bool { return c.fanIn[t] == 1 }) {
			continue // it has a subheading of its own elsewhere: a move, not a gap
		}
		var orphans []string
		for _, n := range hs22.subs {
			if _, old := older.codes[n]; n[:4] == h && !old && !inHeading(sources[n], h) {
				orphans = append(orphans, dotted(n))
			}
		}
		if len(orphans) > 0 {
			doubts[old] = fmt.Sprintf("the table links it to nothing in heading %s, and gives that heading's new HS 2022 subheadings %s no source there either; rows look missing", h, strings.Join(orphans, ", "))
		}
	}
	return doubts
}

// dotted prints a subheading the way the HTS does: 8541.51.
func dotted(code string) string { return code[:4] + "." + code[4:] }

func mapSlice(s []string, f func(string) string) []string {
	out := make([]string, len(s))
	for i, x := range s {
		out[i] = f(x)
	}
	return out
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

func many(n int) string {
	if n > 1 {
		return "n"
	}
	return "1"
}

// correlation is the checked table from one older edition to HS 2022.
type correlation struct {
	edition string
	links   map[string][]string // older subheading -> sorted HS 2022 subheadings
	fanIn   map[string]int      // HS 2022 subheading -> number of older subheadings linked to it
	doubts  map[string]string   // older subheading -> why its rows look incomplete
}

// identity reports whether code is the same subheading with the same scope
// in both editions: its only link is to itself and nothing else maps there.
func (c correlation) identity(code string) bool {
	t := c.links[code]
	return len(t) == 1 && t[0] == code && c.fanIn[code] == 1 && c.doubts[code] == ""
}

func yearOf(edition string) string { return strings.TrimPrefix(edition, "HS ") }
