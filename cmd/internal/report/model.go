package report

import (
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/cmd/internal/workbook"
	"github.com/roo-trade/roo/origin"
)

// SchemaVersion is the version of the JSON shape.
const SchemaVersion = 1

// Good is one good's result as reported. Field order is the JSON order.
type Good struct {
	File             string        `json:"file"`
	GoodID           string        `json:"good_id"`
	Description      string        `json:"description"`
	HTS              string        `json:"hts"`
	ProducerCountry  string        `json:"producer_country"`
	ImportingCountry string        `json:"importing_country"`
	Currency         string        `json:"currency"`
	AsOf             string        `json:"as_of"`
	Status           origin.Status `json:"status"`
	Criterion        *string       `json:"criterion"`
	Rule             *string       `json:"rule"`
	Reasons          []string      `json:"reasons"`
	RVC              []RVC         `json:"rvc"`
	VNM              *string       `json:"vnm"`
	Materials        []Material    `json:"materials"`
	Assumptions      []Assumption  `json:"assumptions"`
	MissingFacts     []string      `json:"missing_facts"`
	Exposure         *Exposure     `json:"exposure"`
	Problems         []Problem     `json:"problems"`
}

// RVC is a regional value content under one method.
type RVC struct {
	Method    origin.Method `json:"method"`
	Base      string        `json:"base"`  // transaction value or net cost
	VNM       string        `json:"vnm"`   // value of non-originating materials
	Value     string        `json:"value"` // percent, 6 decimals
	Display   string        `json:"display"`
	Threshold *string       `json:"threshold"`
	Margin    *string       `json:"margin"`   // percentage points above (+) or below (−) the threshold
	Headroom  *string       `json:"headroom"` // non-originating value that could still be added (negative: to remove)
	Meets     *bool         `json:"meets"`
}

// Material is one BOM line's part in the result.
type Material struct {
	Ref            string           `json:"ref"`
	Depth          int              `json:"depth"`
	PartNumber     string           `json:"part_number"`
	Description    string           `json:"description"`
	HTS            string           `json:"hts"`
	OriginStatus   string           `json:"origin_status"`
	Country        string           `json:"country"`
	Kind           origin.Kind      `json:"kind"`
	Supplier       string           `json:"supplier"`
	Value          string           `json:"value"`
	Counted        string           `json:"counted"`
	NonOriginating bool             `json:"non_originating"`
	Treatment      origin.Treatment `json:"treatment"`
	Why            string           `json:"why"`
}

// Assumption is something roo took to be so.
type Assumption = origin.Assumption

// Problem is an input problem, located (workbook.Problem).
type Problem = workbook.Problem

// percentPlaces is how many decimals an RVC value carries in JSON.
const percentPlaces = 6

// FromResult builds the reported form of a result.
func FromResult(file string, res origin.Result, problems []workbook.Problem) Good {
	g := res.Good
	out := Good{
		File: file, GoodID: g.ID, Description: g.Description, HTS: codeString(g),
		ProducerCountry: g.ProducerCountry, ImportingCountry: g.ImportingCountry, Currency: g.Currency,
		AsOf: dateString(res.AsOf), Status: res.Status,
		Criterion: optString(res.Criterion), Rule: optString(res.Rule),
		Reasons: nonNil(res.Reasons), RVC: []RVC{}, Materials: []Material{},
		Assumptions: nonNil(res.Assumptions), MissingFacts: nonNil(res.MissingFacts), Problems: []Problem{},
	}
	for _, f := range res.RVC {
		r := RVC{Method: f.Method, Base: Money(f.Base), VNM: Money(f.VNM), Value: f.Percent().StringFixed(percentPlaces), Display: f.Display()}
		if f.Threshold.Valid {
			t := f.Threshold.Decimal
			r.Threshold = ptr(t.String())
			r.Margin = ptr(f.Margin(t).Round(percentPlaces).StringFixed(percentPlaces))
			r.Headroom = ptr(Money(f.Headroom(t)))
			r.Meets = ptr(f.Meets(t))
		}
		out.RVC = append(out.RVC, r)
	}
	if res.Status != origin.StatusError {
		out.VNM = ptr(Money(res.VNM.Total))
	}
	for _, l := range res.VNM.Lines {
		m := l.Material
		out.Materials = append(out.Materials, Material{
			Ref: m.Ref, Depth: l.Depth, PartNumber: m.PartNumber, Description: m.Description, HTS: optCode(m),
			OriginStatus: string(m.Origin), Country: m.Country, Kind: m.Kind, Supplier: m.Supplier,
			Value: Money(l.Value), Counted: Money(l.Counted), NonOriginating: l.NonOriginating,
			Treatment: l.Treatment, Why: l.Why,
		})
	}
	out.Problems = append(out.Problems, problems...)
	if res.Status == origin.StatusError {
		for _, e := range res.Errors {
			out.Problems = append(out.Problems, Problem{Severity: workbook.SevError, File: file, GoodID: g.ID, Message: e})
		}
	}
	return out
}

func codeString(g *origin.Good) string {
	if g.HTS == "" {
		return ""
	}
	return g.HTS.String()
}

func optCode(m *origin.Material) string {
	if m.HTS == "" {
		return ""
	}
	return m.HTS.String()
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

func optString(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func ptr[T any](v T) *T { return &v }

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// Money renders an amount exactly, with at least two decimals: 86.50,
// 259500.00, 0.045, 13.99973. It never rounds, and never shows trailing
// zeros beyond the second decimal.
func Money(d decimal.Decimal) string {
	s := d.String() // exact, trailing zeros trimmed
	intPart, frac, _ := strings.Cut(s, ".")
	for len(frac) < 2 {
		frac += "0"
	}
	return intPart + "." + frac
}
