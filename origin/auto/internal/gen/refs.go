package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/hs"
)

// codeRE matches one provision as the tables print it: "40.09", "8407.31",
// "8708.29.aa".
var codeRE = regexp.MustCompile(`^(?:\d{2}\.\d{2}|\d{4}\.\d{2}(?:\.\d{2}|\.[a-z]{2})?)$`)

// parseRefs reads the provisions of a table cell: "ex 8407.33; ex 8407.34",
// "8482.10 through 8482.80", "8507.20.aa, 8507.30.aa and 8507.80.aa".
func parseRefs(s string) ([]auto.Ref, error) {
	s = clean(s)
	if s == "" {
		return nil, nil
	}
	var out []auto.Ref
	for _, part := range regexp.MustCompile(`\s*(?:;|,|\band\b)\s*`).Split(s, -1) {
		if part == "" {
			continue
		}
		var r auto.Ref
		if rest, ok := strings.CutPrefix(part, "ex "); ok {
			r.Ex, part = true, strings.TrimSpace(rest)
		}
		lo, hi, isRange := strings.Cut(part, " through ")
		r.Code = strings.TrimSpace(lo)
		if isRange {
			r.To = strings.TrimSpace(hi)
			if !codeRE.MatchString(r.To) {
				return nil, fmt.Errorf("%q: %q is not a provision", s, r.To)
			}
		}
		if !codeRE.MatchString(r.Code) {
			return nil, fmt.Errorf("%q: %q is not a provision", s, r.Code)
		}
		out = append(out, r)
	}
	return out, nil
}

// digits are the HS digits of a printed provision, without dots or a
// tariff item's letters: "8708.29.aa" → "870829".
func digits(code string) hs.Code {
	var b strings.Builder
	for _, r := range code {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	s := b.String()
	if len(s) > 6 {
		s = s[:6]
	}
	return hs.Code(s)
}

// linker maps HS 2012 provisions to HS 2022 subheadings and collects the
// doubts the correlation raises.
type linker struct {
	flags []string
	seen  map[string]bool
	where string // the line being linked, for flags
}

func (l *linker) flag(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	if l.seen == nil {
		l.seen = map[string]bool{}
	}
	if !l.seen[s] {
		l.seen[s] = true
		l.flags = append(l.flags, s)
	}
}

// links maps provisions, read in HS 2012 as the tables are, to the HS 2022
// subheadings they became, each with the HS 2012 subheading it came from.
// A subheading that also took goods from outside the provisions is partial.
func (l *linker) links(refs []auto.Ref) ([]auto.Link, error) {
	var out []auto.Link
	seen := map[[2]hs.Code]bool{}
	for _, r := range refs {
		lo, hi := digits(r.Code), digits(r.Code)
		if r.To != "" {
			hi = digits(r.To)
		}
		if !hs.EditionsOf(lo).Has(hs.HS2012) || !hs.EditionsOf(hi).Has(hs.HS2012) {
			// The print cites a code HS 2012 does not have: say so, and
			// map nothing from it rather than guess what was meant.
			l.flag("%s cites %s, which is not an HS 2012 code (it is in %s); roo maps nothing from it", l.where, r, hs.EditionsOf(lo))
			continue
		}
		x, err := hs.ExpandRangeIn(lo, hi, hs.HS2012)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r, err)
		}
		for _, m := range x.Doubts {
			l.flag("HS 2012 %s (cited as %s): the UN correlation looks incomplete: %s", m.From, r, m.Doubt())
		}
		partial := map[hs.Code]bool{}
		for _, s := range x.Subheadings {
			partial[s.To] = s.Partial
		}
		for _, m := range x.Members {
			succ, ok := hs.Successors(m, hs.HS2012)
			if !ok {
				return nil, fmt.Errorf("%s: HS 2012 %s has no successors", r, m)
			}
			for i := range succ.Len() {
				to := succ.At(i).To
				if seen[[2]hs.Code{to, m}] {
					continue
				}
				seen[[2]hs.Code{to, m}] = true
				out = append(out, auto.Link{Code: to, From: m, Partial: partial[to]})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Code != out[j].Code {
			return out[i].Code < out[j].Code
		}
		return out[i].From < out[j].From
	})
	return out, nil
}
