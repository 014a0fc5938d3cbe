package report

import (
	"strings"

	"github.com/shopspring/decimal"
)

// contentField picks one field of the good's content; "" when it has none.
func contentField(g Good, field func(Content) string) string {
	if g.Content == nil {
		return ""
	}
	return field(*g.Content)
}

// byCountryText is the content by country as "US 280.00; CA 150.00; ? 50.00".
func byCountryText(g Good) string {
	return contentField(g, func(c Content) string {
		var parts []string
		for _, cv := range c.ByCountry {
			name := cv.Country
			if name == "" {
				name = "unknown"
			}
			parts = append(parts, name+" "+cv.Value)
		}
		return strings.Join(parts, "; ")
	})
}

// overlayDuty sums the overlay layers the good pays, per unit.
func overlayDuty(g Good) string {
	if g.Exposure == nil || !g.Exposure.Available {
		return ""
	}
	sum := decimal.Zero
	for _, o := range g.Exposure.Overlays {
		if d, err := decimal.NewFromString(o.Duty); err == nil && o.Paid {
			sum = sum.Add(d)
		}
	}
	return Money(sum)
}

// overlaysText lists the layers as "label on base: duty (paid|spared)".
func overlaysText(g Good) string {
	if g.Exposure == nil {
		return ""
	}
	var parts []string
	for _, o := range g.Exposure.Overlays {
		st := "paid"
		if !o.Paid {
			st = "spared"
		}
		parts = append(parts, o.Label+" "+o.Rate+" on "+baseName(o.Base)+" "+o.BaseValue+": "+o.Duty+" ("+st+")")
	}
	return strings.Join(parts, "; ")
}
