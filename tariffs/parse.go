package tariffs

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// The term grammar. A rate is one or more terms joined by "+"; each term is
// ad valorem ("4.4%", "33 1/3%", "3 percent of the fair retail value") or
// specific in cents or dollars per unit ("4.4¢/kg", "$1.035/kg", "25¢ each"),
// optionally followed by what it is levied on ("on the case",
// "on drained weight", "of total sugars", "over 7").
const (
	unitAlt  = `1,000(?: pins)?|thou- ?sand|clean kg|pf\. ?liters?|lin\. m|kg|liters?|bbl|t|m3|m2|m²|m|prs?\.|doz\.|gross|jewel|1000|thousand|head|article|pack|g`
	basisAlt = `(?:on|of|over|including)\b.*`
)

var (
	reAdValorem = regexp.MustCompile(`^(\d+(?:\.\d+)?)(?: (\d+)/(\d+))? ?%(?: ?(` + basisAlt + `))?$`)
	rePercentOf = regexp.MustCompile(`^(\d+(?:\.\d+)?) percent (of\b.*)$`)
	reSpecific  = regexp.MustCompile(`^(\$)?(\d*\.?\d+) ?(¢)? ?(?:/ ?(` + unitAlt + `)|(each))(?:,? ?(` + basisAlt + `))?$`)
)

// ParseRate parses a rate of duty as printed in a schedule column. It never
// fails: text it cannot read as Free, ad valorem, specific or compound comes
// back as a [Text] rate with its [TextClass], and an empty column as [NoRate].
func ParseRate(s string) Rate {
	text := collapse(s)
	r := Rate{Text: text}
	if text == "" {
		return r
	}
	if strings.EqualFold(text, "free") {
		r.Kind = Free
		return r
	}
	terms, ok := parseTerms(text)
	if !ok {
		// A sentence-final period ("… + 50%.") is not part of the rate,
		// but "doz." and "pr." end in one.
		if terms, ok = parseTerms(strings.TrimSuffix(text, ".")); !ok {
			return textRate(text)
		}
	}
	r.Terms = terms
	switch {
	case len(terms) > 1:
		r.Kind = Compound
	case terms[0].IsAdValorem():
		r.Kind = AdValorem
	default:
		r.Kind = Specific
	}
	return r
}

// parseTerms reads the "+"-separated terms of a rate.
func parseTerms(body string) ([]Term, bool) {
	var terms []Term
	for _, part := range strings.Split(body, "+") {
		t, ok := parseTerm(collapse(part))
		if !ok {
			return nil, false
		}
		terms = append(terms, t)
	}
	return terms, true
}

// parseTerm reads one term of a rate.
func parseTerm(s string) (Term, bool) {
	if m := reAdValorem.FindStringSubmatch(s); m != nil {
		t := Term{Text: s, Basis: m[4]}
		whole := decimal.RequireFromString(m[1])
		if m[2] != "" { // a mixed fraction such as "33 1/3"
			num, err1 := strconv.ParseInt(m[2], 10, 64)
			den, err2 := strconv.ParseInt(m[3], 10, 64)
			if err1 != nil || err2 != nil || den < 2 || num >= den {
				return Term{}, false
			}
			t.Percent = whole.Mul(decimal.NewFromInt(den)).Add(decimal.NewFromInt(num))
			t.PercentDen = den
		} else {
			t.Percent = whole
		}
		return t, true
	}
	if m := rePercentOf.FindStringSubmatch(s); m != nil {
		return Term{Text: s, Percent: decimal.RequireFromString(m[1]), Basis: m[2]}, true
	}
	if m := reSpecific.FindStringSubmatch(s); m != nil {
		dollars, cents := m[1] == "$", m[3] == "¢"
		if dollars == cents { // exactly one currency sign
			return Term{}, false
		}
		amt := decimal.RequireFromString(m[2])
		if cents {
			amt = amt.Shift(-2)
		}
		u := m[4]
		if m[5] != "" {
			u = m[5]
		}
		return Term{Text: s, Amount: amt, Unit: NormUnit(u), Basis: m[6]}, true
	}
	return Term{}, false
}

// textRate builds a Text rate and classifies it.
func textRate(text string) Rate {
	return Rate{Text: text, Kind: Text, TextClass: classifyText(text)}
}

func classifyText(text string) TextClass {
	l := strings.ReplaceAll(strings.ToLower(text), "- ", "") // "appli- cable"
	switch {
	case strings.HasPrefix(l, "no change"):
		return TextNoChange
	case strings.HasPrefix(l, "see "):
		return TextSee
	case strings.Contains(l, "for each degree") || strings.Contains(l, "for each other piece"):
		return TextFormula
	case strings.HasPrefix(l, "free") || strings.HasPrefix(l, "a duty") || strings.Contains(l, "under bond"):
		return TextConditional
	case strings.Contains(l, "applicable") || strings.Contains(l, "provided in") ||
		strings.Contains(l, "provided for") || strings.Contains(l, "rate provided"):
		return TextApplicable
	}
	return TextOther
}
