package report

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/internal/suggest"
	"github.com/roo-trade/roo/origin"
)

// SortKeys are the orders roo qualify --sort knows, in the order of its help.
var SortKeys = []string{"margin", "duty", "vnm", "good"}

// StatusNames are the statuses roo qualify --status selects.
var StatusNames = []string{string(origin.Qualifies), string(origin.DoesNotQualify), string(origin.NeedsReview), string(origin.StatusError)}

// Selection is which goods of a run are shown, and in which order. The
// zero Selection shows every good in input order.
type Selection struct {
	// Goods are good IDs, matched without case; empty: every good.
	Goods []string
	// Statuses are the verdicts shown; empty: every verdict.
	Statuses []origin.Status
	// Sort is one of [SortKeys]; empty: input order.
	Sort string
}

// Active reports whether the selection filters or reorders anything.
func (s Selection) Active() bool {
	return len(s.Goods) > 0 || len(s.Statuses) > 0 || s.Sort != ""
}

// Match reports whether a good is shown.
func (s Selection) Match(g Good) bool {
	if len(s.Goods) > 0 {
		found := false
		for _, id := range s.Goods {
			if strings.EqualFold(strings.TrimSpace(id), strings.TrimSpace(g.GoodID)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	if len(s.Statuses) > 0 {
		for _, st := range s.Statuses {
			if st == g.Status {
				return true
			}
		}
		return false
	}
	return true
}

// Describe words the selection for the summary, e.g. `good MOT-7K5;
// status does-not-qualify or needs-review; sorted by duty at stake`.
func (s Selection) Describe() string {
	var parts []string
	if len(s.Goods) > 0 {
		trimmed := make([]string, len(s.Goods))
		for i, id := range s.Goods {
			trimmed[i] = strings.TrimSpace(id)
		}
		parts = append(parts, pl(len(s.Goods), "good ", "goods ")+strings.Join(trimmed, ", "))
	}
	if len(s.Statuses) > 0 {
		names := make([]string, len(s.Statuses))
		for i, st := range s.Statuses {
			names[i] = string(st)
		}
		parts = append(parts, "status "+strings.Join(names, " or "))
	}
	if s.Sort != "" {
		parts = append(parts, "sorted by "+sortWords[s.Sort])
	}
	return strings.Join(parts, "; ")
}

var sortWords = map[string]string{
	"margin": "RVC margin, smallest first",
	"duty":   "duty at stake, largest first",
	"vnm":    "value of non-originating materials, largest first",
	"good":   "good ID",
}

// Unmatched returns the --good IDs that name none of ids, each with the
// closest IDs that exist, as an error; nil when every ID was found.
func (s Selection) Unmatched(ids []string) error {
	have := map[string]bool{}
	for _, id := range ids {
		have[strings.ToLower(strings.TrimSpace(id))] = true
	}
	var missing []string
	for _, id := range s.Goods {
		if !have[strings.ToLower(strings.TrimSpace(id))] {
			missing = append(missing, fmt.Sprintf("--good %s: %v%s", id, ErrUnknownGood, suggest.Phrase(id, ids)))
		}
	}
	if len(missing) == 0 {
		return nil
	}
	return fmt.Errorf("%w", unknownGoods(missing))
}

// ErrUnknownGood is the error of a --good ID that names no good of the
// input: a usage error, and nothing is written.
var ErrUnknownGood = errors.New("no good with this ID in the input")

// unknownGoods is one line per --good ID not found; it is ErrUnknownGood.
type unknownGoods []string

func (u unknownGoods) Error() string     { return strings.Join(u, "\n") }
func (u unknownGoods) Is(err error) bool { return err == ErrUnknownGood }

// Selected is what the summary says of a selection: the goods shown out of
// the whole input, which the counts always cover.
type Selected struct {
	Shown  int    `json:"shown"`
	Filter string `json:"filter"`
}

// SortGoods orders goods by a key of [SortKeys], stably, ties in input
// order. A good without the figure (no RVC, not priced) comes last.
//
//   - margin: the best RVC margin of the good over its threshold, smallest
//     first: the goods closest to failing, or failing by most, lead;
//   - duty: the duty a year the verdict is worth (saved by a qualifying
//     good, at stake on one needing review, paid by one that does not
//     qualify), largest first; goods without an annual volume follow, by
//     the duty a unit;
//   - vnm: the value of non-originating materials, largest first;
//   - good: good ID, then file.
func SortGoods(gs []Good, key string) {
	switch key {
	case "margin":
		sort.SliceStable(gs, func(i, j int) bool { return lessNull(margin(gs[i]), margin(gs[j]), false) })
	case "duty":
		sort.SliceStable(gs, func(i, j int) bool {
			yi, ui := stake(gs[i])
			yj, uj := stake(gs[j])
			if yi.Valid != yj.Valid || (yi.Valid && !yi.Decimal.Equal(yj.Decimal)) {
				return lessNull(yi, yj, true)
			}
			return lessNull(ui, uj, true)
		})
	case "vnm":
		sort.SliceStable(gs, func(i, j int) bool { return lessNull(vnm(gs[i]), vnm(gs[j]), true) })
	case "good":
		sort.SliceStable(gs, func(i, j int) bool {
			a, b := strings.ToLower(gs[i].GoodID), strings.ToLower(gs[j].GoodID)
			if a != b {
				return a < b
			}
			return gs[i].File < gs[j].File
		})
	}
}

// lessNull orders a before b, invalid values last, descending if desc.
func lessNull(a, b decimal.NullDecimal, desc bool) bool {
	switch {
	case !a.Valid:
		return false
	case !b.Valid:
		return true
	case desc:
		return a.Decimal.GreaterThan(b.Decimal)
	}
	return a.Decimal.LessThan(b.Decimal)
}

func dec(s *string) decimal.NullDecimal {
	if s == nil {
		return decimal.NullDecimal{}
	}
	d, err := decimal.NewFromString(*s)
	if err != nil {
		return decimal.NullDecimal{}
	}
	return decimal.NullDecimal{Decimal: d, Valid: true}
}

// margin is the best margin over the methods tried: the good qualifies
// under either, so the better one is how close it is.
func margin(g Good) decimal.NullDecimal {
	var best decimal.NullDecimal
	for _, r := range g.RVC {
		m := dec(r.Margin)
		if m.Valid && (!best.Valid || m.Decimal.GreaterThan(best.Decimal)) {
			best = m
		}
	}
	return best
}

func vnm(g Good) decimal.NullDecimal { return dec(g.VNM) }

// stake is the duty a year and a unit the verdict is worth.
func stake(g Good) (year, unit decimal.NullDecimal) {
	e := g.Exposure
	if e == nil || !e.Available {
		return
	}
	switch g.Status {
	case origin.Qualifies:
		return dec(e.SavedPerYear), dec(e.SavedPerUnit)
	case origin.NeedsReview:
		return dec(e.AtStakePerYear), dec(e.AtStakePerUnit)
	}
	return dec(e.DutyPerYear), dec(e.DutyPerUnit)
}

// SelectingWriter shows the goods a [Selection] matches, in its order,
// through another writer. It holds the matched goods until Close; the
// summary still counts the whole input and says what was shown.
type SelectingWriter struct {
	next  ResultWriter
	sel   Selection
	ids   []string
	shown []Good
}

// NewSelectingWriter wraps w with the selection sel.
func NewSelectingWriter(w ResultWriter, sel Selection) *SelectingWriter {
	return &SelectingWriter{next: w, sel: sel}
}

// Good keeps a good if the selection matches it.
func (s *SelectingWriter) Good(g Good) error {
	s.ids = append(s.ids, g.GoodID)
	if s.sel.Match(g) {
		s.shown = append(s.shown, g)
	}
	return nil
}

// Shown is how many goods the selection matched.
func (s *SelectingWriter) Shown() int { return len(s.shown) }

// Close refuses --good IDs the input lacks (nothing is written then),
// otherwise writes the selected goods in order and the summary.
func (s *SelectingWriter) Close(files []File, sum Summary) error {
	if err := s.sel.Unmatched(s.ids); err != nil {
		return err
	}
	SortGoods(s.shown, s.sel.Sort)
	for _, g := range s.shown {
		if err := s.next.Good(g); err != nil {
			return err
		}
	}
	sum.Selection = &Selected{Shown: len(s.shown), Filter: s.sel.Describe()}
	return s.next.Close(files, sum)
}
