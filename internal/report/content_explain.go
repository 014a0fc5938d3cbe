package report

import (
	"strings"

	"github.com/shopspring/decimal"
)

// layers explains each overlay layer of the exposure: rate, base, duty,
// whether the good pays it, dates and source; then the total.
func (e *explainer) layers(x *Exposure) {
	if len(x.Overlays) == 0 {
		return
	}
	e.line("   layers (the overlay file), each on its own base:")
	for _, o := range x.Overlays {
		to := o.To
		if to == "" {
			to = "open"
		}
		e.line("   - %s: %s × %s %s = %s (%s; from %s to %s)", o.Label, o.Rate, baseName(o.Base), money(o.BaseValue, x.Currency), money(o.Duty, x.Currency), layerState(o), o.From, to)
		if o.Source != "" {
			e.line("     source: %s", o.Source)
		}
		if o.Assumes != "" {
			e.line("     assumes: %s", o.Assumes)
		}
	}
	if x.DutyPerUnit != nil {
		total, err1 := decimal.NewFromString(*x.DutyPerUnit)
		layers, err2 := decimal.NewFromString(overlayDuty(Good{Exposure: x}))
		if err1 == nil && err2 == nil {
			e.line("   pays %s a unit: the schedule's duty %s + the layers it pays %s (exactly %s)", money(*x.DutyPerUnit, x.Currency),
				money(Money(total.Sub(layers)), x.Currency), money(Money(layers), x.Currency), *x.DutyPerUnit)
		}
	}
}

// content explains content by country, US and non-US content and metal
// content, with the method and every figure.
func (e *explainer) content(g Good) {
	c := g.Content
	if c == nil {
		return
	}
	e.section("Content by country and Section 232 bases (separate from USMCA origin; never changes the verdict)")
	e.line("   method: %s", c.Method)
	for _, cv := range c.ByCountry {
		name := cv.Country
		if name == "" {
			name = "unknown (counted as non-US)"
		}
		e.line("   %-28s %s", name, money(cv.Value, g.Currency))
	}
	e.line("   materials                    %s", money(c.Materials, g.Currency))
	va := "not given (Goods sheet: US value added)"
	if c.USValueAdded != nil {
		va = money(*c.USValueAdded, g.Currency)
	}
	e.line("   US content = US lines %s + producer's US value added %s = %s", money(c.USMaterials, g.Currency), va, money(c.USContent, g.Currency))
	if c.Value != nil && c.NonUSContent != nil {
		share := ""
		if c.USShare != nil {
			share = " (US share " + pct1(*c.USShare) + "%)"
		}
		e.line("   non-US content = value %s − US content %s = %s%s", money(*c.Value, g.Currency), money(c.USContent, g.Currency), money(*c.NonUSContent, g.Currency), share)
	}
	if len(c.Unknown) > 0 {
		e.line("   lines without a country, counted as non-US: %s", strings.Join(c.Unknown, ", "))
	}
	e.line("   metal content: steel %s, aluminum %s, copper %s", money(c.Metal.Steel, g.Currency), money(c.Metal.Aluminum, g.Currency), money(c.Metal.Copper, g.Currency))
	e.line("   method: %s", c.Metal.Method)
	for _, l := range c.Metal.Lines {
		e.line("   - %s %s: %s %s (%s)", l.Ref, l.Part, l.Metal, money(l.Value, g.Currency), l.Method)
	}
	for _, n := range append(append([]string{}, c.Notes...), c.Metal.Notes...) {
		e.line("   note: %s", n)
	}
}
