package parse

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/roo-trade/roo/origin/rules"
)

// branchStartPat is how a branch of a rule begins.
const branchStartPat = `(?:A change|No change|No required|Production|Whether or not)`

// labelRe finds branch labels: "(A) A change", "; or (b) No change",
// "or c) No change" (a misprint without the opening parenthesis).
var labelRe = regexp.MustCompile(`(?:^|[\s;,.])(\(?)([A-Za-z])\)\s+` + branchStartPat)

// semiLabelRe finds a letter label after a semicolon: "; or (B) ".
var semiLabelRe = regexp.MustCompile(`;\s*(?:or\s+)?\(?([A-Za-z])\)\s+`)

// strayBranch refuses a body in which a label that continues the branch
// letters ("; or (B) Assembly of …") does not begin as a branch does: the
// parser would otherwise read that branch as part of the one before it.
func strayBranch(body, masked string, locs [][]int) error {
	known := map[int]bool{}
	for _, l := range locs {
		known[l[4]] = true
	}
	next := map[byte]bool{}
	for _, l := range locs {
		next[body[l[4]]+1] = true
	}
	for _, m := range semiLabelRe.FindAllStringSubmatchIndex(masked, -1) {
		if known[m[2]] || !next[body[m[2]]] {
			continue
		}
		return fmt.Errorf("branch (%s) does not begin as a branch of a rule does: %q", body[m[2]:m[3]], abbreviate(body[m[1]:]))
	}
	return nil
}

// segment is one labelled piece of a rule's body.
type segment struct {
	label string
	text  string
}

// ruleBody parses everything after the record label: lead-in and branches.
func (p *parser) ruleBody(r *rules.Rule, text string) error {
	rest, first, err := p.leadIn(r, text)
	if err != nil {
		return err
	}
	p.hint = r.Applies
	if len(p.hint) == 0 {
		p.hint = scopeRefs(p.rec.Scope)
	}
	segs, err := p.split(rest, first)
	if err != nil {
		return err
	}
	var prev *rules.Branch
	for _, s := range segs {
		b, err := p.branch(s, prev)
		if err != nil {
			if s.label != "" {
				return fmt.Errorf("branch (%s): %w", s.label, err)
			}
			return err
		}
		r.Branches = append(r.Branches, b)
		prev = &r.Branches[len(r.Branches)-1]
	}
	var targets rules.Refs
	for _, b := range r.Branches {
		targets = appendNew(targets, b.Target.Refs...)
	}
	switch {
	case len(r.Applies) == 0:
		r.Applies = targets
	case finerWithin(targets, r.Applies):
		// "For any other good of subheading 8708.99: (A) A change to tariff
		// items 8708.99.03 …": the rule applies to the items its branches
		// name, and so takes precedence over a subheading rule.
		r.Applies = targets
	}
	return nil
}

// finerWithin reports whether every reference of a lies inside b at a finer
// level.
func finerWithin(a, b rules.Refs) bool {
	if len(a) == 0 {
		return false
	}
	for _, x := range a {
		inside := false
		for _, y := range b {
			if x.Level() > y.Level() && y.Contains(x.From).In == rules.Yes && y.Contains(x.To).In == rules.Yes {
				inside = true
			}
		}
		if !inside {
			return false
		}
	}
	return true
}

// appendNew appends the references not already in the list.
func appendNew(list rules.Refs, refs ...rules.Ref) rules.Refs {
next:
	for _, x := range refs {
		for _, y := range list {
			if x.From == y.From && x.To == y.To {
				continue next
			}
		}
		list = append(list, x)
	}
	return list
}

// split cuts the body into labelled branches. A "(C) Whether or not …"
// segment is a misprinted continuation of the branch before it and is
// joined to it.
func (p *parser) split(body, first string) ([]segment, error) {
	body = strings.TrimSpace(body)
	masked := mask(body)
	locs := labelRe.FindAllStringSubmatchIndex(masked, -1)
	if len(locs) == 0 {
		if first != "" {
			return nil, fmt.Errorf("the opening phrase is labelled but no lettered branch follows")
		}
		return []segment{{text: trimEnd(body)}}, nil
	}
	if pre := strings.TrimSpace(body[:locs[0][0]]); pre != "" {
		return nil, fmt.Errorf("text before the first branch: %q", abbreviate(pre))
	}
	if err := strayBranch(body, masked, locs); err != nil {
		return nil, err
	}
	var segs []segment
	for i, l := range locs {
		end := len(body)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		label := body[l[4]:l[5]]
		if l[2] == l[3] {
			p.assume("branch label %q printed without its opening parenthesis", label+")")
		}
		text := trimEnd(body[l[5]+len(") ") : end])
		text = strings.TrimSpace(strings.TrimPrefix(text, ")"))
		if strings.HasPrefix(text, "Whether or not") {
			if len(segs) == 0 {
				return nil, fmt.Errorf("branch (%s) begins with \"Whether or not\"", label)
			}
			p.assume("(%s) \"Whether or not …\" is the rest of branch (%s), misprinted as a branch of its own", label, segs[len(segs)-1].label)
			last := &segs[len(segs)-1]
			last.text += ", w" + text[1:]
			continue
		}
		segs = append(segs, segment{label: label, text: text})
	}
	p.checkLabels(segs, first)
	return segs, nil
}

// checkLabels flags labels that do not run on in sequence (A, B, C …).
func (p *parser) checkLabels(segs []segment, first string) {
	var got []string
	ok := true
	for i, s := range segs {
		var want byte
		switch {
		case i > 0:
			want = segs[i-1].label[0] + 1
		case first != "":
			want = first[0]
		case s.label[0] >= 'a':
			want = 'a'
		default:
			want = 'A'
		}
		ok = ok && s.label[0] == want
		got = append(got, "("+s.label+")")
	}
	if !ok {
		p.flag("branch labels run %s, out of sequence", strings.Join(got, " "))
	}
}

var (
	changeRe   = regexp.MustCompile(`^A change (to|of) `)
	changeBare = regexp.MustCompile(`^A change from `)
	noChangeRe = regexp.MustCompile(`^No (?:required )?change in tariff classification(?: is required)?(?: to)? |^No required tariff change to `)
	processRe  = regexp.MustCompile(`^Production of (.+?) as the result of (.+)$`)
	isRequired = regexp.MustCompile(` is required(,?\s+provided)`)
	exemptRe   = regexp.MustCompile(`(?:\.\s*Such (?:apparel )?goods shall not be subject to|,?\s*and such goods will not be subject to) (?:chapter )?rules? (\d+)(?: through (\d+))? of this chapter\.?$`)
	providedRe = regexp.MustCompile(`,?\s*\bprovided\s+(?:that\b,?\s*|there\b|the\b)`)
	whetherRe  = regexp.MustCompile(`,?\s*whether or not there is also a change from\s+`)
	exceptRe   = regexp.MustCompile(`,?\s*\b(?:except|excluding)\s+(from\s+|for\s+)?`)
)

// branch parses one branch. prev is the branch before it, whose target a
// branch that names none takes over.
func (p *parser) branch(s segment, prev *rules.Branch) (rules.Branch, error) {
	b := rules.Branch{Label: s.label}
	text := s.text
	if m := exemptRe.FindStringSubmatchIndex(text); m != nil {
		b.Exempt = chapterRules(text[m[2]:m[3]], sub(text, m, 2))
		text = trimEnd(text[:m[0]])
	}
	switch {
	case changeRe.MatchString(text):
		m := changeRe.FindStringSubmatch(text)
		if m[1] == "of" {
			p.assume("\"A change of\" read as \"A change to\"")
		}
		b.Kind = rules.Change
		return b, p.change(&b, text[len(m[0]):])
	case changeBare.MatchString(text):
		if prev == nil {
			return b, fmt.Errorf("the branch names no goods (\"A change from …\")")
		}
		p.assume("branch (%s) names no goods (\"A change from …\"): read as a change to %s, as in branch (%s)", s.label, prev.Target.Description(), prev.Label)
		b.Kind = rules.Change
		b.Target = prev.Target
		return b, p.sources(&b, text[len("A change from "):])
	case noChangeRe.MatchString(text):
		m := noChangeRe.FindString(text)
		if !strings.HasSuffix(m, "to ") {
			p.assume("\"No change in tariff classification\" not followed by \"to\": read as if it were")
		}
		b.Kind = rules.NoChange
		return b, p.noChange(&b, text[len(m):])
	case processRe.MatchString(text):
		b.Kind = rules.Process
		return b, p.process(&b, text)
	}
	return b, fmt.Errorf("cannot read the branch %q", abbreviate(text))
}

// sub returns group g of a match, or "".
func sub(s string, m []int, g int) string {
	if m[2*g] < 0 {
		return ""
	}
	return s[m[2*g]:m[2*g+1]]
}

// chapterRules names the chapter rules from, through to.
func chapterRules(from, to string) []string {
	a, _ := strconv.Atoi(from)
	z := a
	if to != "" {
		z, _ = strconv.Atoi(to)
	}
	var out []string
	for i := a; i <= z; i++ {
		out = append(out, "chapter rule "+strconv.Itoa(i))
	}
	return out
}

// change parses "TARGET from SOURCES …" after "A change to".
func (p *parser) change(b *rules.Branch, text string) error {
	masked := mask(text)
	i := strings.Index(masked, " from ")
	for i >= 0 && !codeListRe.MatchString(masked[:i]) && !bareListRe.MatchString(masked[strings.LastIndex(masked[:i], " ")+1:i]) && !placeholderRe.MatchString(masked[:i]) {
		j := strings.Index(masked[i+1:], " from ")
		if j < 0 {
			i = -1
			break
		}
		i += 1 + j
	}
	if i < 0 {
		return fmt.Errorf("cannot find where the goods end and the sources begin in %q", abbreviate(text))
	}
	t, err := p.target(text[:i])
	if err != nil {
		return err
	}
	b.Target = t
	return p.sources(b, text[i+len(" from "):])
}

// sources parses "SOURCES [, except …] [, whether or not …] [, provided …]".
func (p *parser) sources(b *rules.Branch, text string) error {
	if strings.Contains(text, "except for changes resulting from the following processes") {
		return fmt.Errorf("the exception is defined by production processes performed on the materials, which roo does not model: %q", abbreviate(text[strings.Index(text, "except for changes"):]))
	}
	text, err := p.provisoPart(b, text)
	if err != nil {
		return err
	}
	main, also := text, ""
	if m := whetherRe.FindStringIndex(mask(text)); m != nil {
		main, also = text[:m[0]], text[m[1]:]
		if strings.HasSuffix(strings.TrimRight(strings.TrimSpace(main), ","), " or") {
			p.assume("a dangling \"or\" before \"whether or not\" ignored")
			main = trimEnd(main)
		}
	}
	from, exc, word, err := p.splitExcept(main)
	if err != nil {
		return err
	}
	if b.Shift.From, err = p.items(from, false); err != nil {
		return err
	}
	if exc != "" {
		b.Shift.ExceptWord = word
		if b.Shift.Except, err = p.items(exc, true); err != nil {
			return err
		}
	}
	if also != "" {
		from, exc, word, err := p.splitExcept(also)
		if err != nil {
			return err
		}
		if b.Shift.Also, err = p.items(from, false); err != nil {
			return err
		}
		if exc != "" {
			if len(b.Shift.Except) > 0 {
				return fmt.Errorf("exceptions both before and after \"whether or not\"")
			}
			b.Shift.ExceptWord = word
			b.Shift.ExceptAfterAlso = true
			if b.Shift.Except, err = p.items(exc, true); err != nil {
				return err
			}
		}
	}
	return nil
}

// splitExcept cuts a source list at its exceptions, and returns the word
// after "except" ("from", "for", or none).
func (p *parser) splitExcept(s string) (from, exc, word string, err error) {
	m := exceptRe.FindStringSubmatchIndex(mask(s))
	if m == nil {
		return s, "", "", nil
	}
	word = strings.TrimSpace(sub(s, m, 1))
	if strings.Contains(s[m[0]:m[1]], "excluding") {
		word = "excluding"
	}
	if word == "" {
		p.assume("\"except\" not followed by \"from\": read as \"except from\"")
		word = "from"
	}
	return s[:m[0]], s[m[1]:], word, nil
}

// provisoPart takes the "provided …" clause off a branch and parses it.
func (p *parser) provisoPart(b *rules.Branch, text string) (string, error) {
	if m := isRequired.FindStringSubmatchIndex(text); m != nil {
		p.assume("\"… is required provided\" read as \"…, provided\"")
		text = text[:m[0]] + text[m[2]:]
	}
	m := providedRe.FindStringIndex(mask(text))
	if m == nil {
		return text, nil
	}
	clause := text[m[0]:]
	clause = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(clause, ",")), "provided"))
	if err := p.proviso(b, clause); err != nil {
		return "", err
	}
	return text[:m[0]], nil
}

// noChange parses "TARGET [, except for a good of …] [whether or not …]
// [, provided …]" after "No change in tariff classification to".
func (p *parser) noChange(b *rules.Branch, text string) error {
	text, err := p.provisoPart(b, text)
	if err != nil {
		return err
	}
	if m := whetherRe.FindStringIndex(mask(text)); m != nil {
		also := text[m[1]:]
		text = text[:m[0]]
		if b.Shift.Also, err = p.items(also, false); err != nil {
			return err
		}
	}
	if loc := strings.Index(text, ", except for a good of "); loc >= 0 {
		exc, err := p.refsPhrase(text[loc+len(", except for a good of "):])
		if err != nil {
			return err
		}
		b.Target.Except = exc
		text = text[:loc]
	} else if loc := strings.Index(text, " except for a good of "); loc >= 0 {
		return fmt.Errorf("cannot read %q", abbreviate(text))
	}
	t, err := p.target(trimEnd(text))
	if err != nil {
		return err
	}
	t.Except = b.Target.Except
	b.Target = t
	return nil
}

// process parses "Production of any good of heading 2710 as the result of
// atmospheric distillation, … [, provided that: …]".
func (p *parser) process(b *rules.Branch, text string) error {
	text, err := p.provisoPart(b, text)
	if err != nil {
		return err
	}
	m := processRe.FindStringSubmatch(trimEnd(text))
	if m == nil {
		return fmt.Errorf("cannot read the production process in %q", abbreviate(text))
	}
	t, err := p.target(m[1])
	if err != nil {
		return err
	}
	b.Target = t
	b.Process = m[2]
	b.Conditions = append([]rules.Condition{{
		Key:      rules.FactKey("process", m[2]),
		Kind:     rules.Processing,
		Question: "Was the good produced in the territory as the result of " + m[2] + "?",
		Text:     "production as the result of " + m[2],
	}}, b.Conditions...)
	return nil
}

// abbreviate shortens a text for an error message, on a rune boundary.
func abbreviate(s string) string {
	r := []rune(s)
	if len(r) <= 90 {
		return s
	}
	return string(r[:87]) + "..."
}
