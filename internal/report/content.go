package report

import (
	"github.com/roo-trade/roo/origin"
)

// Content is a good's content by country, US content and metal content
// (origin.Content): separate from USMCA origin, never changing the verdict.
// Amounts are exact, in the good's currency.
type Content struct {
	ByCountry    []CountryValue `json:"by_country"` // US, CA, MX, the others, then "" for lines of unknown country
	Materials    string         `json:"materials"`
	USMaterials  string         `json:"us_materials"`
	USValueAdded *string        `json:"us_value_added"` // the Goods sheet's US value added; null when not given
	USContent    string         `json:"us_content"`
	Value        *string        `json:"value"` // customs value, else transaction value
	NonUSContent *string        `json:"non_us_content"`
	USShare      *string        `json:"us_share"` // US content as a percent of value, 6 decimals
	Unknown      []string       `json:"unknown_country_lines"`
	Method       string         `json:"method"`
	Metal        Metal          `json:"metal"`
	Notes        []string       `json:"notes"`
}

// CountryValue is the materials' value from one country.
type CountryValue struct {
	Country string `json:"country"`
	Value   string `json:"value"`
}

// Metal is the steel, aluminum and copper content of a good.
type Metal struct {
	Steel    string      `json:"steel"`
	Aluminum string      `json:"aluminum"`
	Copper   string      `json:"copper"`
	Method   string      `json:"method"`
	Lines    []MetalLine `json:"lines"`
	Notes    []string    `json:"notes"`
}

// MetalLine is one line's contribution to a metal content.
type MetalLine struct {
	Ref    string `json:"ref"`
	Part   string `json:"part"`
	Metal  string `json:"metal"`
	Value  string `json:"value"`
	Method string `json:"method"` // "chapter 72" or "declared"
}

// ContentMethod says in one sentence how content by country is counted.
const ContentMethod = "purchased lines by country of origin, rolled up through sub-assemblies (a sub-assembly's own processing under its country); indirect materials and packing left out; US content = US lines + the producer's US value added; non-US content = customs value − US content (Proclamation 10908 cl. (2), 90 FR 21450); a line of unknown country is non-US"

// MetalMethod says in one sentence how metal content is counted.
const MetalMethod = "lines of chapters 72–73 count whole as steel, 76 as aluminum, 74 as copper; a line's declared Steel/Aluminum/Copper content replaces that; the BOM value stands for the metal's value"

func content(c *origin.Content) *Content {
	if c == nil {
		return nil
	}
	out := &Content{ByCountry: []CountryValue{}, Materials: Money(c.Materials), USMaterials: Money(c.USMaterials),
		USContent: Money(c.USContent), Unknown: nonNil(c.Unknown), Method: ContentMethod, Notes: nonNil(c.Notes),
		Metal: Metal{Steel: Money(c.Metal.Steel), Aluminum: Money(c.Metal.Aluminum), Copper: Money(c.Metal.Copper),
			Method: MetalMethod, Lines: []MetalLine{}, Notes: nonNil(c.Metal.Notes)}}
	for _, cv := range c.ByCountry {
		out.ByCountry = append(out.ByCountry, CountryValue{Country: cv.Country, Value: Money(cv.Value)})
	}
	if c.USValueAdded.Valid {
		out.USValueAdded = ptr(Money(c.USValueAdded.Decimal))
	}
	if c.Value.Valid {
		out.Value = ptr(Money(c.Value.Decimal))
	}
	if c.NonUSContent.Valid {
		out.NonUSContent = ptr(Money(c.NonUSContent.Decimal))
	}
	if s, ok := c.USShare(); ok {
		out.USShare = ptr(s.StringFixed(percentPlaces))
	}
	for _, l := range c.Metal.Lines {
		out.Metal.Lines = append(out.Metal.Lines, MetalLine{Ref: l.Ref, Part: l.Part, Metal: string(l.Metal), Value: Money(l.Value), Method: l.Method})
	}
	return out
}
