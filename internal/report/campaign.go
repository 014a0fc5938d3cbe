package report

import (
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// CampaignEntry is one supplier of the certification campaign: the
// materials of unknown origin (or with an expired certification) whose
// certification as originating would make goods qualify, and the duty at
// stake on those goods.
type CampaignEntry struct {
	Supplier string `json:"supplier"`
	// Goods are the goods that would qualify once this supplier (together
	// with the others named on the same goods, if any) certifies.
	Goods []string `json:"goods"`
	// Parts are the part numbers to certify.
	Parts []string `json:"parts"`
	// DutyPerYear and DutyPerUnit sum, by currency, the duty those goods
	// pay now; with several suppliers on one good, each is credited.
	DutyPerYear map[string]string `json:"duty_per_year"`
	DutyPerUnit map[string]string `json:"duty_per_unit"`
	// Shared counts the goods that also need another supplier's
	// certification.
	Shared int `json:"shared"`
}

// Campaign gathers, over a run, which suppliers' certifications would flip
// goods to "qualifies" (SPEC §5: the certification campaign). A good counts
// when the cheapest change roo found for it consists only of materials
// whose origin is unknown or whose certification expired, and needs nothing
// else.
type Campaign struct {
	by map[string]*campaignAcc
}

type campaignAcc struct {
	goods   []string
	parts   map[string]bool
	perYear map[string]decimal.Decimal
	perUnit map[string]decimal.Decimal
	shared  int
}

// Add looks at one good.
func (c *Campaign) Add(g Good) {
	if g.Status != "does-not-qualify" {
		return
	}
	var fix *Change
	for i := range g.Changes {
		if (g.Changes[i].Kind == "certify" || g.Changes[i].Kind == "re-source-or-certify") && !strings.Contains(g.Changes[i].Text, "also needs") {
			fix = &g.Changes[i]
		}
	}
	if fix == nil || len(fix.Refs) == 0 {
		return
	}
	byRef := map[string]Material{}
	for _, m := range g.Materials {
		byRef[m.Ref] = m
	}
	suppliers := map[string][]string{}
	for _, ref := range fix.Refs {
		m, ok := byRef[ref]
		if !ok || !certifiable(m) {
			return // the fix needs re-sourcing, not only certificates
		}
		s := m.Supplier
		if s == "" {
			s = "(no supplier named)"
		}
		suppliers[s] = append(suppliers[s], m.PartNumber)
	}
	if c.by == nil {
		c.by = map[string]*campaignAcc{}
	}
	for s, parts := range suppliers {
		a := c.by[s]
		if a == nil {
			a = &campaignAcc{parts: map[string]bool{}, perYear: map[string]decimal.Decimal{}, perUnit: map[string]decimal.Decimal{}}
			c.by[s] = a
		}
		a.goods = append(a.goods, g.GoodID)
		for _, p := range parts {
			a.parts[p] = true
		}
		if len(suppliers) > 1 {
			a.shared++
		}
		if e := g.Exposure; e != nil && e.Available {
			if e.DutyPerUnit != nil {
				a.perUnit[e.Currency] = a.perUnit[e.Currency].Add(decimal.RequireFromString(*e.DutyPerUnit))
			}
			if e.DutyPerYear != nil {
				a.perYear[e.Currency] = a.perYear[e.Currency].Add(decimal.RequireFromString(*e.DutyPerYear))
			}
		}
	}
}

// certifiable reports whether a material would become originating with a
// supplier's certification: its origin is unknown, or its certification
// expired.
func certifiable(m Material) bool {
	return m.OriginStatus == "unknown" || (m.OriginStatus == "originating" && m.NonOriginating)
}

// List ranks the suppliers by the duty a year their certification would
// save (in any currency, largest first), then per unit, then by goods.
func (c *Campaign) List() []CampaignEntry {
	out := []CampaignEntry{}
	for s, a := range c.by {
		e := CampaignEntry{Supplier: s, Goods: a.goods, DutyPerYear: map[string]string{}, DutyPerUnit: map[string]string{}, Shared: a.shared}
		for p := range a.parts {
			e.Parts = append(e.Parts, p)
		}
		sort.Strings(e.Parts)
		for cur, v := range a.perYear {
			e.DutyPerYear[cur] = Money(v)
		}
		for cur, v := range a.perUnit {
			e.DutyPerUnit[cur] = Money(v)
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		yi, yj := largest(c.by[out[i].Supplier].perYear), largest(c.by[out[j].Supplier].perYear)
		if !yi.Equal(yj) {
			return yi.GreaterThan(yj)
		}
		ui, uj := largest(c.by[out[i].Supplier].perUnit), largest(c.by[out[j].Supplier].perUnit)
		if !ui.Equal(uj) {
			return ui.GreaterThan(uj)
		}
		if len(out[i].Goods) != len(out[j].Goods) {
			return len(out[i].Goods) > len(out[j].Goods)
		}
		return out[i].Supplier < out[j].Supplier
	})
	return out
}

func largest(m map[string]decimal.Decimal) decimal.Decimal {
	best := decimal.Zero
	for _, v := range m {
		if v.GreaterThan(best) {
			best = v
		}
	}
	return best
}
