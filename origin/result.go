package origin

import (
	"time"

	"github.com/shopspring/decimal"
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
	// Rule is the citation of the rule and branch applied, when there is one.
	Rule string
	// Reasons explain the status, the most important first.
	Reasons []string
	// RVC holds the figures under each method the inputs allow.
	RVC []RVCFigure
	// VNM is the value of non-originating materials, line by line.
	VNM         VNM
	Assumptions []Assumption
	// MissingFacts names the facts the workbook must give to settle a
	// needs-review result.
	MissingFacts []string
	// Errors are the input problems that stopped the evaluation.
	Errors []string
}

// RVCFigure is an RVC under one method, with the threshold it is held to when
// the applicable rule sets one.
type RVCFigure struct {
	RVC
	Threshold decimal.NullDecimal
}
