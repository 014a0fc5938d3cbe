package rules

import (
	"fmt"
	"strings"
)

// Trade is the trade a rule is limited to. Some chapter 50–63 rules apply
// only to trade between Canada and the United States or between Mexico and
// the United States, with another rule for "all other trade".
type Trade uint8

// The trades the rules distinguish.
const (
	AllTrade   Trade = iota // the rule does not depend on the trade
	CanadaUS                // trade between Canada and the United States
	MexicoUS                // trade between Mexico and the United States
	OtherTrade              // all other trade
)

// String names the trade as the rules do.
func (t Trade) String() string {
	switch t {
	case CanadaUS:
		return "Canada-US trade"
	case MexicoUS:
		return "Mexico-US trade"
	case OtherTrade:
		return "all other trade"
	}
	return "all trade"
}

// Slug is the machine name of the trade.
func (t Trade) Slug() string {
	switch t {
	case CanadaUS:
		return "CA-US"
	case MexicoUS:
		return "MX-US"
	case OtherTrade:
		return "other"
	}
	return "all"
}

// Route is the direction of a good's trade: where it is produced and where it
// is imported. Countries are US, CA or MX; an empty field is not known.
type Route struct {
	Producer string `json:"producer"`
	Importer string `json:"importer"`
}

// ParseRoute reads "CA-US" (producer CA, importer US), "MX-US", "US-CA", …
func ParseRoute(s string) (Route, error) {
	p, i, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(s)), "-")
	if !ok || !isParty(p) || !isParty(i) {
		return Route{}, fmt.Errorf("trade %q is not PRODUCER-IMPORTER with US, CA or MX, e.g. CA-US", s)
	}
	return Route{Producer: p, Importer: i}, nil
}

func isParty(s string) bool { return s == "US" || s == "CA" || s == "MX" }

// Known reports whether both countries are given.
func (r Route) Known() bool { return r.Producer != "" && r.Importer != "" }

// Trade classifies a known route: Canada–US or Mexico–US trade (either
// direction), else all other trade.
func (r Route) Trade() Trade {
	pair := map[string]bool{r.Producer: true, r.Importer: true}
	switch {
	case len(pair) == 2 && pair["CA"] && pair["US"]:
		return CanadaUS
	case len(pair) == 2 && pair["MX"] && pair["US"]:
		return MexicoUS
	}
	return OtherTrade
}

// Admits reports whether a rule limited to trade t may apply to route r. A
// rule for "all other trade" admits every route: it applies when no rule for
// the same goods limited to the route's own trade does, which only the
// lookup, seeing the siblings, can tell.
func (t Trade) Admits(r Route) bool {
	if t == AllTrade || t == OtherTrade {
		return true
	}
	return r.Trade() == t
}

// String prints the route as PRODUCER-IMPORTER, or "unknown".
func (r Route) String() string {
	if !r.Known() {
		return "unknown"
	}
	return r.Producer + "-" + r.Importer
}
