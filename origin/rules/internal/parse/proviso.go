package parse

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/roo-trade/roo/origin/rules"
	"github.com/shopspring/decimal"
)

var (
	rvcIntroRe = regexp.MustCompile(`^(?:there is (?:also )?(?:a )?regional value content of (not less than|at least):?|the regional value content is:?)\s*`)
	// thresholdRe is one RVC threshold: "60 percent where the transaction
	// value method is used", "50 percent under the net cost method". The
	// print sometimes drops "method" or "is used"; the method is still clear.
	thresholdRe  = regexp.MustCompile(`(\d+(?:\.\d+)?) percent (?:where the (transaction value|net cost)(?: method)?(?: is used)?|under the (transaction value|net cost) method)`)
	enumRe       = regexp.MustCompile(`\((\d|[A-Z]|i{1,3})\)`)
	rvcFillerRe  = regexp.MustCompile(`^[\s;,.]*(?:or|and)?[\s;,.]*$`)
	andProvided  = regexp.MustCompile(`,?\s+and provided\s+(?:that\s+)?`)
	enumListRe   = regexp.MustCompile(`^:\s*\(1\)\s+`)
	enumSplitRe  = regexp.MustCompile(`,?\s*(?:and\s+)?\((\d)\)\s+`)
	firstUpperRe = regexp.MustCompile(`^[A-Z][a-z]`)
)

// proviso parses the clause after "provided": an RVC requirement, named
// conditions, or both ("… and provided there is …").
func (p *parser) proviso(b *rules.Branch, s string) error {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "that"))
	parts := andProvided.Split(s, -1)
	for _, part := range parts {
		part = trimEnd(part)
		if m := rvcIntroRe.FindStringSubmatch(part); m != nil {
			if b.RVC != nil {
				return fmt.Errorf("two regional value content clauses")
			}
			if strings.HasPrefix(m[0], "the regional value content is") {
				p.assume("\"the regional value content is: N percent\" read as \"not less than N percent\"")
			}
			rvc, err := p.rvc(part[len(m[0]):])
			if err != nil {
				return err
			}
			b.RVC = rvc
			continue
		}
		conds, err := p.conditions(part)
		if err != nil {
			return err
		}
		b.Conditions = append(b.Conditions, conds...)
	}
	return nil
}

// rvc reads the thresholds of an RVC clause and checks that nothing else is
// in it.
func (p *parser) rvc(s string) (*rules.RVC, error) {
	ms := thresholdRe.FindAllStringSubmatchIndex(s, -1)
	if len(ms) == 0 {
		return nil, fmt.Errorf("the regional value content clause gives no threshold: %q", abbreviate(s))
	}
	rvc := &rules.RVC{}
	seen := map[rules.Method]bool{}
	rest := s
	for _, m := range ms {
		pct, err := decimal.NewFromString(s[m[2]:m[3]])
		if err != nil {
			return nil, err
		}
		method := rules.NetCost
		if sub(s, m, 2) == "transaction value" || sub(s, m, 3) == "transaction value" {
			method = rules.TransactionValue
		}
		if seen[method] {
			return nil, fmt.Errorf("two %s thresholds in %q", method, abbreviate(s))
		}
		seen[method] = true
		if !strings.Contains(s[m[0]:m[1]], "method") {
			p.assume("%q read as the %s method", s[m[0]:m[1]], method)
		} else if strings.Contains(s[m[0]:m[1]], "where") && !strings.HasSuffix(s[m[0]:m[1]], "is used") {
			p.assume("%q read as \"… method is used\"", s[m[0]:m[1]])
		}
		rvc.Thresholds = append(rvc.Thresholds, rules.Threshold{Method: method, Percent: pct})
		rest = strings.Replace(rest, s[m[0]:m[1]], "", 1)
	}
	enums := enumRe.FindAllStringSubmatch(rest, -1)
	if !rvcFillerRe.MatchString(enumRe.ReplaceAllString(rest, "")) {
		return nil, fmt.Errorf("unrecognised words in the regional value content clause %q", abbreviate(s))
	}
	if len(enums) > 1 && enums[0][1] > enums[1][1] {
		p.assume("the thresholds are printed out of order (%s before %s)", enums[0][0], enums[1][0])
	}
	sort.SliceStable(rvc.Thresholds, func(i, j int) bool { return rvc.Thresholds[i].Method < rvc.Thresholds[j].Method })
	return rvc, nil
}

// conditions reads a clause of named conditions: one condition, several
// joined by "and", or a numbered list ": (1) …, (2) …, and (3) …".
func (p *parser) conditions(s string) ([]rules.Condition, error) {
	if enumListRe.MatchString(s) {
		var out []rules.Condition
		for _, item := range enumSplitRe.Split(strings.TrimPrefix(s, ":"), -1) {
			item = trimEnd(item)
			if item == "" {
				continue
			}
			c, ok := matchCondition(lowerFirst(item))
			if !ok {
				return nil, fmt.Errorf("unrecognised condition %q", abbreviate(item))
			}
			out = append(out, c)
		}
		return out, nil
	}
	out, ok := splitConditions(s)
	if !ok {
		return nil, fmt.Errorf("unrecognised condition %q", abbreviate(s))
	}
	return out, nil
}

// splitConditions matches s as one known condition, or as known conditions
// joined by " and ", trying every split.
func splitConditions(s string) ([]rules.Condition, bool) {
	s = trimEnd(s)
	if c, ok := matchCondition(s); ok {
		return []rules.Condition{c}, true
	}
	for i := 0; ; {
		j := strings.Index(s[i:], " and ")
		if j < 0 {
			return nil, false
		}
		cut := i + j
		if first, ok := matchCondition(trimEnd(s[:cut])); ok {
			if rest, ok := splitConditions(s[cut+len(" and "):]); ok {
				return append([]rules.Condition{first}, rest...), true
			}
		}
		i = cut + 1
	}
}

// lowerFirst lower-cases a sentence's first word ("The nonoriginating …").
func lowerFirst(s string) string {
	if firstUpperRe.MatchString(s) {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}
