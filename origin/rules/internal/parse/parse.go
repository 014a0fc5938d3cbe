// Package parse reads the legal text of the USMCA product-specific rules, as
// printed in HTSUS General Note 11(o) and transcribed in the GN 11 data, into
// roo's rule structure (package rules).
//
// The parser is strict: it accepts the wording the print uses (with its
// known typos, each recorded as an assumption on the rule) and fails a rule,
// with the reason, rather than guess at wording it does not know. A failed
// rule gives no rule data; it is never read loosely.
//
// Parse reads one record. Link then relates the records of the whole data
// set: it settles the uses of "any other good" rules, and flags rules that
// contradict their siblings.
package parse

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/roo-trade/roo/origin/rules"
)

// Record is one record of the GN 11(o) data (usmca/gn11/rules.jsonl).
type Record struct {
	Chapter string // "84", or "28-38" for a chapter group
	Seq     int
	Label   string // the rule's label as printed
	Scope   string // human-readable scope label
	From    string // effective_from, YYYY-MM-DD
	To      string // effective_to, empty when open
	Text    string // the legal text
	Note    string // what the data says is wrong with the record
}

// Result is a parsed record: either a product-specific rule or a note.
type Result struct {
	Rule *rules.Rule
	Note *rules.Note
}

// parser holds the state of reading one record.
type parser struct {
	rec         Record
	assumptions []string
	flags       []string
	// hint is what the rule is for (its opening phrase, else the record's
	// scope label); it decides which code list of a described target names
	// the goods.
	hint rules.Refs
}

// assume records something the parser had to assume to read the print.
func (p *parser) assume(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	for _, a := range p.assumptions {
		if a == s {
			return
		}
	}
	p.assumptions = append(p.assumptions, s)
}

// flag records a contradiction or doubt found in the structure.
func (p *parser) flag(format string, args ...any) {
	s := fmt.Sprintf(format, args...)
	for _, f := range p.flags {
		if f == s {
			return
		}
	}
	p.flags = append(p.flags, s)
}

// Parse reads one record into a rule or a note. It never fails: a record
// that cannot be read comes back with Status Failed and the reason.
func Parse(rec Record) Result {
	p := &parser{rec: rec}
	text := p.normalise(rec.Text)
	if isRuleText(text) {
		r := p.rule(text)
		if r.Status != rules.Failed {
			if err := verify(rec, r); err != nil {
				r.Status, r.Failure, r.Branches, r.Text = rules.Failed, err.Error(), nil, rec.Text
			}
		}
		return Result{Rule: r}
	}
	return Result{Note: p.note(text)}
}

// ruleStartRe recognises the text of a product-specific rule, as opposed
// to a note: a rule number, a lead-in or a branch comes first.
var ruleStartRe = regexp.MustCompile(`^(?:\d+\.\s|\(?[A-Za-z]\)\s+(?:A change|No change|No required|For )|A change|No change|No required|Beginning on|For a |For any other good|For the purposes of (?:trade|all other trade)|The following rule applies|(?:Chapter|Heading|Subheading) [Rr]ule(?: \d+)?: For the purposes of trade)`)

// isRuleText reports whether text is a product-specific rule.
func isRuleText(text string) bool { return ruleStartRe.MatchString(text) }

// rule parses the text of a product-specific rule.
func (p *parser) rule(text string) *rules.Rule {
	r := &rules.Rule{Meta: p.meta(), Uses: rules.AnyUse, UseBasis: "any"}
	r.Number = labelNumber(p.rec.Label)
	r.Trade = labelTrade(p.rec.Label)
	err := dataNoteFailure(p.rec.Note)
	if err == nil {
		err = p.ruleBody(r, text)
	}
	if err == nil && r.Lead == nil && len(r.Applies) == 0 {
		err = fmt.Errorf("no branch names the goods the rule applies to")
	}
	if err != nil {
		r.Status = rules.Failed
		r.Failure = err.Error()
		r.Branches = nil
		r.Text = p.rec.Text
		if len(r.Applies) == 0 {
			r.Applies = scopeRefs(p.rec.Scope)
		}
	} else {
		r.Status = ruleStatus(r)
		p.check(r)
	}
	r.Assumptions = p.assumptions
	r.Flags = p.flags
	return r
}

// meta is what the record says of itself.
func (p *parser) meta() rules.Meta {
	return rules.Meta{
		ID:       rules.ID{Chapter: p.rec.Chapter, Seq: p.rec.Seq},
		Label:    p.rec.Label,
		Scope:    p.rec.Scope,
		Period:   rules.Period{From: rules.Date(p.rec.From), To: rules.Date(p.rec.To)},
		DataNote: p.rec.Note,
	}
}

// dataNoteFailure fails a record whose data note says the text is
// incomplete: such a record gives no rule data even when what is left of
// it would parse.
func dataNoteFailure(note string) error {
	for _, w := range []string{"TRUNCATED", "INCOMPLETE"} {
		if strings.Contains(note, w) {
			return fmt.Errorf("the data marks this rule %s: %s", strings.ToLower(w), note)
		}
	}
	return nil
}

var labelNumberRe = regexp.MustCompile(`^(\d+)(?:\s*\(continued\))?(?:,\s*pp?\.\s*[\d-]+)?$`)

// labelNumber is the rule number a numeric label carries ("25", "42
// (continued), p. 119"), else "".
func labelNumber(label string) string {
	m := labelNumberRe.FindStringSubmatch(strings.TrimSpace(label))
	if m == nil {
		return ""
	}
	return m[1]
}

// labelTrade reads a trade limit from a record label ("subheading rule for
// 5112.11, Canada-US trade", "all other trade of 5704").
func labelTrade(label string) rules.Trade {
	l := strings.ToLower(label)
	switch {
	case strings.Contains(l, "canada-us trade"):
		return rules.CanadaUS
	case strings.Contains(l, "mexico-us trade"):
		return rules.MexicoUS
	case strings.Contains(l, "all other trade"):
		return rules.OtherTrade
	}
	return rules.AllTrade
}

// ruleStatus is Complete unless some branch or the lead-in asks for a fact.
func ruleStatus(r *rules.Rule) rules.Status {
	if r.Lead != nil && (r.Lead.Desc != "" || r.Lead.After != "") {
		return rules.WithConditions
	}
	for i := range r.Branches {
		if len(r.Facts(&r.Branches[i])) > 0 {
			return rules.WithConditions
		}
	}
	return rules.Complete
}
