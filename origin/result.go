package origin

import (
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// Status is the verdict for one good.
type Status string

// Verdicts.
const (
	Qualifies      Status = "qualifies"
	DoesNotQualify Status = "does-not-qualify"
	// NeedsReview means the answer depends on something the input lacks or
	// the engine cannot decide; Reasons and MissingFacts say what.
	NeedsReview Status = "needs-review"
	// StatusError means the good's input is invalid; Errors say why.
	StatusError Status = "error"
)

// Result is the determination for one good.
type Result struct {
	Good   *Good
	AsOf   time.Time // the date the good was evaluated as of
	Status Status
	// Criterion is the origin criterion that conferred origin (A–D), when
	// the good qualifies.
	Criterion string
	// Rule cites the rule and branch applied ("GN 11(o) ch. 85 rule 7"),
	// when the good qualifies, or the rule the good was held to.
	Rule string
	// RuleLevel is the level of the provision through which the rule that
	// conferred origin reaches the good: hs.TariffItem for a tariff-item
	// rule (which takes precedence over the subheading rule), hs.Subheading
	// or coarser otherwise. It is zero when no product-specific rule of
	// GN 11(o) conferred origin (criteria A, C and D, sets, GN 11(n) notes).
	RuleLevel hs.Level
	// RuleText is the rule in plain language, rendered from its structure.
	RuleText string
	// Reasons explain the status, the most important first.
	Reasons []string
	// RVC holds the figures under each method the inputs allow, with the
	// thresholds of the branch applied (or of the branch nearest to passing).
	RVC []RVCFigure
	// VNM is the value of non-originating materials, line by line.
	VNM VNM
	// Branches are the rule's alternatives as tried, in order.
	Branches []BranchResult
	// DeMinimis are the de minimis figures of the branch applied, when it
	// needed them.
	DeMinimis *DeMinimis
	// Changes say what would change the answer: headroom for a good that
	// qualifies; the cheapest changes that would make a failing good
	// qualify; the facts that would settle a good that needs review.
	Changes     []Change
	Assumptions []Assumption
	// MissingFacts are the facts the workbook must give to settle a
	// needs-review result.
	MissingFacts []Fact
	// MissingInputs are other inputs that would settle it (the vehicle use,
	// the 8-digit tariff item, a material's HTS code, the net cost, …).
	MissingInputs []string
	// RuleNotes are doubts about the rule data used: what the parser had to
	// assume, contradictions flagged in the data, the data's own notes.
	RuleNotes []string
	// Errors are the input problems that stopped the evaluation.
	Errors []string
	// Automotive is what the automotive appendix made of the good; nil
	// when the good is neither a vehicle nor declared for a vehicle use.
	Automotive *Automotive
	// Content is the good's content by country, US content and metal
	// content; it never changes the verdict. Nil for a good in error.
	Content *Content
}

// RVCFigure is an RVC under one method, with the threshold it is held to when
// the applicable rule sets one.
type RVCFigure struct {
	RVC
	Threshold decimal.NullDecimal
}

// Outcome is the outcome of one test.
type Outcome string

// Outcomes.
const (
	Pass          Outcome = "pass"
	Fail          Outcome = "fail"
	Undetermined  Outcome = "undetermined"
	NotApplicable Outcome = "not-applicable" // a branch for other goods or uses
	Disregarded   Outcome = "disregarded"    // a material the test leaves out
)

// BranchResult is one alternative of the rule as tried for the good.
type BranchResult struct {
	Citation string
	Outcome  Outcome
	// Reasons say why, in the order the tests ran.
	Reasons []string
	// Requirements are what the branch asks, in plain words.
	Requirements []string
	Materials    []MaterialTest
	RVC          []RVCFigure
	// RVCWaived is true when all non-originating materials are within 10%
	// (UR §5(4)), so the RVC requirement need not be met.
	RVCWaived bool
	DeMinimis *DeMinimis
	Missing   []Fact
	// MissingInputs are inputs other than facts that would settle it.
	MissingInputs []string
	// level is the level of the rule's provision that matched the good.
	level hs.Level
	// failing are the materials that fail the change in tariff
	// classification and are not admitted under de minimis; shortfall is
	// how much non-originating value the RVC test is short by.
	failing   []*LineValue
	shortfall decimal.NullDecimal
	needsRVC  bool
	// noChange is true for a branch that requires no change in tariff
	// classification (a regional value content or a process alone).
	noChange bool
}

// MaterialTest is the tariff-shift test of one non-originating material.
type MaterialTest struct {
	Line    *LineValue
	Code    hs.Code
	Outcome Outcome
	Reason  string
	// DeMinimis is true when the material fails the change in tariff
	// classification but is admitted under de minimis.
	DeMinimis bool
	// Mapped is true when an HS-edition mapping decided the outcome.
	Mapped bool
	// facts would settle an undetermined outcome.
	facts []rules.Condition
}

// DeMinimis are the figures of a de minimis test.
type DeMinimis struct {
	// Rule is the provision applied: "UR §5(1)", "UR §5(4)", "UR §5(6)", …
	Rule string
	// Basis names what the share is of: "transaction value", "total cost",
	// "weight of the good", "weight of the component".
	Basis     string
	BasisSize decimal.Decimal
	// Amount is the value (or weight) of the materials tested against it.
	Amount decimal.Decimal
	// Percent is Amount as a share of BasisSize.
	Percent decimal.Decimal
	Limit   decimal.Decimal // the largest share allowed, in percent
	Met     bool
	// Unknown is true when the test could not be computed (a weight or a
	// value is missing): the outcome is then undetermined, not a failure.
	Unknown bool
	// Elastomeric is set for the textile weight test.
	Elastomeric *DeMinimis
	Why         string
}

// Change is one thing that would change the answer.
type Change struct {
	// Kind is "headroom", "re-source-or-certify" or "fact".
	Kind   string
	Branch string // the rule branch it concerns
	Text   string // one sentence for the analyst
	// Materials are the lines to re-source or certify.
	Materials []*LineValue
	// Value is the non-originating value involved.
	Value decimal.NullDecimal
}
