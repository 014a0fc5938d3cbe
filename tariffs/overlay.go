package tariffs

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/roo-trade/roo/origin/hs"
)

// Scope says which goods an overlay applies to.
type Scope int

// The scopes of an overlay.
const (
	// NonQualifying: only goods that do not qualify for USMCA treatment pay
	// it (measures that spare USMCA-qualifying goods).
	NonQualifying Scope = iota
	// AllGoods: every good pays it, qualifying or not.
	AllGoods
)

// String is the scope as written in the overlay file.
func (s Scope) String() string {
	if s == AllGoods {
		return "all"
	}
	return "non-qualifying"
}

// Overlay is an additional, dated duty on top of the schedule (for example a
// measure under Section 232 or 301 of US law), read from a user's overlay
// file with [ReadOverlays]. roo ships none: the user states the measures
// they want priced.
type Overlay struct {
	// Prefix is the HTS code (2 to 10 digits) the overlay covers, with every
	// line below it.
	Prefix hs.Code
	// Countries are the producer countries it applies to (ISO 3166
	// alpha-2); empty means every country.
	Countries []string
	// Scope says whether qualifying goods pay it too.
	Scope Scope
	// Rate is the additional rate, in roo's rate grammar.
	Rate Rate
	// From and To bound the dates on which it applies, both inclusive;
	// a zero To means open-ended.
	From, To time.Time
	// Label names the measure in reports.
	Label string
	// Line is the overlay's line in its file, for messages.
	Line int
}

// Applies reports whether the overlay applies to a good of code, made in
// producer, entered on date. It ignores the scope; see [Assess].
func (o Overlay) Applies(code hs.Code, producer string, date time.Time) bool {
	if !code.HasPrefix(o.Prefix) {
		return false
	}
	if len(o.Countries) > 0 && !containsFold(o.Countries, producer) {
		return false
	}
	if date.Before(o.From) {
		return false
	}
	return o.To.IsZero() || !date.After(o.To)
}

func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// ReadOverlays reads an overlay file: CSV with a header naming these
// columns, in any order (lines starting with # are comments):
//
//	hts_prefix  HTS code the measure covers, 2 to 10 digits, dots optional
//	            (7208 covers every line of heading 7208). Required.
//	countries   producer countries it applies to, ISO alpha-2, separated
//	            by spaces or semicolons ("CA MX"); empty or * for every
//	            country.
//	applies_to  non-qualifying (only goods that do not qualify for USMCA
//	            treatment pay it) or all. Required.
//	rate        the additional rate in roo's rate grammar (25%, 4.4¢/kg,
//	            $1.20/kg + 5%). Required; a text rate is refused.
//	from        first day it applies, YYYY-MM-DD. Required.
//	to          last day it applies, YYYY-MM-DD, inclusive; empty if open.
//	label       what to call it in reports (e.g. "Section 232 steel").
func ReadOverlays(r io.Reader, name string) ([]Overlay, error) {
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", name, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))] = i
	}
	for _, want := range []string{"hts_prefix", "applies_to", "rate", "from"} {
		if _, ok := col[want]; !ok {
			return nil, fmt.Errorf("%s: no %q column; the header must name hts_prefix, countries, applies_to, rate, from, to, label", name, want)
		}
	}
	var out []Overlay
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		get := func(c string) string {
			if i, ok := col[c]; ok && i < len(row) {
				return strings.TrimSpace(row[i])
			}
			return ""
		}
		bad := func(format string, a ...any) error {
			return fmt.Errorf("%s: line %d: %s", name, line, fmt.Sprintf(format, a...))
		}
		o := Overlay{Label: get("label"), Line: line}
		if o.Prefix, err = hs.Parse(get("hts_prefix"), 2, 10); err != nil {
			return nil, bad("hts_prefix: %v", err)
		}
		if c := get("countries"); c != "" && c != "*" {
			for _, f := range strings.FieldsFunc(c, func(r rune) bool { return r == ' ' || r == ';' || r == ',' }) {
				if len(f) != 2 {
					return nil, bad("countries: %q is not an ISO 3166 alpha-2 code", f)
				}
				o.Countries = append(o.Countries, strings.ToUpper(f))
			}
		}
		switch strings.ToLower(get("applies_to")) {
		case "non-qualifying":
			o.Scope = NonQualifying
		case "all":
			o.Scope = AllGoods
		default:
			return nil, bad("applies_to is %q; want non-qualifying or all", get("applies_to"))
		}
		o.Rate = ParseRate(get("rate"))
		if !o.Rate.Computable() {
			return nil, bad("rate %q is not a rate roo can compute (want e.g. 25%%, 4.4¢/kg, $1.20/kg + 5%%)", get("rate"))
		}
		if o.From, err = time.Parse(time.DateOnly, get("from")); err != nil {
			return nil, bad("from is %q; want a date as YYYY-MM-DD", get("from"))
		}
		if t := get("to"); t != "" {
			if o.To, err = time.Parse(time.DateOnly, t); err != nil {
				return nil, bad("to is %q; want a date as YYYY-MM-DD or empty", t)
			}
			if o.To.Before(o.From) {
				return nil, bad("to (%s) is before from (%s)", t, get("from"))
			}
		}
		if o.Label == "" {
			o.Label = "overlay line " + fmt.Sprint(line)
		}
		out = append(out, o)
	}
}
