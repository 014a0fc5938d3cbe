package workbook

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/rules"
)

// factCheck names the fact keys a workbook gives that roo never asks
// about: a misspelt key ("cut-and-sewm") would leave the rule's question
// open while the analyst believes it answered, so the answer is an error
// naming the nearest key roo knows.
type factCheck struct {
	known   map[string]bool
	sorted  []string
	nearest map[string]string // unknown key → nearest known key, memoised
}

func newFactCheck(known map[string]bool) *factCheck {
	if known == nil {
		return nil
	}
	fc := &factCheck{known: known, nearest: map[string]string{}}
	for k := range known {
		fc.sorted = append(fc.sorted, k)
	}
	sort.Strings(fc.sorted)
	return fc
}

// unknownFact is the problem of a fact key roo does not know, or nil.
func (s *sheetReader) unknownFact(key string) *cellProblem {
	fc := s.facts
	if fc == nil || fc.known[key] || strings.HasPrefix(key, "hs2012-") {
		return nil
	}
	near, ok := fc.nearest[key]
	if !ok {
		near = fc.find(key)
		fc.nearest[key] = near
	}
	msg := fmt.Sprintf("%q is not a fact roo asks about, so this answer would be ignored", key)
	if near != "" {
		msg += fmt.Sprintf("; did you mean %s?", near)
	}
	return cellErr(msg, "a fact key that 'roo rule CODE' lists for the good's rule", "copy the key from 'roo rule CODE' (or from the missing facts of 'roo explain'), e.g. Fact: "+firstNonEmpty(near, "wholly-obtained"))
}

// find is the known key nearest to key, "" when none is close: within a
// quarter of the key's length in edits, or the known key that begins with
// it.
func (fc *factCheck) find(key string) string {
	limit := max(2, len(key)/4)
	best, bestD := "", limit+1
	for _, k := range fc.sorted {
		if d := editDistance(key, k, limit); d < bestD {
			best, bestD = k, d
		}
	}
	if best == "" {
		for _, k := range fc.sorted {
			if strings.HasPrefix(k, key) || strings.HasPrefix(key, k) {
				return k
			}
		}
	}
	return best
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

var knownFacts sync.Map // *rules.Base → map[string]bool

// KnownFacts are the fact keys a determination with base can ask
// (origin.FactKeys), computed once per base; nil when they cannot be
// listed, which leaves fact keys unchecked.
func KnownFacts(base *rules.Base) map[string]bool {
	if base == nil {
		return nil
	}
	if m, ok := knownFacts.Load(base); ok {
		return m.(map[string]bool)
	}
	m, err := origin.FactKeys(base)
	if err != nil {
		return nil
	}
	knownFacts.Store(base, m)
	return m
}
