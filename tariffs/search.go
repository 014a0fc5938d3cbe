package tariffs

import (
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/roo-trade/roo/origin/hs"
)

// Hit is a numbered row of a schedule that a [Schedule.Search] found.
type Hit struct {
	Code        hs.Code
	Description string
	// Path holds the descriptions above the row, heading first: what tells
	// two rows both called "Other" apart.
	Path []string
	// Score ranks the hit: higher is better (see [Schedule.Search]).
	Score int
	words int // in its own description: the shorter ranks first on a tie
}

// Search finds the numbered rows (headings, subheadings, tariff items and
// statistical lines) whose description, with the descriptions above it,
// contains every word of query. Words are compared without case or accents
// and singular with plural ("motor" finds "Motors"). The ranking is
// deterministic:
//
//   - each word found in the row's own description scores 10, one found
//     only in a description above it scores 3;
//   - the words together, in order, in the row's own description add 5;
//   - ties go to the shorter code (the heading before its lines), then to
//     the shorter description (the words make more of it), then to
//     schedule order.
//
// All hits are returned, best first; an empty query finds nothing.
func (s *Schedule) Search(query string) []Hit {
	words := searchWords(query)
	if len(words) == 0 {
		return nil
	}
	phrase := " " + strings.Join(words, " ") + " "
	type level struct {
		indent int
		desc   string
		words  map[string]bool
	}
	var stack []level
	var hits []Hit
	for i := range s.rows {
		r := s.record(i)
		for len(stack) > 0 && stack[len(stack)-1].indent >= r.Indent {
			stack = stack[:len(stack)-1]
		}
		own := searchWords(r.Description)
		ownSet := make(map[string]bool, len(own))
		for _, w := range own {
			ownSet[w] = true
		}
		if r.Code != "" {
			score, all := 0, true
			for _, w := range words {
				switch {
				case ownSet[w]:
					score += 10
				case inPath(stack, w, func(l level) map[string]bool { return l.words }):
					score += 3
				default:
					all = false
				}
				if !all {
					break
				}
			}
			if all {
				if strings.Contains(" "+strings.Join(own, " ")+" ", phrase) {
					score += 5
				}
				h := Hit{Code: hs.Code(r.Code), Description: r.Description, Score: score, words: len(own)}
				for _, l := range stack {
					h.Path = append(h.Path, l.desc)
				}
				hits = append(hits, h)
			}
		}
		stack = append(stack, level{indent: r.Indent, desc: r.Description, words: ownSet})
	}
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].Score != hits[b].Score {
			return hits[a].Score > hits[b].Score
		}
		if len(hits[a].Code) != len(hits[b].Code) {
			return len(hits[a].Code) < len(hits[b].Code)
		}
		return hits[a].words < hits[b].words
	})
	return hits
}

func inPath[L any](stack []L, w string, words func(L) map[string]bool) bool {
	for _, l := range stack {
		if words(l)[w] {
			return true
		}
	}
	return false
}

// searchWords splits text into lower-case words without accents, each in
// its singular form.
func searchWords(text string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(text)) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
		default:
			b.WriteByte(' ')
		}
	}
	f := strings.Fields(b.String())
	for i, w := range f {
		f[i] = singular(w)
	}
	return f
}

// singular is a crude English singular, applied alike to the query and the
// descriptions so that both meet: motors → motor, boxes → box,
// batteries → battery; "glass" and "gas" stay.
func singular(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && (strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:n-1]
	}
	return w
}
