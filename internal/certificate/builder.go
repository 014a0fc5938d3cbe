package certificate

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
)

// Criteria are the origin criteria a certification lists: A to D of
// Article 4.2, and E for the goods of Table 2.10.1 that HTSUS General Note
// 11(p) deems originating, as CBP's certification instructions list them.
var Criteria = []string{"A", "B", "C", "D", "E"}

// ErrNoGoods means no good could be certified, so there is no
// certification to write.
var ErrNoGoods = errors.New("no good can be certified")

// Builder assembles a certification from the determinations of its goods.
type Builder struct {
	c       Certification
	refused []Refusal
}

// NewBuilder starts from a validated certification (Details.Validate).
func NewBuilder(c Certification) *Builder {
	c.Goods = []Good{}
	return &Builder{c: c}
}

// Add considers one good, from its determinations at each date the
// certification covers, in date order: the first and last day of a blanket
// period, or the one date of a single shipment. The good is certified only
// if it qualifies at every date under the same criterion and rule, and its
// input gives what the certification prints; otherwise it is refused, with
// the first reason of the determination that refused it, and Add returns
// the refusal.
func (b *Builder) Add(file string, results []origin.Result) *Refusal {
	if len(results) == 0 {
		return nil
	}
	first := results[0]
	g := first.Good
	refuse := func(st origin.Status, asOf time.Time, reason string) *Refusal {
		r := Refusal{File: file, GoodID: g.ID, Description: g.Description, HTS: codeString(g.HTS), Status: st, AsOf: dateString(asOf), Reason: reason, QualifiesAsOf: []string{}}
		b.refused = append(b.refused, r)
		return &r
	}
	for _, r := range results {
		if r.Status != origin.Qualifies {
			ref := refuse(r.Status, r.AsOf, firstReason(r))
			for _, x := range results {
				if x.Status == origin.Qualifies {
					ref.QualifiesAsOf = append(ref.QualifiesAsOf, dateString(x.AsOf))
				}
			}
			b.refused[len(b.refused)-1] = *ref
			return ref
		}
	}
	for _, r := range results[1:] {
		if r.Criterion != first.Criterion || r.Rule != first.Rule || r.RuleLevel != first.RuleLevel {
			return refuse(origin.NeedsReview, r.AsOf, fmt.Sprintf("the determination changes within the blanket period: as of %s %s, as of %s %s; certify each part of the period on a certification of its own",
				dateString(first.AsOf), basis(first), dateString(r.AsOf), basis(r)))
		}
	}
	if !slices.Contains(Criteria, first.Criterion) {
		return refuse(origin.StatusError, time.Time{}, fmt.Sprintf("the determination gives origin criterion %q, which a USMCA certification of origin does not list (A to E)", first.Criterion))
	}
	out, reason, err := b.good(file, results)
	if err != nil {
		return refuse(origin.StatusError, time.Time{}, "roo cannot check the text: "+err.Error())
	}
	if reason != "" {
		return refuse(origin.StatusError, time.Time{}, reason)
	}
	b.c.Goods = append(b.c.Goods, out)
	return nil
}

// good builds the certified good, or says why its input cannot be
// certified as given.
func (b *Builder) good(file string, results []origin.Result) (Good, string, error) {
	first := results[0]
	g := first.Good
	desc := cleanText(g.Description, false)
	if desc == "" {
		return Good{}, "the workbook gives no description of the good: a certification of origin needs one detailed enough to relate the good to its invoice and its HS description (Annex 5-A element 6)", nil
	}
	for _, t := range []struct{ what, s string }{{"description", desc}, {"good ID", g.ID}} {
		msg, err := textProblem(t.s, maxDesc)
		if err != nil {
			return Good{}, "", err
		}
		if msg != "" {
			return Good{}, "its " + t.what + " " + msg, nil
		}
	}
	if g.HTS.Len() < int(hs.Subheading) {
		return Good{}, fmt.Sprintf("its HTS code %s has fewer than six digits", codeString(g.HTS)), nil
	}
	if reason := b.partiesMatch(g); reason != "" {
		return Good{}, reason, nil
	}
	code, digits := g.HTS.Subheading(), 6
	var notes []string
	if first.RuleLevel == hs.TariffItem && g.HTS.Len() >= int(hs.TariffItem) {
		code, digits = g.HTS.Item(), 8
		if g.ImportingCountry != "" && g.ImportingCountry != "US" {
			notes = append(notes, fmt.Sprintf("the classification is given to 8 digits because the rule applied is a tariff-item rule of GN 11(o); %s is the good's code as the workbook gives it: check that it is the tariff item of %s, the importing country, whose numbers may differ from the US HTS's", code, g.ImportingCountry))
		}
	}
	out := Good{
		File: file, GoodID: g.ID, Description: desc,
		HSClassification: code.String(), HSDigits: digits,
		Criterion: first.Criterion, DeterminedAsOf: []string{},
		ProducerCountry: g.ProducerCountry, ImportingCountry: g.ImportingCountry,
		Assumptions: []string{}, RuleNotes: nonNil(first.RuleNotes), Notes: nonNil(notes),
	}
	if first.Rule != "" {
		out.Rule = ptr(first.Rule)
	}
	for _, r := range results {
		if d := dateString(r.AsOf); !slices.Contains(out.DeterminedAsOf, d) {
			out.DeterminedAsOf = append(out.DeterminedAsOf, d)
		}
	}
	for _, a := range first.Assumptions {
		out.Assumptions = append(out.Assumptions, a.Message)
	}
	return out, "", nil
}

// partiesMatch checks the good against the parties the certification
// names: a good made in one country cannot be certified with a producer in
// another, nor a good imported into one country with an importer in
// another. It says why not, or returns "".
func (b *Builder) partiesMatch(g *origin.Good) string {
	if p := b.c.Producer.Contact; p != nil && g.ProducerCountry != "" && g.ProducerCountry != p.Country {
		return fmt.Sprintf("the good is produced in %s, but the certification names the producer %s in %s: certify it on a certification that names its own producer, or give the producer as \"various\"",
			g.ProducerCountry, p.Name, p.Country)
	}
	if p := b.c.Importer.Contact; p != nil && g.ImportingCountry != "" && g.ImportingCountry != p.Country {
		return fmt.Sprintf("the good is imported into %s, but the certification names the importer %s in %s: certify it on a certification for its own importer",
			g.ImportingCountry, p.Name, p.Country)
	}
	return ""
}

// Certified is the number of goods certified so far.
func (b *Builder) Certified() int { return len(b.c.Goods) }

// Refused are the goods refused so far, in the order they were added.
func (b *Builder) Refused() []Refusal { return b.refused }

// Document returns the certification with its goods and the refusals, or
// ErrNoGoods when no good was certified.
func (b *Builder) Document(rooVersion string) (Document, error) {
	if len(b.c.Goods) == 0 {
		return Document{}, ErrNoGoods
	}
	return Document{SchemaVersion: SchemaVersion, RooVersion: rooVersion, Certification: b.c, Refused: nonNil(b.refused)}, nil
}

// firstReason is the reason a determination gives first: its first input
// error for a good that could not be evaluated, else its first reason.
func firstReason(r origin.Result) string {
	switch {
	case len(r.Errors) > 0:
		return "the good's input has errors: " + r.Errors[0]
	case len(r.Reasons) > 0:
		return r.Reasons[0]
	}
	return "the determination gives no reason"
}

// basis names the criterion and rule of a determination: "criterion B
// under GN 11(o) ch. 87 rule 28(C)".
func basis(r origin.Result) string {
	s := "criterion " + r.Criterion
	if r.Rule != "" {
		s += " under " + r.Rule
	}
	if r.RuleLevel == hs.TariffItem {
		s += " (a tariff-item rule)"
	}
	return s
}

func codeString(c hs.Code) string {
	if c == "" {
		return ""
	}
	return c.String()
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
