// Package suggest finds the names closest to a mistyped one, for the
// "did you mean" of flags, commands, good IDs and keys.
package suggest

import (
	"sort"
	"strings"
)

// Closest returns the candidates within a small edit distance of word,
// compared without case, nearest first and then in alphabetical order, at
// most three. The distance allowed grows with the word: one edit in three
// characters. A candidate that starts with word (a prefix typed short) is
// always close, and so is a dotted key whose last part is within the
// candidate's ("certifier.phone" for "certifier.telephone"), and so is a
// candidate that contains a word of four letters or more ("phone" for
// "telephone"). Nothing is returned for an empty word.
func Closest(word string, candidates []string) []string {
	w := strings.ToLower(word)
	if w == "" {
		return nil
	}
	limit := max(1, len([]rune(w))/3)
	type hit struct {
		name string
		d    int
	}
	var hits []hit
	seen := map[string]bool{}
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		lc := strings.ToLower(c)
		d := Distance(w, lc)
		if strings.HasPrefix(lc, w) && d > limit {
			d = limit
		}
		if wt, ct := tail(w), tail(lc); wt != w && ct != lc && ct != wt && strings.Contains(ct, wt) {
			d = 1 // "certifier.phone" means "certifier.telephone"
		}
		if len(w) >= 4 && strings.Contains(lc, w) {
			d = min(d, 1) // "phone" means "telephone"
		}
		if d <= limit && lc != w {
			hits = append(hits, hit{c, d})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].d != hits[j].d {
			return hits[i].d < hits[j].d
		}
		return hits[i].name < hits[j].name
	})
	var out []string
	for i := 0; i < len(hits) && i < 3; i++ {
		out = append(out, hits[i].name)
	}
	return out
}

// Phrase is Closest worded for an error: ` (did you mean "a" or "b"?)`,
// or empty when nothing is close.
func Phrase(word string, candidates []string) string {
	c := Closest(word, candidates)
	if len(c) == 0 {
		return ""
	}
	q := make([]string, len(c))
	for i, s := range c {
		q[i] = `"` + s + `"`
	}
	return " (did you mean " + strings.Join(q, " or ") + "?)"
}

// Distance is the edit distance between a and b, in runes: insertions,
// deletions, substitutions and transpositions of two neighbours ("form"
// for "from") each count one (the optimal string alignment distance).
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	// d[i][j] is the distance between ra[:i] and rb[:j]; three rows kept.
	pp := make([]int, len(rb)+1) // row i-2
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], pp[j-2]+1)
			}
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[len(rb)]
}

// tail is the last dotted segment of a key: "phone" of "certifier.phone".
func tail(s string) string {
	if i := strings.LastIndexByte(s, '.'); i >= 0 {
		return s[i+1:]
	}
	return s
}
