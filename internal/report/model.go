package report

import (
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/internal/problem"
	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/auto"
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
	RuleText         string        `json:"rule_text"`
	Reasons          []string      `json:"reasons"`
	RVC              []RVC         `json:"rvc"`
	VNM              *string       `json:"vnm"`
	DeMinimis        *DeMinimis    `json:"de_minimis"`
	Materials        []Material    `json:"materials"`
	Branches         []Branch      `json:"branches"`
	Changes          []Change      `json:"changes"`
	Assumptions      []Assumption  `json:"assumptions"`
	MissingFacts     []Fact        `json:"missing_facts"`
	MissingInputs    []string      `json:"missing_inputs"`
	RuleNotes        []string      `json:"rule_notes"`
	Exposure         *Exposure     `json:"exposure"`
	Problems         []Problem     `json:"problems"`
	// Automotive is what the automotive appendix made of the good; null
	// when the good is neither a vehicle nor declared for a vehicle use.
	Automotive *Automotive `json:"automotive"`
	// Content is the good's content by country, US content and metal
	// content; null for a good in error.
	Content *Content `json:"content"`
	// Scenario is set when the good was evaluated under a scenario of
	// proposed changes: its status is then the scenario's, not the law's.
	Scenario *Scenario `json:"scenario"`
}

// Fact is a fact the workbook must give ("Fact: KEY" column, yes or no).
type Fact = origin.Fact

// Branch is one alternative of the rule as tried.
type Branch struct {
	Citation      string     `json:"citation"`
	Outcome       string     `json:"outcome"` // pass, fail, undetermined, not-applicable
	Reasons       []string   `json:"reasons"`
	Requirements  []string   `json:"requirements"`
	RVC           []RVC      `json:"rvc"`
	RVCWaived     bool       `json:"rvc_waived"`
	DeMinimis     *DeMinimis `json:"de_minimis"`
	Materials     []Test     `json:"materials"`
	MissingFacts  []Fact     `json:"missing_facts"`
	MissingInputs []string   `json:"missing_inputs"`
}

// Test is the tariff-shift test of one non-originating material.
type Test struct {
	Ref        string `json:"ref"`
	PartNumber string `json:"part_number"`
	HTS        string `json:"hts"`
	Outcome    string `json:"outcome"` // pass, fail, undetermined, disregarded
	DeMinimis  bool   `json:"de_minimis"`
	Mapped     bool   `json:"mapped"` // an HS-edition mapping decided it
	Reason     string `json:"reason"`
}

// DeMinimis are the figures of a de minimis test.
type DeMinimis struct {
	Rule        string     `json:"rule"`
	Basis       string     `json:"basis"`
	BasisSize   *string    `json:"basis_size"`
	Amount      string     `json:"amount"`
	Percent     *string    `json:"percent"`
	Limit       string     `json:"limit"`
	Met         bool       `json:"met"`
	Elastomeric *DeMinimis `json:"elastomeric"`
	Why         string     `json:"why"`
}

// Change is one thing that would change the answer.
type Change struct {
	Kind   string   `json:"kind"` // headroom, re-source-or-certify, fact, input
	Branch string   `json:"branch"`
	Text   string   `json:"text"`
	Value  *string  `json:"value"`
	Refs   []string `json:"refs"` // the BOM lines concerned
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
	Ref          string      `json:"ref"`
	Depth        int         `json:"depth"`
	PartNumber   string      `json:"part_number"`
	Description  string      `json:"description"`
	HTS          string      `json:"hts"`
	OriginStatus string      `json:"origin_status"`
	Country      string      `json:"country"`
	Kind         origin.Kind `json:"kind"`
	Supplier     string      `json:"supplier"`
	// Certification and CertifiedUntil are the supplier's certification of
	// origin named on the line (CertifiedUntil as YYYY-MM-DD, empty when
	// none was given).
	Certification  string           `json:"certification"`
	CertifiedUntil string           `json:"certified_until"`
	Value          string           `json:"value"`
	Counted        string           `json:"counted"`
	NonOriginating bool             `json:"non_originating"`
	Treatment      origin.Treatment `json:"treatment"`
	Why            string           `json:"why"`
	// ShiftOutcome and ShiftReason are the tariff-shift test of the line in
	// the branch applied (or nearest to passing); empty for lines not tested.
	ShiftOutcome string `json:"shift_outcome"`
	ShiftReason  string `json:"shift_reason"`
	DeMinimis    bool   `json:"de_minimis"`
}

// Assumption is something roo took to be so.
type Assumption = origin.Assumption

// Problem is an input problem, located (problem.Problem).
type Problem = problem.Problem

// percentPlaces is how many decimals an RVC value carries in JSON.
const percentPlaces = 6

// FromResult builds the reported form of a result.
func FromResult(file string, res origin.Result, problems []problem.Problem) Good {
	g := res.Good
	out := Good{
		File: file, GoodID: g.ID, Description: g.Description, HTS: codeString(g),
		ProducerCountry: g.ProducerCountry, ImportingCountry: g.ImportingCountry, Currency: g.Currency,
		AsOf: dateString(res.AsOf), Status: res.Status,
		Criterion: optString(res.Criterion), Rule: optString(res.Rule), RuleText: res.RuleText,
		Reasons: nonNil(res.Reasons), RVC: rvcs(res.RVC), Materials: make([]Material, 0, len(res.VNM.Lines)),
		Branches: make([]Branch, 0, len(res.Branches)), Changes: make([]Change, 0, len(res.Changes)),
		Assumptions: nonNil(res.Assumptions), MissingFacts: nonNil(res.MissingFacts), MissingInputs: nonNil(res.MissingInputs),
		RuleNotes: nonNil(res.RuleNotes), Problems: []Problem{}, DeMinimis: deMinimis(res.DeMinimis),
	}
	if res.Status != origin.StatusError {
		out.VNM = ptr(Money(res.VNM.Total))
	}
	tests := decisiveTests(res)
	for i := range res.VNM.Lines {
		l := &res.VNM.Lines[i]
		m := l.Material
		rm := Material{
			Ref: m.Ref, Depth: l.Depth, PartNumber: m.PartNumber, Description: m.Description, HTS: optCode(m),
			OriginStatus: string(m.Origin), Country: m.Country, Kind: m.Kind, Supplier: m.Supplier,
			Certification: m.Certification, CertifiedUntil: dateString(m.CertifiedUntil),
			Value: Money(l.Value), Counted: Money(l.Counted), NonOriginating: l.NonOriginating,
			Treatment: l.Treatment, Why: l.Why,
		}
		if t, ok := tests[l]; ok {
			rm.ShiftOutcome, rm.ShiftReason, rm.DeMinimis = string(t.Outcome), t.Reason, t.DeMinimis
		}
		out.Materials = append(out.Materials, rm)
	}
	for _, b := range res.Branches {
		rb := Branch{Citation: b.Citation, Outcome: string(b.Outcome), Reasons: nonNil(b.Reasons), Requirements: nonNil(b.Requirements),
			RVC: rvcs(b.RVC), RVCWaived: b.RVCWaived, DeMinimis: deMinimis(b.DeMinimis), Materials: make([]Test, 0, len(b.Materials)),
			MissingFacts: nonNil(b.Missing), MissingInputs: nonNil(b.MissingInputs)}
		for _, t := range b.Materials {
			rb.Materials = append(rb.Materials, Test{Ref: t.Line.Material.Ref, PartNumber: t.Line.Material.PartNumber, HTS: optCode(t.Line.Material),
				Outcome: string(t.Outcome), DeMinimis: t.DeMinimis, Mapped: t.Mapped, Reason: t.Reason})
		}
		out.Branches = append(out.Branches, rb)
	}
	for _, c := range res.Changes {
		rc := Change{Kind: c.Kind, Branch: c.Branch, Text: c.Text, Refs: []string{}}
		if c.Value.Valid {
			rc.Value = ptr(Money(c.Value.Decimal))
		}
		for _, l := range c.Materials {
			rc.Refs = append(rc.Refs, l.Material.Ref)
		}
		out.Changes = append(out.Changes, rc)
	}
	out.Problems = append(out.Problems, problems...)
	out.Automotive = automotive(res.Automotive)
	out.Content = content(res.Content)
	if res.Status == origin.StatusError && !hasError(problems) { // else Errors are these problems, located
		for _, e := range res.Errors {
			out.Problems = append(out.Problems, Problem{Severity: problem.SevError, File: file, GoodID: g.ID, Message: e})
		}
	}
	return out
}

// hasError reports whether some problem is an error.
func hasError(problems []problem.Problem) bool {
	for _, p := range problems {
		if p.Severity == problem.SevError {
			return true
		}
	}
	return false
}

// rvcs reports RVC figures.
func rvcs(figs []origin.RVCFigure) []RVC {
	out := []RVC{}
	for _, f := range figs {
		r := RVC{Method: f.Method, Base: Money(f.Base), VNM: Money(f.VNM), Value: f.Percent().StringFixed(percentPlaces), Display: f.Display()}
		if f.Threshold.Valid {
			t := f.Threshold.Decimal
			r.Threshold = ptr(t.String())
			r.Margin = ptr(f.Margin(t).Round(percentPlaces).StringFixed(percentPlaces))
			r.Headroom = ptr(Money(f.Headroom(t)))
			r.Meets = ptr(f.Meets(t))
		}
		out = append(out, r)
	}
	return out
}

// deMinimis reports de minimis figures.
func deMinimis(dm *origin.DeMinimis) *DeMinimis {
	if dm == nil {
		return nil
	}
	out := &DeMinimis{Rule: dm.Rule, Basis: dm.Basis, Amount: dm.Amount.String(), Limit: dm.Limit.String(), Met: dm.Met, Why: dm.Why,
		Elastomeric: deMinimis(dm.Elastomeric)}
	if !dm.Unknown && dm.BasisSize.IsPositive() {
		out.BasisSize = ptr(dm.BasisSize.String())
		out.Percent = ptr(dm.Percent.StringFixed(percentPlaces))
	}
	return out
}

// decisiveTests are the material tests of the branch applied, or else of
// the first branch that applies to the good and tested its materials.
func decisiveTests(res origin.Result) map[*origin.LineValue]origin.MaterialTest {
	pick := -1
	for i, b := range res.Branches {
		if b.Outcome == origin.Pass {
			pick = i
			break
		}
		if pick < 0 && b.Outcome != origin.NotApplicable && len(b.Materials) > 0 {
			pick = i
		}
	}
	out := map[*origin.LineValue]origin.MaterialTest{}
	if pick >= 0 {
		for _, t := range res.Branches[pick].Materials {
			out[t.Line] = t
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
	switch i := strings.IndexByte(s, '.'); {
	case i < 0:
		return s + ".00"
	case len(s)-i-1 < 2:
		return s + "0"
	}
	return s
}

// Automotive is what the automotive appendix (UR Part 6) made of a good.
type Automotive struct {
	Vehicle bool `json:"vehicle"`
	// Class is the vehicle class of UR §12 (passenger-vehicle, light-truck,
	// heavy-truck, other-vehicle), null for a part or an unsettled class.
	Class *string `json:"class"`
	// Use is the declared use, Table the appendix table a part is in.
	Use   *string `json:"use"`
	Table *string `json:"table"`
	// Provisions are the provisions applied, each with its citation and
	// numbers ("UR §14(15): principal part threshold 70% NC as of …").
	Provisions []string   `json:"provisions"`
	CoreParts  *CoreParts `json:"core_parts"`
	LVC        *LVC       `json:"lvc"`
	Steel      *Purchase  `json:"steel"`
	Aluminum   *Purchase  `json:"aluminum"`
	Period     *string    `json:"period"`
	Steps      []string   `json:"steps"` // the whole path, one step a line
}

// CoreParts is the test of UR §14(4) on a vehicle's Table A.2 parts.
type CoreParts struct {
	Outcome   string     `json:"outcome"` // met, not met, undetermined
	Threshold string     `json:"threshold"`
	Parts     []CorePart `json:"parts"`
	SuperCore *string    `json:"super_core"`
	Missing   []string   `json:"missing"`
}

// CorePart is one Table A.2 part.
type CorePart struct {
	Name    string  `json:"name"`
	Part    string  `json:"part"` // the column-1 part: Engines, Transmissions, …
	Outcome string  `json:"outcome"`
	By      *string `json:"by"` // the VNM option that met the test: all, components, super-core
	Why     string  `json:"why"`
}

// LVC is the labour value content test of UR §18.
type LVC struct {
	Outcome          string   `json:"outcome"`
	Cite             string   `json:"cite"`
	Required         string   `json:"required"`           // percent
	RequiredHighWage string   `json:"required_high_wage"` // points
	Basis            *string  `json:"basis"`              // net-cost or purchase-value
	HighWage         string   `json:"high_wage"`          // points, 6 decimals
	TechCredit       string   `json:"tech_credit"`
	AssemblyCredit   string   `json:"assembly_credit"`
	Total            string   `json:"total"` // percent, 6 decimals
	Lines            []string `json:"lines"`
	Missing          []string `json:"missing"`
}

// Purchase is the steel or aluminum test of UR §17.
type Purchase struct {
	Outcome  string   `json:"outcome"`
	Percent  *string  `json:"percent"` // originating share, 6 decimals
	Required string   `json:"required"`
	Why      string   `json:"why"`
	Missing  []string `json:"missing"`
}

// automotive reports the automotive result.
func automotive(a *origin.Automotive) *Automotive {
	if a == nil {
		return nil
	}
	out := &Automotive{Vehicle: a.Vehicle, Provisions: nonNil(a.Provisions), Period: optString(a.Period), Steps: nonNil(a.Steps())}
	if a.Class != 0 {
		out.Class = ptr(a.Class.Slug())
	}
	if a.Use != 0 {
		out.Use = ptr(a.Use.Slug())
	}
	if a.Table != "" {
		out.Table = ptr(a.Table.Name())
	}
	if c := a.CoreParts; c != nil {
		cp := &CoreParts{Outcome: c.Outcome.String(), Threshold: c.Threshold.String(), Parts: []CorePart{}, SuperCore: optString(c.SuperCore), Missing: nonNil(c.Missing)}
		for _, p := range c.Parts {
			r := CorePart{Name: p.Part.Name, Part: p.Part.Part, Outcome: p.Outcome.String(), Why: p.Why}
			if p.By != 0 {
				r.By = ptr(p.By.Slug())
			}
			cp.Parts = append(cp.Parts, r)
		}
		out.CoreParts = cp
	}
	if l := a.LVC; l != nil {
		r := &LVC{Outcome: l.Outcome.String(), Cite: l.Requirement.Cite, Required: l.Requirement.Total.String(), RequiredHighWage: l.Requirement.HighWage.String(),
			HighWage: l.HighWage.StringFixed(percentPlaces), TechCredit: l.Tech.StringFixed(percentPlaces), AssemblyCredit: l.Assembly.String(),
			Total: l.Total.StringFixed(percentPlaces), Lines: nonNil(l.Lines), Missing: nonNil(l.Missing)}
		if l.Basis != 0 {
			r.Basis = ptr(l.Basis.Slug())
		}
		out.LVC = r
	}
	out.Steel, out.Aluminum = purchase(a.Steel), purchase(a.Aluminum)
	return out
}

func purchase(p *auto.PurchaseResult) *Purchase {
	if p == nil {
		return nil
	}
	out := &Purchase{Outcome: p.Outcome.String(), Required: p.Required.String(), Why: p.Why, Missing: nonNil(p.Missing)}
	if p.Outcome != auto.Open {
		out.Percent = ptr(p.Percent.StringFixed(percentPlaces))
	}
	return out
}
