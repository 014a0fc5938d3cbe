package parse

import (
	"regexp"
	"strings"
)

var spaceRe = regexp.MustCompile(`\s+`)

// typos are misprints of the transcription that the parser mends, each
// recorded as an assumption when it applies. Only spelling is mended here;
// missing or extra words are handled where they matter, with their own
// assumption.
var typos = []struct{ from, to string }{
	{"thatgroup", "that group"},
	{"not withstanding", "notwithstanding"},
}

// normalise tidies the typography of a text (quotes, dashes, spaces) and
// mends known misprints.
func (p *parser) normalise(s string) string {
	s = strings.NewReplacer(
		"\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'",
		"\u00a0", " ", "\u2013", "-", "\u2009", " ",
	).Replace(s)
	s = strings.TrimSpace(spaceRe.ReplaceAllString(s, " "))
	for _, t := range typos {
		if strings.Contains(s, t.from) {
			s = strings.ReplaceAll(s, t.from, t.to)
			p.assume("misprint %q read as %q", t.from, t.to)
		}
	}
	return s
}

// mask returns s with the inside of every parenthesised span replaced by
// underscores, so that patterns never match inside a parenthesis while
// offsets stay the same. Branch labels such as "(A)" are single letters and
// stay visible.
func mask(s string) string {
	b := []byte(s)
	depth := 0
	start := 0
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '(':
			if depth == 0 {
				start = i
			}
			depth++
		case ')':
			if depth > 0 {
				depth--
				if depth == 0 && i-start > 2 {
					for j := start + 1; j < i; j++ {
						b[j] = '_'
					}
				}
			}
		}
	}
	return string(b)
}

// trimEnd removes trailing punctuation and a trailing "or"/"and" from a
// clause: "…is used.; or" becomes "…is used".
func trimEnd(s string) string {
	for {
		t := strings.TrimSpace(s)
		t = strings.TrimRight(t, ";,.: ")
		for _, w := range []string{" or", " and"} {
			t = strings.TrimSuffix(t, w)
		}
		if t == s {
			return t
		}
		s = t
	}
}
