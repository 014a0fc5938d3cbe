package parse

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/roo-trade/roo/origin/rules"
)

var (
	sepRe = regexp.MustCompile(`^(?:[,;]\s*|\s+|or\s+|and\s+|from\s+)+`)
	// itemEndRe is what may follow an item: the end, or a separator that
	// starts the next item. A bare space does not.
	itemEndRe = regexp.MustCompile(`^(?:$|\s*[,;]|\s+(?:or|and)\s)`)
	// labelInTextRe finds a branch or list label inside words.
	labelInTextRe = regexp.MustCompile(`\((?:[A-Za-z]|\d+|[ivx]+)\)`)
	moreThanRe    = regexp.MustCompile(`^more than one of the following:\s*`)
	anyOtherRe    = regexp.MustCompile(`^(?:any other|another) (chapter|heading|subheading|tariff item)\b(?:\s+within\s+(?:(that group)|(chapter|heading|subheading)\s+(` + codePat + `)))?(,?\s+including another (?:heading|subheading) within (?:that|this) group)?`)
	anyRe         = regexp.MustCompile(`^any (chapter|heading|subheading)\b`)
	outsideRe     = regexp.MustCompile(`^(any )?(heading|subheading)s? outside that group`)
	inGroupRe     = regexp.MustCompile(`^any (heading|subheading) within that group`)
	withinRe      = regexp.MustCompile(`^(?:([^\d,;]+?)\s+)?(within|of) (that|those|these|the same) (heading|subheading)s?\b`)
	groupLabelRe  = regexp.MustCompile(`\((?:[A-Z]|\d+|[ivx]+)\)\s*`)
	descBareRe    = regexp.MustCompile(`^([^\d,;]+?) of (\d{4}(?:\.\d{2}){0,2})\b`)
	keywordRe     = regexp.MustCompile(`\b(?:any other|another) (?:chapter|heading|subheading|tariff item)\b|\boutside that group\b|\b(?:within|of) (?:that|those|these)\b`)
)

// items parses a list of sources or exceptions: "heading 4102, subheading
// 4105.10 or any other chapter". In an exception list, "any other …" is
// refused: the print never means it, and reading it would except
// everything.
func (p *parser) items(s string, except bool) ([]rules.Source, error) {
	s = strings.TrimSpace(s)
	masked := mask(s)
	var out []rules.Source
	pos := 0
	for {
		if m := sepRe.FindString(masked[pos:]); m != "" {
			pos += len(m)
		}
		if pos >= len(s) {
			break
		}
		src, n, err := p.item(s[pos:], masked[pos:], except)
		if err != nil {
			return nil, err
		}
		if !itemEndRe.MatchString(masked[pos+n:]) {
			return nil, fmt.Errorf("cannot read %q after %s", abbreviate(s[pos+n:]), src.Description())
		}
		out = append(out, src)
		pos += n
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("empty list of sources")
	}
	return out, nil
}

// item parses the first item of a list and returns it with the length of
// text it used.
func (p *parser) item(s, masked string, except bool) (rules.Source, int, error) {
	if m := moreThanRe.FindString(masked); m != "" {
		groups, err := p.groups(s[len(m):], except)
		if err != nil {
			return rules.Source{}, 0, err
		}
		return rules.Source{Kind: rules.MoreThanOne, Groups: groups}, len(s), nil
	}
	if m := anyOtherRe.FindStringSubmatchIndex(masked); m != nil {
		if except {
			return rules.Source{}, 0, fmt.Errorf("an exception list names %q: it is ambiguous whether \"any other …\" is excepted or is another source", s[m[0]:m[1]])
		}
		src := rules.Source{Kind: rules.AnyOther, Level: wordLevel(sub(s, m, 1)), InGroup: sub(s, m, 2) != "", Including: sub(s, m, 5) != ""}
		if inc := sub(s, m, 5); inc != "" && !strings.Contains(inc, "another "+sub(s, m, 1)+" ") {
			p.assume("%q after \"any other %s\" read as \"including another %s within that group\"", strings.TrimLeft(inc, ", "), sub(s, m, 1), sub(s, m, 1))
		}
		if w := sub(s, m, 3); w != "" {
			refs, err := p.readCodes(wordLevel(w), sub(s, m, 4))
			if err != nil {
				return rules.Source{}, 0, err
			}
			src.Refs = refs
		}
		return src, m[1], nil
	}
	if m := outsideRe.FindStringSubmatchIndex(masked); m != nil {
		if sub(s, m, 1) == "" {
			p.assume("%q read as \"any %s outside that group\"", s[m[0]:m[1]], sub(s, m, 2))
		}
		return rules.Source{Kind: rules.OutsideGroup, Level: wordLevel(sub(s, m, 2))}, m[1], nil
	}
	if m := inGroupRe.FindStringSubmatchIndex(masked); m != nil {
		return rules.Source{Kind: rules.InGroup, Level: wordLevel(sub(s, m, 1))}, m[1], nil
	}
	if m := anyRe.FindStringSubmatchIndex(masked); m != nil {
		if except {
			return rules.Source{}, 0, fmt.Errorf("an exception list names %q", s[m[0]:m[1]])
		}
		p.assume("%q read as \"any other %s\" (the stricter reading)", s[m[0]:m[1]], sub(s, m, 1))
		return rules.Source{Kind: rules.AnyOther, Level: wordLevel(sub(s, m, 1))}, m[1], nil
	}
	if m := withinRe.FindStringSubmatchIndex(masked); m != nil {
		src := rules.Source{Kind: rules.Within, Level: wordLevel(sub(s, m, 4)), Join: sub(s, m, 2)}
		switch sub(s, m, 3) {
		case "those", "these":
			src.Kind = rules.InGroup
			if sub(s, m, 3) == "these" {
				p.assume("\"within these %ss\" read as \"within those %ss\" (the branch's own group)", sub(s, m, 4), sub(s, m, 4))
			}
		case "the same":
			src.Join += " the same"
		}
		if src.Join == "of" && src.Kind != rules.Within {
			return rules.Source{}, 0, fmt.Errorf("cannot read %q", abbreviate(s[:m[1]]))
		}
		switch d := sub(s, m, 1); d {
		case "":
		case "any other good":
			src.Other = true
		default:
			src.Desc = d
		}
		return src, m[1], nil
	}
	return p.provisionItem(s, masked, except)
}

// provisionItem parses an item that cites provisions, possibly described
// ("housings of subheading 8508.70"), or that only describes materials.
func (p *parser) provisionItem(s, masked string, except bool) (rules.Source, int, error) {
	m := codeListRe.FindStringSubmatchIndex(masked)
	if m == nil {
		if b := bareListRe.FindStringIndex(masked); b != nil {
			refs, err := p.readCodes(0, s[:b[1]])
			if err != nil {
				return rules.Source{}, 0, err
			}
			p.assume("%q has no level word: read as %s", s[:b[1]], refs)
			return rules.Source{Kind: rules.Provisions, Refs: refs}, b[1], nil
		}
		if b := descBareRe.FindStringSubmatchIndex(masked); b != nil {
			refs, err := p.readCodes(0, s[b[4]:b[5]])
			if err != nil {
				return rules.Source{}, 0, err
			}
			p.assume("%q has no level word: read as %s", s[b[4]:b[5]], refs)
			return rules.Source{Kind: rules.Provisions, Refs: refs, Desc: s[b[2]:b[3]], Join: "of"}, b[1], nil
		}
		if codeInTextRe.MatchString(masked) || keywordRe.MatchString(masked) {
			return rules.Source{}, 0, fmt.Errorf("cannot read %q", abbreviate(s))
		}
		desc := trimEnd(s)
		if !describedOnly(desc, except) {
			return rules.Source{}, 0, fmt.Errorf("cannot read %q as a source", abbreviate(desc))
		}
		return rules.Source{Kind: rules.Description, Desc: desc}, len(s), nil
	}
	refs, err := p.readCodes(wordLevel(s[m[2]:m[3]]), s[m[4]:m[5]])
	if err != nil {
		return rules.Source{}, 0, err
	}
	src := rules.Source{Kind: rules.Provisions, Refs: refs}
	if pre := s[:m[0]]; strings.TrimSpace(pre) != "" {
		if keywordRe.MatchString(pre) {
			return rules.Source{}, 0, fmt.Errorf("cannot read %q", abbreviate(s[:m[1]]))
		}
		if src.Desc, src.Join, src.Other, err = p.describe(pre, false); err != nil {
			return rules.Source{}, 0, err
		}
	}
	end := m[1]
	if strings.HasPrefix(masked[end:], " (") {
		close := strings.IndexByte(masked[end+2:], ')')
		if close < 0 {
			return rules.Source{}, 0, fmt.Errorf("unclosed parenthesis in %q", abbreviate(s))
		}
		src.After = s[end : end+2+close+1]
		end += 2 + close + 1
	}
	if strings.HasPrefix(masked[end:], ":") {
		src.After += s[end:]
		end = len(s)
	}
	return src, end, nil
}

// describedOnly reports whether a text without codes is a source the print
// describes only in words, as it does for assemblies ("assemblies
// incorporating more than one of the following: …") and for a single word
// excepted from a provision ("any other good of heading 7002 except
// pre-forms"). Anything else without a code is a misreading.
func describedOnly(desc string, except bool) bool {
	if desc == "" || labelInTextRe.MatchString(mask(desc)) {
		return false
	}
	return strings.Contains(desc, " incorporating ") || (except && !strings.ContainsAny(desc, " ,"))
}

// groups parses the numbered groups of "more than one of the following:
// (A) …, (B) …".
func (p *parser) groups(s string, except bool) ([][]rules.Source, error) {
	locs := groupLabelRe.FindAllStringIndex(s, -1)
	if len(locs) < 2 || strings.TrimSpace(s[:locs[0][0]]) != "" {
		return nil, fmt.Errorf("cannot read the groups of \"more than one of the following\" in %q", abbreviate(s))
	}
	var out [][]rules.Source
	for i, l := range locs {
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		g := trimEnd(s[l[1]:end])
		items, err := p.items(g, except)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if it.Kind == rules.MoreThanOne || it.Kind == rules.AnyOther {
				return nil, fmt.Errorf("group %q of \"more than one of the following\" is not a list of provisions", g)
			}
		}
		out = append(out, items)
	}
	return out, nil
}
