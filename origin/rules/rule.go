package rules

import (
	"strconv"
	"strings"
)

// ID identifies a record of the GN 11(o) data: its chapter field ("84",
// or "28-38" for a chapter group) and its position within the chapter.
type ID struct {
	Chapter string `json:"chapter"`
	Seq     int    `json:"seq"`
}

// String prints the ID as CHAPTER/SEQ, e.g. "84/54".
func (id ID) String() string { return id.Chapter + "/" + strconv.Itoa(id.Seq) }

// Status says how far a record was parsed.
type Status uint8

// The statuses of a record.
const (
	// Complete: parsed into structure; every requirement is computable from
	// codes, values and the inputs (date, use, trade).
	Complete Status = iota + 1
	// WithConditions: parsed into structure, and some requirement is a named
	// condition (a fact) that a bill of materials cannot show.
	WithConditions
	// Failed: not parsed; the record gives no rule data and Failure says why.
	Failed
)

// String names the status.
func (s Status) String() string {
	switch s {
	case Complete:
		return "complete"
	case WithConditions:
		return "with-conditions"
	case Failed:
		return "failed"
	}
	return "unknown"
}

// Meta is what every record of the data carries, rule or note: where it
// is, how it is labelled, when it is in force, and how far roo read it.
type Meta struct {
	ID ID `json:"id"`
	// Label is the record's label as printed ("25", "phase 2", "chapter
	// rule 2", "GN 11(n)(iv)(C)").
	Label string `json:"label"`
	// Scope is the data's human-readable label of what the record covers.
	Scope  string `json:"scope"`
	Period Period `json:"period"`
	Status Status `json:"status"`
	// Failure says why the record could not be parsed (Status Failed).
	Failure string `json:"failure"`
	// Assumptions are what the parser had to assume to read the print
	// (typos, missing words); each is a doubt worth showing an auditor.
	Assumptions []string `json:"assumptions"`
	// Flags are contradictions found in the record or between it and its
	// siblings, and doubts about the data.
	Flags []string `json:"flags"`
	// DataNote is what the data says is wrong with or was corrected in the
	// record.
	DataNote string `json:"data_note"`
	// Text is the legal text as transcribed: kept for notes, and for failed
	// rules so that a reader still sees what the law says.
	Text string `json:"text"`
}

// Rule is one product-specific rule of GN 11(o): the alternatives (branches)
// that confer origin on the goods it applies to. A good meets the rule when
// it meets any one branch.
type Rule struct {
	Meta
	// Number is the rule number used in citations, or empty when the print
	// gives none.
	Number string `json:"number"`
	// PeriodStated is true when the rule text itself states its dates
	// ("Beginning on July 1, 2025, and thereafter, …").
	PeriodStated bool  `json:"period_stated"`
	Trade        Trade `json:"trade"`
	// TradeStated is true when the text states the trade; otherwise it was
	// taken from the record's label.
	TradeStated bool `json:"trade_stated"`
	// Lead is the rule's opening phrase when it narrows the goods ("For a
	// good of subheading 8708.30 for use in a heavy truck:"), else nil.
	Lead *LeadIn `json:"lead"`
	// Uses are the vehicle uses the rule applies to: the uses the text
	// states, or for "any other good" the uses no sibling rule claims.
	Uses Use `json:"uses"`
	// UseBasis says where Uses came from: "stated", "other" (the uses no
	// sibling rule of the same goods names) or "any".
	UseBasis string `json:"use_basis"`
	// Applies are the provisions the rule applies to.
	Applies  Refs     `json:"applies"`
	Branches []Branch `json:"branches"`
}

// LeadIn is the opening phrase that narrows a rule to some goods, by
// description or by use: "For a body stamping of subheading 8708.29 for use
// in a passenger vehicle or light truck:".
type LeadIn struct {
	// Following is true for "The following rule applies to a good of …:".
	Following bool `json:"following"`
	// Other is true for "For any other good of …".
	Other bool `json:"other"`
	// Desc describes the goods ("a body stamping"), empty for "a good".
	Desc  string `json:"desc"`
	Refs  Refs   `json:"refs"`
	After string `json:"after"` // words after the provisions
	// Uses are the uses the phrase names, 0 when it names none.
	Uses Use `json:"uses"`
	// UsedFor is true when the print says "used for" rather than "for use in".
	UsedFor bool `json:"used_for"`
}

// Citation cites the rule: "GN 11(o) ch. 87 rule 27".
func (r *Rule) Citation() string {
	return "GN 11(o) ch. " + r.ID.Chapter + " " + r.name()
}

// BranchCitation cites one branch: "GN 11(o) ch. 87 rule 27(B)".
func (r *Rule) BranchCitation(b *Branch) string {
	if b.Label == "" {
		return r.Citation()
	}
	return r.Citation() + "(" + b.Label + ")"
}

// name is how a citation names the rule: "rule 27", "chapter rule 1
// (Mexico-US trade)", "rule for subheading 7312.10 (from 2023-01-01)".
func (r *Rule) name() string {
	var s string
	switch {
	case r.Number != "":
		s = "rule " + r.Number
	case strings.HasPrefix(r.Label, "chapter rule") || strings.HasPrefix(r.Label, "heading rule") && strings.Contains(r.Label, "trade"):
		s, _, _ = strings.Cut(r.Label, ",")
		s, _, _ = strings.Cut(s, " for ")
	default:
		s = "rule for " + r.Applies.String()
		if r.Lead != nil && r.Lead.Following {
			s += r.Lead.After
		}
	}
	var q []string
	if r.Trade != AllTrade {
		q = append(q, r.Trade.String())
	}
	if r.Period.To != "" || (r.Period.From != "" && r.Period.From != defaultFrom) {
		q = append(q, r.Period.String())
	}
	if len(q) > 0 {
		s += " (" + strings.Join(q, ", ") + ")"
	}
	return s
}

// defaultFrom is the date from which GN 11(o) applies, as the data gives it
// for every record that is not time-bounded.
const defaultFrom Date = "2020-07-01"

// Branch is one alternative of a rule: the goods it applies to and what they
// must show to be originating under it.
type Branch struct {
	// Label is the branch's letter as printed ("A", "b"), empty for a rule
	// with a single unlabelled alternative.
	Label  string     `json:"label"`
	Kind   BranchKind `json:"kind"`
	Target Target     `json:"target"`
	// Shift is the required change in tariff classification (Kind Change);
	// for NoChange it may carry the "whether or not there is also a change"
	// wording only.
	Shift Shift `json:"shift"`
	// RVC is the regional value content requirement, nil when none.
	RVC *RVC `json:"rvc"`
	// Conditions are the named conditions the engine cannot compute from a
	// bill of materials (cut and sewn in the territory, content by weight…).
	Conditions []Condition `json:"conditions"`
	// Process is what the good must result from (Kind Process).
	Process string `json:"process"`
	// Exempt lists the chapter rules this branch says the good is not
	// subject to ("chapter rule 2").
	Exempt []string `json:"exempt"`
}

// BranchKind is the kind of requirement a branch sets.
type BranchKind uint8

// The kinds of branch.
const (
	// Change: a change in tariff classification of every non-originating
	// material ("A change to … from …").
	Change BranchKind = iota + 1
	// NoChange: no change in tariff classification is required ("No change
	// in tariff classification to …"), usually with an RVC.
	NoChange
	// Process: the good must result from a production process ("Production
	// of any good of heading 2710 as the result of …").
	Process
)

// String names the kind.
func (k BranchKind) String() string {
	switch k {
	case Change:
		return "change"
	case NoChange:
		return "no-change"
	case Process:
		return "process"
	}
	return "unknown"
}

// Target is the goods a branch applies to: the provisions, narrowed by a
// description when the branch covers only some goods of them.
type Target struct {
	// Desc describes the goods ("mounted brake linings"); empty for every
	// good of the provisions. Join is the word that links it to the
	// provisions ("of", or "within"); After is text after the provisions.
	Desc  string `json:"desc"`
	Join  string `json:"join"`
	Refs  Refs   `json:"refs"`
	After string `json:"after"`
	// Other is true for "any other good of …": the goods of the provisions
	// that no sibling branch describes.
	Other bool `json:"other"`
	// Except are provisions carved out ("except for a good of subheading
	// 2916.32").
	Except Refs `json:"except"`
}

// Qualified reports whether the branch covers only some goods of its
// provisions, which a determination must ask about.
func (t Target) Qualified() bool { return t.Desc != "" || t.After != "" || t.Other }

// Description is the target in words, as printed.
func (t Target) Description() string {
	var b strings.Builder
	switch {
	case t.Other:
		b.WriteString("any other good of ")
	case t.Desc != "":
		b.WriteString(joinPhrase(t.Desc, t.Join))
	}
	b.WriteString(t.Refs.String())
	b.WriteString(t.After)
	if len(t.Except) > 0 {
		b.WriteString(", except for a good of " + t.Except.String())
	}
	return b.String()
}

// joinPhrase writes a description and the word that links it to the
// provisions: "housings of ", "savory, crushed or ground, of ".
func joinPhrase(desc, join string) string {
	switch {
	case join == "":
		join = "of"
	case strings.HasPrefix(join, ","):
		return desc + join + " "
	}
	return desc + " " + join + " "
}
