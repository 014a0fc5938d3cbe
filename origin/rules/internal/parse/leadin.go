package parse

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/roo-trade/roo/origin/rules"
)

var (
	numberRe    = regexp.MustCompile(`^(\d+)\.\s+`)
	ruleTagRe   = regexp.MustCompile(`^(?:Chapter|Heading|Subheading) [Rr]ule(?: \d+)?:\s*`)
	beginningRe = regexp.MustCompile(`^Beginning on ([A-Z][a-z]+ \d{1,2}, \d{4})(?: until ([A-Z][a-z]+ \d{1,2}, \d{4})|, and thereafter), the following rules? of origin shall apply to ([^:]+):\s*`)
	tradeRe     = regexp.MustCompile(`^For the purposes of trade between the territory of (Mexico|Canada) and the territory of the United States of goods of ([^:]+?),? the following rule of origin applies:\s*`)
	otherRe     = regexp.MustCompile(`^For the purposes of all other trade of ([^:]+?),? the following rule of origin applies:\s*`)
	followingRe = regexp.MustCompile(`^The following rule applies to a good of ([^:]+):\s*`)
	leadLabelRe = regexp.MustCompile(`^\(([A-Z])\)\s+For `)
	forRe       = regexp.MustCompile(`^For ([^:]+):\s*`)
	goodLeadRe  = regexp.MustCompile(`^(any other good|a good|.+?) of (` + levelWordPat + `\s+` + codePat + `(?:` + sepPat + codePat + `)*)(?: (for use in|used for) (.+?))?(?: or for any other good of (` + levelWordPat + `\s+` + codePat + `(?:` + sepPat + codePat + `)*) for use in (.+))?$`)
)

// leadIn strips the opening phrases of a rule's text into the rule and
// returns the rest: the branches.
func (p *parser) leadIn(r *rules.Rule, text string) (rest string, firstLabel string, err error) {
	for {
		switch {
		case numberRe.MatchString(text):
			m := numberRe.FindStringSubmatch(text)
			if r.Number != "" && r.Number != m[1] {
				p.flag("the text is numbered %s but the record is labelled %q", m[1], r.Label)
			}
			r.Number = m[1]
			text = text[len(m[0]):]
		case ruleTagRe.MatchString(text):
			text = text[len(ruleTagRe.FindString(text)):]
		case beginningRe.MatchString(text):
			m := beginningRe.FindStringSubmatch(text)
			if err := p.statedPeriod(r, m[1], m[2]); err != nil {
				return "", "", err
			}
			refs, err := p.refsPhrase(m[3])
			if err != nil {
				return "", "", err
			}
			r.Applies = refs
			text = text[len(m[0]):]
		case tradeRe.MatchString(text):
			m := tradeRe.FindStringSubmatch(text)
			t := rules.MexicoUS
			if m[1] == "Canada" {
				t = rules.CanadaUS
			}
			if err := p.statedTrade(r, t, m[2]); err != nil {
				return "", "", err
			}
			text = text[len(m[0]):]
		case otherRe.MatchString(text):
			m := otherRe.FindStringSubmatch(text)
			if err := p.statedTrade(r, rules.OtherTrade, m[1]); err != nil {
				return "", "", err
			}
			text = text[len(m[0]):]
		case followingRe.MatchString(text):
			m := followingRe.FindStringSubmatch(text)
			lead, err := p.followingLead(m[1])
			if err != nil {
				return "", "", err
			}
			r.Lead = lead
			r.Applies = lead.Refs
			text = text[len(m[0]):]
		case leadLabelRe.MatchString(text):
			m := leadLabelRe.FindStringSubmatch(text)
			p.assume("the opening phrase is labelled (%s), as the continuation of rule %s; its branches are lettered on from there", m[1], r.Number)
			firstLabel = string(rune(m[1][0] + 1))
			text = text[len(m[0])-len("For "):]
		case forRe.MatchString(text):
			m := forRe.FindStringSubmatch(text)
			lead, err := p.forLead(m[1])
			if err != nil {
				return "", "", err
			}
			r.Lead = lead
			r.Applies = lead.Refs
			text = text[len(m[0]):]
		default:
			return text, firstLabel, nil
		}
	}
}

// statedPeriod reconciles the dates a text states with the record's.
func (p *parser) statedPeriod(r *rules.Rule, from, until string) error {
	f, err := usDate(from)
	if err != nil {
		return err
	}
	r.PeriodStated = true
	if r.Period.From != "" && r.Period.From != f {
		p.flag("the text starts the rule on %s but the record on %s", f, r.Period.From)
	}
	r.Period.From = f
	if until == "" {
		if r.Period.To != "" {
			p.flag("the text sets no end date but the record ends the rule on %s", r.Period.To)
		}
		return nil
	}
	u, err := usDate(until)
	if err != nil {
		return err
	}
	last := dayBefore(u)
	switch {
	case r.Period.To == "":
		p.assume("end date %s taken from the text (\"until %s\"); the record gives none", last, until)
	case r.Period.To != last:
		p.flag("the text ends the rule before %s but the record on %s", until, r.Period.To)
	}
	r.Period.To = last
	return nil
}

// statedTrade records a trade the text states, checking it against the
// record's label.
func (p *parser) statedTrade(r *rules.Rule, t rules.Trade, refsText string) error {
	if r.Trade != rules.AllTrade && r.Trade != t {
		p.flag("the text limits the rule to %s but the record label says %s", t, r.Trade)
	}
	r.Trade = t
	r.TradeStated = true
	refs, err := p.refsPhrase(refsText)
	if err != nil {
		return err
	}
	r.Applies = refs
	return nil
}

// refsPhrase reads a phrase that is only a code list with its level word
// ("subheadings 8504.21 through 8504.34").
func (p *parser) refsPhrase(s string) (rules.Refs, error) {
	s = trimEnd(s)
	m := codeListRe.FindStringSubmatchIndex(s)
	if m == nil || m[0] != 0 || m[1] != len(s) {
		return nil, fmt.Errorf("cannot read %q as a list of provisions", s)
	}
	return p.readCodes(wordLevel(s[m[2]:m[3]]), s[m[4]:m[5]])
}

// followingLead reads "a good of tariff items 8540.12.10 and 8540.12.50
// incorporating a glass envelope …".
func (p *parser) followingLead(s string) (*rules.LeadIn, error) {
	m := codeListRe.FindStringSubmatchIndex(s)
	if m == nil || m[0] != 0 {
		return nil, fmt.Errorf("cannot read the goods of %q", s)
	}
	refs, err := p.readCodes(wordLevel(s[m[2]:m[3]]), s[m[4]:m[5]])
	if err != nil {
		return nil, err
	}
	return &rules.LeadIn{Following: true, Refs: refs, After: s[m[1]:]}, nil
}

// forLead reads the inside of "For a good of subheading 8408.20 for use in a
// heavy truck:" and its variants.
func (p *parser) forLead(s string) (*rules.LeadIn, error) {
	m := goodLeadRe.FindStringSubmatch(s)
	if m == nil {
		return nil, fmt.Errorf("cannot read the opening phrase %q", "For "+s)
	}
	lead := &rules.LeadIn{}
	switch m[1] {
	case "any other good":
		lead.Other = true
	case "a good":
	default:
		lead.Desc = m[1]
	}
	refs, err := p.refsPhrase(m[2])
	if err != nil {
		return nil, err
	}
	lead.Refs = refs
	if m[3] != "" {
		u, err := useWords(m[4])
		if err != nil {
			return nil, err
		}
		lead.Uses = u
		lead.UsedFor = m[3] == "used for"
	}
	if m[5] != "" {
		refs2, err := p.refsPhrase(m[5])
		if err != nil {
			return nil, err
		}
		if refs2.String() != refs.String() {
			return nil, fmt.Errorf("opening phrase %q names two different provisions", "For "+s)
		}
		u, err := useWords(m[6])
		if err != nil {
			return nil, err
		}
		lead.Uses |= u
	}
	return lead, nil
}

var useWordsRe = regexp.MustCompile(`^(?:an? )?(?:(passenger vehicle)|(light truck)|(heavy truck))(?:(?:,? or |, )(?:an? )?(?:(passenger vehicle)|(light truck)|(heavy truck)))*$`)

// useWords reads "a passenger vehicle, light truck, or heavy truck".
func useWords(s string) (rules.Use, error) {
	s = strings.TrimSpace(s)
	if !useWordsRe.MatchString(s) {
		return 0, fmt.Errorf("cannot read the vehicle use %q", s)
	}
	var u rules.Use
	if strings.Contains(s, "passenger vehicle") {
		u |= rules.PassengerVehicle
	}
	if strings.Contains(s, "light truck") {
		u |= rules.LightTruck
	}
	if strings.Contains(s, "heavy truck") {
		u |= rules.HeavyTruck
	}
	return u, nil
}

// usDate reads "July 1, 2025".
func usDate(s string) (rules.Date, error) {
	t, err := time.Parse("January 2, 2006", s)
	if err != nil {
		return "", fmt.Errorf("cannot read the date %q", s)
	}
	return rules.DateOf(t), nil
}

// dayBefore is the last day before d: a rule "until July 1, 2025" is last
// in force on June 30, 2025, since its successor begins on July 1.
func dayBefore(d rules.Date) rules.Date {
	t, _ := time.Parse(time.DateOnly, string(d))
	return rules.DateOf(t.AddDate(0, 0, -1))
}
