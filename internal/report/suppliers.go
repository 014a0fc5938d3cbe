package report

import (
	"sort"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// NoSupplier is how the supplier view names the lines of a BOM that name no
// supplier.
const NoSupplier = "(no supplier named)"

// SupplierView is the supplier view of a run (roo qualify --by supplier,
// the XLSX report's Suppliers sheet): per supplier, what it supplies, its
// certifications of origin and what their lapse would cost, most duty at
// stake first.
type SupplierView struct {
	// AsOf is the day the certifications are judged on, and ExpiringBy the
	// last day of the --expiring window (both YYYY-MM-DD).
	AsOf       string          `json:"as_of"`
	ExpiringBy string          `json:"expiring_by"`
	Suppliers  []SupplierEntry `json:"suppliers"`
}

// SupplierEntry is one supplier of the supplier view.
type SupplierEntry struct {
	Supplier string `json:"supplier"`
	// Goods are the goods with at least one BOM line from this supplier,
	// the first [MaxListed] of them; GoodsCount counts them all.
	Goods      []string `json:"goods"`
	GoodsCount int      `json:"goods_count"`
	// NonOriginatingValue sums, by currency, the value of its lines counted
	// as non-originating, per unit of each good, over the goods.
	NonOriginatingValue map[string]string `json:"non_originating_value"`
	// Certifications are the certifications of origin its originating
	// lines rest on; a line that claims originating without naming one is
	// listed under an empty reference with state "none-named".
	Certifications []SupplierCertification `json:"certifications"`
	// Expired and Lapsing count the certifications expired on the as-of
	// day and those expiring by ExpiringBy.
	Expired int `json:"expired"`
	Lapsing int `json:"lapsing"`
	// IfLapsed is what the goods that qualify today would lose if every
	// certification of this supplier lapsed (its originating lines then of
	// unknown origin): the goods that would no longer qualify and the duty
	// they save today, by currency.
	IfLapsed SupplierLapse `json:"if_lapsed"`
	// Campaign is the supplier's entry of the certification campaign: the
	// goods its certification would make qualify; null when none.
	Campaign *CampaignEntry `json:"campaign"`
}

// SupplierCertification is one certification of origin of a supplier.
type SupplierCertification struct {
	Ref string `json:"ref"`
	// Until is its expiry as YYYY-MM-DD, empty when the BOM gives none.
	Until string `json:"until"`
	// State is expired, lapsing (expires by the view's ExpiringBy),
	// in-force, no-expiry (a reference without a date) or none-named.
	State string `json:"state"`
	// Parts are the first [MaxListed] parts it covers and MorePartLines
	// the lines of further parts; Goods the first goods that use them and
	// GoodsCount all of them.
	Parts         []string `json:"parts"`
	MorePartLines int      `json:"more_part_lines"`
	Goods         []string `json:"goods"`
	GoodsCount    int      `json:"goods_count"`
}

// Certification states of the supplier view.
const (
	CertExpired   = "expired"
	CertLapsing   = "lapsing"
	CertInForce   = "in-force"
	CertNoExpiry  = "no-expiry"
	CertNoneNamed = "none-named"
)

// SupplierLapse is what a supplier's lapse would cost.
type SupplierLapse struct {
	// Goods would no longer qualify: they would not qualify, or need
	// review (the first [MaxListed]; GoodsCount counts them all).
	Goods       []string          `json:"goods"`
	GoodsCount  int               `json:"goods_count"`
	DutyPerUnit map[string]string `json:"duty_per_unit"`
	DutyPerYear map[string]string `json:"duty_per_year"`
}

// Lapse is what one qualifying good would be if one supplier's
// certifications lapsed, as the command found by evaluating it again.
type Lapse struct {
	Supplier string
	Status   origin.Status
}

// Suppliers gathers the supplier view over a run, good by good. It holds
// per supplier the goods' IDs, not the goods.
type Suppliers struct {
	by       map[string]*supplierAcc
	campaign Campaign
}

type supplierAcc struct {
	goods     idList
	nonOrig   map[string]decimal.Decimal
	certs     map[certKey]*certAcc
	lapsed    idList
	atPerUnit map[string]decimal.Decimal
	atPerYear map[string]decimal.Decimal
}

type certKey struct{ ref, until string }

type certAcc struct {
	parts     map[string]bool
	partsList []string
	moreParts int
	goods     idList
}

// MaxListed is how many goods or parts the supplier view names in one
// list; the counts cover them all. It keeps memory flat in the number of
// goods, and every list within a spreadsheet cell.
const MaxListed = 50

// idList is the first MaxListed IDs added, and how many were added.
type idList struct {
	ids  []string
	n    int
	last string
}

// add adds an ID; the same ID twice in a row counts once.
func (l *idList) add(id string) {
	if l.n > 0 && l.last == id {
		return
	}
	l.last = id
	l.n++
	if len(l.ids) < MaxListed {
		l.ids = append(l.ids, id)
	}
}

func (l *idList) list() []string { return nonNil(l.ids) }

// Add takes in one good and, when it qualifies, what it would be if each
// supplier's certifications lapsed.
func (s *Suppliers) Add(g Good, lapses []Lapse) {
	s.campaign.Add(g)
	if s.by == nil {
		s.by = map[string]*supplierAcc{}
	}
	cur := goodCurrency(g)
	seen := map[string]bool{}
	for i := range g.Materials {
		m := &g.Materials[i]
		name := supplierName(m.Supplier)
		a := s.acc(name)
		if !seen[name] {
			seen[name] = true
			a.goods.add(g.GoodID)
		}
		if m.NonOriginating {
			if v, err := decimal.NewFromString(m.Counted); err == nil && !v.IsZero() {
				a.nonOrig[cur] = a.nonOrig[cur].Add(v)
			}
		}
		if m.OriginStatus != string(origin.Originating) || !m.Kind.RestsOnSupplier() {
			continue
		}
		k := certKey{m.Certification, m.CertifiedUntil}
		c := a.certs[k]
		if c == nil {
			c = &certAcc{parts: map[string]bool{}}
			a.certs[k] = c
		}
		switch {
		case m.PartNumber == "" || c.parts[m.PartNumber]:
		case len(c.partsList) < MaxListed:
			c.parts[m.PartNumber] = true
			c.partsList = append(c.partsList, m.PartNumber)
		default:
			c.moreParts++
		}
		c.goods.add(g.GoodID)
	}
	for _, l := range lapses {
		if l.Status == origin.Qualifies {
			continue
		}
		a := s.acc(supplierName(l.Supplier))
		a.lapsed.add(g.GoodID)
		if e := g.Exposure; e != nil && e.Available {
			addMoney(a.atPerUnit, e.Currency, e.SavedPerUnit)
			addMoney(a.atPerYear, e.Currency, e.SavedPerYear)
		}
	}
}

func supplierName(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return NoSupplier
	}
	return s
}

func (s *Suppliers) acc(name string) *supplierAcc {
	a := s.by[name]
	if a == nil {
		a = &supplierAcc{nonOrig: map[string]decimal.Decimal{}, certs: map[certKey]*certAcc{},
			atPerUnit: map[string]decimal.Decimal{}, atPerYear: map[string]decimal.Decimal{}}
		s.by[name] = a
	}
	return a
}

func addMoney(m map[string]decimal.Decimal, cur string, v *string) {
	if v == nil {
		return
	}
	if d, err := decimal.NewFromString(*v); err == nil {
		m[cur] = m[cur].Add(d)
	}
}

// View ranks the suppliers: most duty a year at stake if their
// certifications lapsed first (in any currency), then per unit, then the
// most goods that would stop qualifying (some may not be priced), then the
// duty their certification would save (the campaign), then the most
// certifications expired or lapsing, then the most non-originating value,
// then by name. A certification is lapsing when it expires on or after
// asOf and on or before expiringBy.
func (s *Suppliers) View(asOf, expiringBy time.Time) *SupplierView {
	v := &SupplierView{AsOf: asOf.Format(time.DateOnly), ExpiringBy: expiringBy.Format(time.DateOnly), Suppliers: []SupplierEntry{}}
	campaign := map[string]CampaignEntry{}
	for _, c := range s.campaign.List() {
		campaign[c.Supplier] = c
	}
	type ranked struct {
		e                 SupplierEntry
		perYear, perUnit  decimal.Decimal
		saves, nonOrig    decimal.Decimal
		attention, lapsed int
	}
	var rows []ranked
	for name, a := range s.by {
		e := SupplierEntry{Supplier: name, Goods: a.goods.list(), GoodsCount: a.goods.n, NonOriginatingValue: moneyMap(a.nonOrig), Certifications: []SupplierCertification{},
			IfLapsed: SupplierLapse{Goods: a.lapsed.list(), GoodsCount: a.lapsed.n, DutyPerUnit: moneyMap(a.atPerUnit), DutyPerYear: moneyMap(a.atPerYear)}}
		for k, c := range a.certs {
			sc := SupplierCertification{Ref: k.ref, Until: k.until, State: certState(k, asOf, expiringBy),
				Goods: c.goods.list(), GoodsCount: c.goods.n, Parts: append([]string{}, c.partsList...), MorePartLines: c.moreParts}
			sort.Strings(sc.Parts)
			switch sc.State {
			case CertExpired:
				e.Expired++
			case CertLapsing:
				e.Lapsing++
			}
			e.Certifications = append(e.Certifications, sc)
		}
		sort.Slice(e.Certifications, func(i, j int) bool { return certLess(e.Certifications[i], e.Certifications[j]) })
		r := ranked{e: e, perYear: largest(a.atPerYear), perUnit: largest(a.atPerUnit), nonOrig: largest(a.nonOrig), attention: e.Expired + e.Lapsing, lapsed: a.lapsed.n}
		if c, ok := campaign[name]; ok {
			r.e.Campaign = &c
			r.saves = largest(s.campaign.by[name].perYear)
		}
		rows = append(rows, r)
	}
	sort.Slice(rows, func(i, j int) bool {
		a, b := rows[i], rows[j]
		for _, p := range [][2]decimal.Decimal{{a.perYear, b.perYear}, {a.perUnit, b.perUnit}} {
			if !p[0].Equal(p[1]) {
				return p[0].GreaterThan(p[1])
			}
		}
		if a.lapsed != b.lapsed {
			return a.lapsed > b.lapsed
		}
		if !a.saves.Equal(b.saves) {
			return a.saves.GreaterThan(b.saves)
		}
		if a.attention != b.attention {
			return a.attention > b.attention
		}
		if !a.nonOrig.Equal(b.nonOrig) {
			return a.nonOrig.GreaterThan(b.nonOrig)
		}
		return a.e.Supplier < b.e.Supplier
	})
	for _, r := range rows {
		v.Suppliers = append(v.Suppliers, r.e)
	}
	return v
}

// certState judges a certification on asOf.
func certState(k certKey, asOf, expiringBy time.Time) string {
	if k.until == "" {
		if k.ref == "" {
			return CertNoneNamed
		}
		return CertNoExpiry
	}
	until, err := time.Parse(time.DateOnly, k.until)
	switch {
	case err != nil:
		return CertNoExpiry
	case until.Before(asOf):
		return CertExpired
	case !until.After(expiringBy):
		return CertLapsing
	}
	return CertInForce
}

// certLess orders a supplier's certifications: those needing attention
// first (expired, then lapsing soonest), then the others by expiry and
// reference.
func certLess(a, b SupplierCertification) bool {
	rank := map[string]int{CertExpired: 0, CertLapsing: 1, CertInForce: 2, CertNoExpiry: 3, CertNoneNamed: 4}
	if rank[a.State] != rank[b.State] {
		return rank[a.State] < rank[b.State]
	}
	if a.Until != b.Until {
		return a.Until < b.Until
	}
	return a.Ref < b.Ref
}

func moneyMap(m map[string]decimal.Decimal) map[string]string {
	out := map[string]string{}
	for cur, v := range m {
		out[cur] = Money(v)
	}
	return out
}
