package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"
)

// contentLines prints a good's content by country, US and non-US content
// and metal content, in two lines under its duty.
func contentLines(w io.Writer, c *Content, currency string) {
	if c == nil || (len(c.ByCountry) == 0 && c.NonUSContent == nil) {
		return
	}
	var parts []string
	for _, cv := range c.ByCountry {
		name := cv.Country
		if name == "" {
			name = "unknown"
		}
		parts = append(parts, name+" "+money(cv.Value, ""))
	}
	nonUS := "not known"
	if c.NonUSContent != nil {
		nonUS = money(*c.NonUSContent, currency)
	}
	share := ""
	if c.USShare != nil {
		share = fmt.Sprintf(" (%s%%)", pct1(*c.USShare))
	}
	fmt.Fprintf(w, "  content: %s; US content %s%s, non-US content %s\n", strings.Join(parts, ", "), money(c.USContent, currency), share, nonUS)
	if c.Metal.Steel != "0.00" || c.Metal.Aluminum != "0.00" || c.Metal.Copper != "0.00" {
		fmt.Fprintf(w, "  metal: steel %s, aluminum %s, copper %s\n", money(c.Metal.Steel, currency), money(c.Metal.Aluminum, currency), money(c.Metal.Copper, currency))
	}
	if len(c.Unknown) > 0 {
		fmt.Fprintf(w, "  content note: %d line(s) without a country count as non-US: %s\n", len(c.Unknown), strings.Join(c.Unknown, ", "))
	}
}

// pct1 shows a 6-decimal percentage to one decimal.
func pct1(s string) string {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return s
	}
	return d.StringFixed(1)
}

// overlayLine prints one layer of the exposure: its rate on its base, the
// duty, whether the good pays it, and its source.
func overlayLine(w io.Writer, o Charge, cur string) {
	on := ""
	if o.Paid {
		on = " on " + baseName(o.Base) + " " + money(o.BaseValue, cur)
	}
	fmt.Fprintf(w, "  overlay: %s %s%s = %s a unit (%s)\n", o.Label, o.Rate, on, money(o.Duty, cur), layerState(o))
	if o.Source != "" {
		fmt.Fprintf(w, "    source: %s\n", o.Source)
	}
	if o.Assumes != "" {
		fmt.Fprintf(w, "    assumes: %s\n", o.Assumes)
	}
}

// baseName is an overlay base in words.
func baseName(b string) string {
	if b == "non-us-content" {
		return "non-US content"
	}
	return strings.ReplaceAll(b, "-", " ")
}

// layerState says whether the good pays a layer, and if not why.
func layerState(o Charge) string {
	switch {
	case o.Spares == "all":
		return "spares every good"
	case !o.Paid:
		return "not paid by a qualifying good"
	}
	return "paid"
}
