package parse

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// codePat matches one code as printed: "4", "54", "0101", "84.31",
// "8708.30", "1901.90.32".
const codePat = `\d{1,4}(?:\.\d{1,2}){0,2}`

// sepPat joins the codes of one list.
const sepPat = `(?:,\s+or\s+|,\s+and\s+|,\s*|\s+or\s+|\s+and\s+|\s+through\s+|\s+)`

// levelWordPat is a level word of the nomenclature, singular or plural.
const levelWordPat = `(?i:chapters?|headings?|subheadings?|tariff items?)`

// codeListRe matches a level word followed by a list of codes: "headings
// 5106 through 5113, 5204 through 5212 or 5310 through 5311".
var codeListRe = regexp.MustCompile(`\b(` + levelWordPat + `)\s+(` + codePat + `(?:` + sepPat + codePat + `)*)\b`)

// bareListRe matches a code list with no level word at the start of a text.
var bareListRe = regexp.MustCompile(`^(\d{4}(?:\.\d{2}){0,2}(?:` + sepPat + `\d{4}(?:\.\d{2}){0,2})*)\b`)

var codeTokRe = regexp.MustCompile(codePat)

// wordLevel is the level a level word names.
func wordLevel(word string) hs.Level {
	w := strings.TrimSuffix(strings.ToLower(word), "s")
	switch w {
	case "chapter":
		return hs.Chapter
	case "heading":
		return hs.Heading
	case "subheading":
		return hs.Subheading
	case "tariff item":
		return hs.TariffItem
	}
	return 0
}

// readCodes reads the codes of a list printed after a level word (level 0
// for a bare list) into references. It notes what it had to assume.
func (p *parser) readCodes(level hs.Level, list string) (rules.Refs, error) {
	toks := codeTokRe.FindAllStringIndex(list, -1)
	var refs rules.Refs
	through := false
	for i, t := range toks {
		if i > 0 {
			sep := list[toks[i-1][1]:t[0]]
			through = strings.TrimSpace(sep) == "through"
			if strings.TrimSpace(sep) == "" {
				p.assume("codes %s and %s printed without a comma between them", list[toks[i-1][0]:toks[i-1][1]], list[t[0]:t[1]])
			}
		}
		c, err := p.code(level, list[t[0]:t[1]])
		if err != nil {
			return nil, err
		}
		if through {
			last := &refs[len(refs)-1]
			if last.IsRange() {
				return nil, fmt.Errorf("range %q has two \"through\"", list)
			}
			if c.Len() != last.From.Len() {
				return nil, fmt.Errorf("range %s through %s mixes levels", last.From, c)
			}
			if c < last.From {
				return nil, fmt.Errorf("range %s through %s runs backwards", last.From, c)
			}
			last.To = c
			continue
		}
		refs = append(refs, rules.Ref{From: c, To: c})
	}
	return refs, nil
}

// code normalises one printed code for the given level word.
func (p *parser) code(level hs.Level, s string) (hs.Code, error) {
	digits := strings.ReplaceAll(s, ".", "")
	if level == hs.Chapter && len(digits) == 1 {
		digits = "0" + digits
	}
	if level == hs.Heading && strings.Contains(s, ".") && len(digits) == 4 {
		p.assume("heading %q printed with a dot: read as heading %s", s, digits)
	}
	c, err := hs.Parse(digits, 2, 8)
	if err != nil {
		return "", fmt.Errorf("code %q: %v", s, err)
	}
	switch {
	case level == 0:
		// A bare list: the caller notes the assumption once for the list.
	case c.Level() != level:
		p.assume("%q is printed as a %s but has %d digits: read as %s %s", s, level, c.Len(), c.Level(), c)
	}
	return c, nil
}

// scopeCodeRe finds a code in a scope label: "8414.59", "73.05" (a heading
// written with a dot), "73.04.41", "2106.90.03".
var scopeCodeRe = regexp.MustCompile(`(\d{2})\.(\d{2})(?:\.(\d{2}))?(?:\.(\d{2}))?|\b(\d{4})(?:\.(\d{2}))?(?:\.(\d{2}))?\b`)

// scopeRefs reads the codes of a record's human-readable scope label
// ("Subheadings 8414.59 through 8414.80", "7308.10, 7308.20, 7308.30",
// "73.05 through 73.07"), used only to choose between candidate targets and
// to place records that have no parsable text.
func scopeRefs(scope string) rules.Refs {
	var refs rules.Refs
	ms := scopeCodeRe.FindAllStringSubmatchIndex(scope, -1)
	through := false
	for i, m := range ms {
		var digits string
		for g := 1; g <= 7; g++ {
			if m[2*g] >= 0 {
				digits += scope[m[2*g]:m[2*g+1]]
			}
		}
		if i > 0 {
			through = strings.Contains(scope[ms[i-1][1]:m[0]], "through") || isDash(strings.TrimSpace(scope[ms[i-1][1]:m[0]]))
		}
		c := hs.Code(digits)
		if through && len(refs) > 0 && refs[len(refs)-1].From.Len() == c.Len() {
			refs[len(refs)-1].To = c
			continue
		}
		refs = append(refs, rules.Ref{From: c, To: c})
	}
	return refs
}

// isDash reports whether s is a range dash as the data's scopes write it:
// a hyphen or an en dash ("6205.20–6205.30").
func isDash(s string) bool { return s == "-" || s == "\u2013" }
