package parse

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/roo-trade/roo/origin/rules"
)

var (
	placeholderRe = regexp.MustCompile(`^(subheadings?) \[\d{4}\.xx\]$`)
	bareTargetRe  = regexp.MustCompile(`^(?:(a good|any other good) of )?(\d{4}(?:\.\d{2}){0,2})$`)
	codeInTextRe  = regexp.MustCompile(`\b\d{4}(?:\.\d{2}){0,2}\b`)
)

// target parses the goods a branch applies to: "subheading 8708.30",
// "mounted brake linings of subheading 8708.30", "any other good of …".
func (p *parser) target(s string) (rules.Target, error) {
	s = strings.TrimRight(strings.TrimSpace(s), ",")
	if m := placeholderRe.FindStringSubmatch(s); m != nil {
		refs := scopeRefs(p.rec.Scope)
		if len(refs) == 0 {
			return rules.Target{}, fmt.Errorf("the goods are printed as a placeholder %q and the record's scope names no codes", s)
		}
		p.assume("the goods are printed as the placeholder %q: read as the record's scope, %s", s, refs)
		return rules.Target{Refs: refs}, nil
	}
	if m := bareTargetRe.FindStringSubmatch(s); m != nil {
		refs, err := p.readCodes(0, m[2])
		if err != nil {
			return rules.Target{}, err
		}
		p.assume("%q has no level word: read as %s", s, refs)
		return rules.Target{Refs: refs, Other: m[1] == "any other good"}, nil
	}
	masked := mask(s)
	cands := codeListRe.FindAllStringSubmatchIndex(masked, -1)
	if len(cands) == 0 {
		return rules.Target{}, fmt.Errorf("no provisions in the goods %q", abbreviate(s))
	}
	pick, err := p.pickTarget(s, cands)
	if err != nil {
		return rules.Target{}, err
	}
	m := cands[pick]
	refs, err := p.readCodes(wordLevel(s[m[2]:m[3]]), s[m[4]:m[5]])
	if err != nil {
		return rules.Target{}, err
	}
	t := rules.Target{Refs: refs, After: s[m[1]:]}
	desc, join, other, err := p.describe(s[:m[0]], pick > 0)
	if err != nil {
		return rules.Target{}, err
	}
	t.Desc, t.Join, t.Other = desc, join, other
	if other && t.After != "" {
		return rules.Target{}, fmt.Errorf("cannot read the goods %q", abbreviate(s))
	}
	return t, nil
}

// pickTarget chooses which code list of a described target names the goods
// ("drive-axles … for vehicles of heading 8703, of subheading 8708.50"):
// the one that matches what the rule is for, else the first of the
// record's chapter, else the first.
func (p *parser) pickTarget(s string, cands [][]int) (int, error) {
	if len(cands) == 1 {
		return 0, nil
	}
	lists := make([]rules.Refs, len(cands))
	for i, m := range cands {
		refs, err := p.readCodes(wordLevel(s[m[2]:m[3]]), s[m[4]:m[5]])
		if err != nil {
			// A misprinted code in the words of a description ("tariff
			// items 8702.10.6"): it stays words, and cannot name the goods.
			p.assume("the description of the goods cites %q, which is not a valid code: kept as words", s[m[0]:m[1]])
			continue
		}
		lists[i] = refs
	}
	pick := -1
	for i, l := range lists {
		if l != nil && l.Overlaps(p.hint) {
			pick = i
			break
		}
	}
	if pick < 0 {
		for i, l := range lists {
			if l != nil && string(l[0].From.Chapter()) == p.rec.Chapter {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		for i, l := range lists {
			if l != nil {
				pick = i
				break
			}
		}
	}
	if pick < 0 {
		return 0, fmt.Errorf("no valid provisions in the goods %q", abbreviate(s))
	}
	var others []string
	for i, l := range lists {
		if i != pick && l != nil && l.String() != lists[pick].String() {
			others = append(others, l.String())
		}
	}
	if len(others) == 0 {
		return pick, nil
	}
	p.assume("the goods %q are read as %s; %s belong to their description", abbreviate(s), lists[pick], strings.Join(others, ", "))
	return pick, nil
}

// describe reads the words before the provisions of a target or source:
// "" (every good), "a good of", "any other good of", "housings of",
// "savory, crushed or ground, of", "any other tariff item within".
//
// A description may cite codes only when it describes the goods of a
// branch whose provisions come later ("sweaters of subheading 6110.30
// classified as part of an ensemble of subheading 6103.23"); elsewhere codes
// in a description mean the parse went wrong.
func (p *parser) describe(prefix string, codesAllowed bool) (desc, join string, other bool, err error) {
	pre := strings.TrimSpace(prefix)
	switch strings.ToLower(pre) {
	case "", "a good of", "goods of", "a good of any of", "any of", "any good of":
		return "", "", false, nil
	case "any other tariff item within":
		p.assume("\"any other tariff item within\" read as the whole provision: the tariff items with rules of their own take precedence over this rule")
		return "", "", false, nil
	case "any other good of", "any other goods of":
		return "", "", true, nil
	case "any other good within":
		return "", "within", true, nil
	case "any other good":
		p.assume("\"any other good\" not followed by \"of\": read as if it were")
		return "", "", true, nil
	}
	if !codesAllowed && codeInTextRe.MatchString(pre) {
		return "", "", false, fmt.Errorf("cannot read %q: codes in a description", abbreviate(pre))
	}
	if labelInTextRe.MatchString(mask(pre)) {
		return "", "", false, fmt.Errorf("cannot read %q: a label in a description", abbreviate(pre))
	}
	for _, j := range []string{", of", " of", " within"} {
		if strings.HasSuffix(pre, j) {
			desc = strings.TrimSpace(strings.TrimSuffix(pre, j))
			join = strings.TrimPrefix(j, " ")
			if desc == "" {
				break
			}
			return desc, join, false, nil
		}
	}
	return "", "", false, fmt.Errorf("cannot read %q before the provisions", abbreviate(pre))
}
