package origin

import (
	"github.com/shopspring/decimal"
)

// Metal is one of the metals whose content a Section 232 measure may be
// charged on.
type Metal string

// The metals.
const (
	Steel    Metal = "steel"
	Aluminum Metal = "aluminum"
	Copper   Metal = "copper"
)

// Metals lists the metals in display order.
var Metals = []Metal{Steel, Aluminum, Copper}

// metalOfChapter is the metal a whole line of an HS chapter is taken to be:
// chapters 72 (iron and steel) and 73 (articles of iron or steel), 74
// (copper and articles thereof), 76 (aluminum and articles thereof).
func metalOfChapter(ch string) (Metal, bool) {
	switch ch {
	case "72", "73":
		return Steel, true
	case "74":
		return Copper, true
	case "76":
		return Aluminum, true
	}
	return "", false
}

// MetalLine is one line's contribution to a metal content.
type MetalLine struct {
	Ref   string
	Part  string
	Metal Metal
	Value decimal.Decimal
	// Method is how the value was found: "chapter 72" (the whole line, by
	// its HTS chapter) or "declared" (the BOM's metal content column).
	Method string
}

// MetalContent is the value of a good's steel, aluminum and copper content.
//
// Method: a purchased line of chapter 72 or 73 counts at its whole value as
// steel, of chapter 76 as aluminum, of chapter 74 as copper; a line of any
// chapter that gives the BOM's "Steel content", "Aluminum content" or
// "Copper content" column (the value of that metal in one good's quantity of
// the line) counts at that value instead, and a declared value is never
// added to the chapter's. A self-produced line with inputs counts through
// its inputs unless it declares its own metal content. The BOM value of a
// line stands for the value of its metal: that is the figure a producer
// has; the customs value of the metal as entered may differ.
type MetalContent struct {
	Steel, Aluminum, Copper decimal.Decimal
	Lines                   []MetalLine
	Notes                   []string
}

// Of is the content of one metal.
func (mc MetalContent) Of(m Metal) decimal.Decimal {
	switch m {
	case Steel:
		return mc.Steel
	case Aluminum:
		return mc.Aluminum
	}
	return mc.Copper
}

// MetalOf computes a good's metal content (see [MetalContent]).
func MetalOf(g *Good) MetalContent {
	var mc MetalContent
	add := func(m *Material, metal Metal, v decimal.Decimal, method string) {
		switch metal {
		case Steel:
			mc.Steel = mc.Steel.Add(v)
		case Aluminum:
			mc.Aluminum = mc.Aluminum.Add(v)
		case Copper:
			mc.Copper = mc.Copper.Add(v)
		}
		mc.Lines = append(mc.Lines, MetalLine{Ref: m.Ref, Part: partName(m), Metal: metal, Value: v, Method: method})
	}
	var walk func(ms []*Material)
	walk = func(ms []*Material) {
		for _, m := range ms {
			if m.Kind == KindIndirect || m.Kind == KindPacking {
				continue
			}
			declared := false
			for _, metal := range Metals {
				d := m.MetalContent(metal)
				if !d.Valid {
					continue
				}
				declared = true
				v, err := convert(m, d.Decimal, g.Currency)
				if err != nil {
					mc.Notes = append(mc.Notes, err.Error()+": its metal content is not counted")
					continue
				}
				add(m, metal, v, "declared")
			}
			if declared {
				continue
			}
			if len(m.Children) > 0 {
				walk(m.Children)
				continue
			}
			if m.HTS.Len() < 2 {
				continue
			}
			metal, ok := metalOfChapter(string(m.HTS.Chapter()))
			if !ok {
				continue
			}
			v, err := valueInGoodCurrency(m, g.Currency)
			if err != nil {
				mc.Notes = append(mc.Notes, err.Error()+": its metal content is not counted")
				continue
			}
			add(m, metal, v, "chapter "+string(m.HTS.Chapter()))
		}
	}
	walk(g.Materials)
	return mc
}

// MetalContent is the line's declared content of a metal (the BOM's
// "Steel content", "Aluminum content" or "Copper content" column).
func (m *Material) MetalContent(metal Metal) decimal.NullDecimal {
	switch metal {
	case Steel:
		return m.SteelContent
	case Aluminum:
		return m.AluminumContent
	}
	return m.CopperContent
}
