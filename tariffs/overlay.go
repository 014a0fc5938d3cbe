package tariffs

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/roo-trade/roo/internal/csvtable"
	"github.com/roo-trade/roo/origin/hs"
)

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
	// Spares says which goods do not pay it.
	Spares Spares
	// Base is what the rate is charged on.
	Base Base
	// Rate is the additional rate, in roo's rate grammar.
	Rate Rate
	// From and To bound the dates on which it applies, both inclusive;
	// a zero To means open-ended.
	From, To time.Time
	// Label names the measure in reports.
	Label string
	// Source cites the legal text and date the line comes from, as the
	// file gives it; reports print it beside the charge.
	Source string
	// Line is the overlay's line in its file, for messages.
	Line int
}

// Applies reports whether the overlay applies to a good of code, made in
// producer, entered on date. It ignores whom it spares; see [Assess].
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
//	spares      whom it spares: none (every good pays it), usmca-qualifying
//	            (goods that qualify for USMCA treatment do not), or all (no
//	            good pays; the line is listed for the record). Required,
//	            unless the older applies_to column is given instead
//	            (non-qualifying = spares usmca-qualifying, all = spares none).
//	base        what the rate is charged on: customs-value (default),
//	            non-us-content (the non-US content of a qualifying good, the
//	            customs value of one that does not: Section 232 on
//	            USMCA-qualifying vehicles), steel-content, aluminum-content
//	            or copper-content (the value of that metal in the good). A
//	            base other than the customs value takes an ad valorem rate.
//	rate        the additional rate in roo's rate grammar (25%, 4.4¢/kg,
//	            $1.20/kg + 5%). Required; a text rate is refused.
//	from        first day it applies, YYYY-MM-DD. Required.
//	to          last day it applies, YYYY-MM-DD, inclusive; empty if open.
//	label       what to call it in reports (e.g. "Section 232 steel").
//	source      the legal text and its date (e.g. "Proclamation 10908,
//	            90 FR 14705, 2025-04-03"), printed with the charge.
func ReadOverlays(r io.Reader, name string) ([]Overlay, error) {
	known := []string{"hts_prefix", "countries", "spares", "applies_to", "base", "rate", "from", "to", "label", "source"}
	columns := strings.Join(known, ", ")
	t, err := csvtable.Open(r, name, []string{"hts_prefix", "rate", "from"}, known)
	if err != nil {
		return nil, err
	}
	haveSpares, haveAppliesTo := t.Has("spares"), t.Has("applies_to")
	if !haveSpares && !haveAppliesTo {
		return nil, fmt.Errorf("%s: no \"spares\" column; the header must name %s", name, columns)
	}
	var out []Overlay
	for {
		row, err := t.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		get, bad, line := row.Get, row.Errorf, row.Line
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
		if o.Spares, err = parseSpares(get("spares"), get("applies_to"), haveSpares, haveAppliesTo); err != nil {
			return nil, bad("%v", err)
		}
		if o.Base, err = parseBase(get("base")); err != nil {
			return nil, bad("%v", err)
		}
		o.Source = get("source")
		o.Rate = ParseRate(get("rate"))
		if !o.Rate.Computable() {
			return nil, bad("rate %q is not a rate roo can compute (want e.g. 25%%, 4.4¢/kg, $1.20/kg + 5%%)", get("rate"))
		}
		if o.Base != BaseCustomsValue && (o.Rate.Kind != AdValorem && o.Rate.Kind != Free) {
			return nil, bad("rate %q on base %s: a base other than the customs value takes an ad valorem rate (e.g. 25%%)", get("rate"), o.Base)
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
