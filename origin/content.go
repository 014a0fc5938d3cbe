package origin

import (
	"fmt"
	"sort"

	"github.com/shopspring/decimal"
)

// CountryValue is the value of a good's materials from one country of origin.
type CountryValue struct {
	// Country is the ISO alpha-2 country of origin; empty for lines whose
	// country is not given.
	Country string
	Value   decimal.Decimal
}

// Content is a good's content by country of origin and its US content, as
// the Section 232 procedures for USMCA-qualifying vehicles count them
// (Proclamation 10908 cl. (2), 90 FR 14705, 2025-04-03; Commerce, ITA,
// "Procedures for Submissions by Importers of Automobiles Qualifying for
// Preferential Tariff Treatment Under the USMCA To Determine U.S. Content",
// 90 FR 21450, FR Doc 2025-08917, 2025-05-20): US content is the value
// attributable to parts wholly obtained, produced entirely or substantially
// transformed in the United States, and non-US content is the customs value
// less the US content.
//
// It is separate from USMCA origin and never changes a verdict: a
// Mexican part can be non-originating, and a US part made of Chinese steel
// is US content if it was substantially transformed there.
//
// How roo counts: every purchased line (a line with no inputs listed under
// it) counts at its value under its Country of origin; a self-produced or
// intermediate line with inputs counts through its inputs, and the rest of
// its value (the producer's processing at that level) counts under the
// line's own Country, or as unknown when it gives none. Indirect materials
// and shipping packing are not parts of the good and are left out (named in
// Notes). US content is the US lines plus the producer's own US value added
// (the Goods sheet's "US value added"); a line of unknown country is
// non-US and named in Unknown.
type Content struct {
	// ByCountry is the materials' value by country: US, CA, MX first, then
	// the others alphabetically, then the lines of unknown country.
	ByCountry []CountryValue
	// Materials is the sum of ByCountry.
	Materials decimal.Decimal
	// USMaterials is the value of the lines of US origin.
	USMaterials decimal.Decimal
	// USValueAdded is the producer's own US value added, as given.
	USValueAdded decimal.NullDecimal
	// USContent is USMaterials plus USValueAdded.
	USContent decimal.Decimal
	// Value is the good's value the non-US content is taken from: the
	// customs value, else the transaction value; null when neither is given.
	Value decimal.NullDecimal
	// NonUSContent is Value less USContent; null when Value is, or when US
	// content exceeds it (Notes say so).
	NonUSContent decimal.NullDecimal
	// Unknown are the lines (by reference) whose country is not given,
	// counted as non-US.
	Unknown []string
	// Metal is the steel, aluminum and copper content.
	Metal MetalContent
	// Notes say what was left out or could not be counted.
	Notes []string
}

// USShare is US content as a percentage of Value; false when Value is not
// known or is zero.
func (c Content) USShare() (decimal.Decimal, bool) {
	if !c.Value.Valid || c.Value.Decimal.IsZero() {
		return decimal.Decimal{}, false
	}
	return c.USContent.Mul(decimal.NewFromInt(100)).Div(c.Value.Decimal), true
}

// ContentOf computes a good's content by country, US content and metal
// content (see [Content] and [MetalContent]).
func ContentOf(g *Good) Content {
	var c Content
	by := map[string]decimal.Decimal{}
	var walk func(ms []*Material)
	walk = func(ms []*Material) {
		for _, m := range ms {
			if m.Kind == KindIndirect || m.Kind == KindPacking {
				c.Notes = append(c.Notes, fmt.Sprintf("%s (%s) is %s, not a part of the good: left out of content by country", partName(m), m.Ref, m.Kind))
				continue
			}
			v, err := valueInGoodCurrency(m, g.Currency)
			if err != nil {
				c.Notes = append(c.Notes, fmt.Sprintf("%s: not counted in content by country", err.Error()))
				continue
			}
			own := v
			if len(m.Children) > 0 {
				inputs := decimal.Zero
				for _, ch := range m.Children {
					if ch.Kind == KindIndirect || ch.Kind == KindPacking {
						continue
					}
					if cv, err := valueInGoodCurrency(ch, g.Currency); err == nil {
						inputs = inputs.Add(cv)
					}
				}
				walk(m.Children)
				own = v.Sub(inputs)
				if own.IsNegative() {
					c.Notes = append(c.Notes, fmt.Sprintf("%s (%s) is valued at %s, less than its inputs (%s): its own processing is counted as nil", partName(m), m.Ref, v, inputs))
					own = decimal.Zero
				}
				if own.IsZero() {
					continue
				}
			}
			country := m.Country
			if country == "" {
				c.Unknown = append(c.Unknown, m.Ref)
			}
			by[country] = by[country].Add(own)
		}
	}
	walk(g.Materials)
	for k, v := range by {
		c.ByCountry = append(c.ByCountry, CountryValue{Country: k, Value: v})
		c.Materials = c.Materials.Add(v)
	}
	sort.Slice(c.ByCountry, func(i, j int) bool { return countryLess(c.ByCountry[i].Country, c.ByCountry[j].Country) })
	c.USMaterials = by["US"]
	c.USValueAdded = g.USValueAdded
	c.USContent = c.USMaterials
	if g.USValueAdded.Valid {
		c.USContent = c.USContent.Add(g.USValueAdded.Decimal)
	}
	c.Value = g.CustomsValue
	if !c.Value.Valid {
		c.Value = g.TransactionValue
	}
	switch {
	case !c.Value.Valid:
		c.Notes = append(c.Notes, "no customs value or transaction value: the non-US content cannot be computed")
	case c.USContent.GreaterThan(c.Value.Decimal):
		c.Notes = append(c.Notes, fmt.Sprintf("US content %s exceeds the good's value %s: check the US value added and the lines of US origin; the non-US content is not computed", c.USContent, c.Value.Decimal))
	default:
		c.NonUSContent = decimal.NewNullDecimal(c.Value.Decimal.Sub(c.USContent))
	}
	if len(c.Unknown) > 0 {
		c.Notes = append(c.Notes, fmt.Sprintf("%d line(s) give no country of origin and count as non-US content: %v", len(c.Unknown), c.Unknown))
	}
	c.Metal = MetalOf(g)
	return c
}

// countryLess orders US, CA, MX first, the others alphabetically, unknown last.
func countryLess(a, b string) bool {
	rank := func(s string) int {
		switch s {
		case "US":
			return 0
		case "CA":
			return 1
		case "MX":
			return 2
		case "":
			return 4
		}
		return 3
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra < rb
	}
	return a < b
}
