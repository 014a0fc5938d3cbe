package report

import (
	"container/heap"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// chartGoods is how many goods the RVC chart shows at most: more bars than
// this cannot be read.
const chartGoods = 25

// chartGood is one good of the RVC chart: its RVC and threshold under each
// method, as the JSON gives them (percent; "" when absent).
type chartGood struct {
	seq       int // order of arrival, for ties
	id        string
	tv, tvMin string
	nc, ncMin string
	hasMin    bool
	margin    decimal.Decimal // the best margin over the methods with a threshold
}

// before orders the goods of the chart: goods with a threshold first, the
// smallest best margin (the goods failing or closest to failing) first,
// then the goods without a threshold in the order they came.
func (a chartGood) before(b chartGood) bool {
	if a.hasMin != b.hasMin {
		return a.hasMin
	}
	if a.hasMin {
		if c := a.margin.Cmp(b.margin); c != 0 {
			return c < 0
		}
	}
	return a.seq < b.seq
}

// rvcPicker keeps, out of a stream of goods, the few the RVC chart shows,
// in constant memory: a heap whose top is the good that would be dropped
// next.
type rvcPicker struct {
	limit int
	seen  int // goods with an RVC
	h     chartHeap
}

// add considers a good for the chart; goods without any RVC are not charted.
func (p *rvcPicker) add(g Good) {
	if len(g.RVC) == 0 {
		return
	}
	c := chartGood{seq: p.seen, id: g.GoodID}
	p.seen++
	for _, r := range g.RVC {
		threshold := deref(r.Threshold, "")
		switch r.Method {
		case origin.TransactionValue:
			c.tv, c.tvMin = r.Value, threshold
		case origin.NetCost:
			c.nc, c.ncMin = r.Value, threshold
		}
		if r.Margin == nil {
			continue
		}
		m, err := decimal.NewFromString(*r.Margin)
		if err != nil {
			continue
		}
		if !c.hasMin || m.GreaterThan(c.margin) {
			c.margin = m
		}
		c.hasMin = true
	}
	if len(p.h) < p.limit {
		heap.Push(&p.h, c)
		return
	}
	if p.limit > 0 && c.before(p.h[0]) {
		p.h[0] = c
		heap.Fix(&p.h, 0)
	}
}

// goods returns the charted goods in chart order.
func (p *rvcPicker) goods() []chartGood {
	out := slices.Clone([]chartGood(p.h))
	slices.SortFunc(out, func(a, b chartGood) int {
		if a.before(b) {
			return -1
		}
		return 1
	})
	return out
}

// chartHeap is a max-heap in chart order: the last good to show is on top.
type chartHeap []chartGood

func (h chartHeap) Len() int           { return len(h) }
func (h chartHeap) Less(i, j int) bool { return h[j].before(h[i]) }
func (h chartHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *chartHeap) Push(x any)        { *h = append(*h, x.(chartGood)) }
func (h *chartHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// unknownCountry labels non-originating value whose country is not given.
const unknownCountry = "unknown"

// countryTotals sums, over the portfolio, the value counted as
// non-originating by country of origin, separately for each currency
// (amounts in different currencies are never added). Memory is bounded by
// the number of countries.
type countryTotals struct {
	currencies []string
	sums       map[string]map[string]decimal.Decimal // country → currency → value
}

// add counts the non-originating lines of a good.
func (c *countryTotals) add(g Good) {
	cur := goodCurrency(g)
	for _, m := range g.Materials {
		if !m.NonOriginating {
			continue
		}
		v, err := decimal.NewFromString(m.Counted)
		if err != nil || v.IsZero() {
			continue
		}
		country := strings.TrimSpace(m.Country)
		if country == "" {
			country = unknownCountry
		}
		if c.sums == nil {
			c.sums = map[string]map[string]decimal.Decimal{}
		}
		if !slices.Contains(c.currencies, cur) {
			c.currencies = append(c.currencies, cur)
		}
		byCur := c.sums[country]
		if byCur == nil {
			byCur = map[string]decimal.Decimal{}
			c.sums[country] = byCur
		}
		byCur[cur] = byCur[cur].Add(v)
	}
}

// countryRow is one country's non-originating value in each currency, in
// the order of countryTotals.currencies (zero where there is none).
type countryRow struct {
	country string
	values  []decimal.Decimal
}

// rows lists the countries by value in the first currency, largest first,
// then by the next currencies, then by code.
func (c *countryTotals) rows() []countryRow {
	out := make([]countryRow, 0, len(c.sums))
	for country, byCur := range c.sums {
		r := countryRow{country: country}
		for _, cur := range c.currencies {
			r.values = append(r.values, byCur[cur])
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b countryRow) int {
		for i := range a.values {
			if c := b.values[i].Cmp(a.values[i]); c != 0 {
				return c
			}
		}
		return strings.Compare(a.country, b.country)
	})
	return out
}
