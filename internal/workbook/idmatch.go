package workbook

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldID is the form in which two Good IDs are the same ID written
// differently: Unicode NFKC, case folded, with surrounding space, zero-width
// and control characters removed. "MOT-7K5", "mot-7k5 " and "MOT\u200b-7K5"
// all fold to "mot-7k5".
func foldID(id string) string {
	var b strings.Builder
	for _, r := range norm.NFKC.String(id) {
		if isInvisible(r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimSpace(b.String())
}

// isInvisible reports whether r is a control or formatting character
// (zero-width spaces and joiners, the byte-order mark, bidi marks): such
// characters do not show in a cell, so two IDs that differ only by them look
// the same to the analyst.
func isInvisible(r rune) bool {
	return unicode.Is(unicode.Cc, r) || unicode.Is(unicode.Cf, r) || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}

// maxIDDistance is how many edits (insertions, deletions, substitutions or
// swaps of adjacent characters) apart an unknown Good ID may be from a good
// for roo to take it as that good mistyped: one edit for IDs up to 7
// characters, two for longer ones. IDs of one or two characters are not
// compared this way: every short ID is near every other.
func maxIDDistance(id string) int {
	n := len([]rune(id))
	switch {
	case n < 3:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// editDistance is the optimal string alignment distance between a and b
// (Damerau–Levenshtein without repeated edits of a substring), or max+1 when
// it is more than max.
func editDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// nearestIDs are the known IDs an unknown one was probably meant to be: the
// IDs that fold to the same form, else those at the smallest edit distance
// within maxIDDistance. ids are in sheet order; so is the answer.
func nearestIDs(unknown string, ids []string) []string {
	f := foldID(unknown)
	var same []string
	for _, id := range ids {
		if foldID(id) == f {
			same = append(same, id)
		}
	}
	if len(same) > 0 || f == "" {
		return same
	}
	max := maxIDDistance(f)
	if max == 0 {
		return nil
	}
	var near []string
	best := max + 1
	for _, id := range ids {
		d := editDistance(f, foldID(id), max)
		switch {
		case d < best:
			best, near = d, []string{id}
		case d == best && d <= max:
			near = append(near, id)
		}
	}
	if best > max {
		return nil
	}
	return near
}
