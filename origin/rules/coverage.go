package rules

import (
	"fmt"

	"github.com/shopspring/decimal"
)

// Coverage reports how much of GN 11(o) the rule base holds as structure.
type Coverage struct {
	// Chapters counts the records of each chapter key.
	Chapters []ChapterCoverage `json:"chapters"`
	// Total counts every record.
	Total Counts `json:"total"`
	// Missing lists the HS chapters 01–97 with no record in the data.
	Missing []string `json:"missing"`
	// Failures lists every failed record with its reason.
	Failures []Problem `json:"failures"`
	// Flags lists every contradiction or data doubt found in parsed records.
	Flags []Problem `json:"flags"`
	// Assumptions counts the assumptions the parser made to read the print.
	Assumptions int `json:"assumptions"`
}

// Counts counts records by status.
type Counts struct {
	Records        int `json:"records"`
	Complete       int `json:"complete"`
	WithConditions int `json:"with_conditions"`
	Failed         int `json:"failed"`
}

// ChapterCoverage is the count for one chapter key.
type ChapterCoverage struct {
	Chapter string `json:"chapter"`
	Counts
}

// Problem is a failure or flag of one record.
type Problem struct {
	ID       ID     `json:"id"`
	Citation string `json:"citation"`
	Reason   string `json:"reason"`
}

// ParsedPercent is the share of records parsed into structure (complete or
// with conditions), in percent, rounded to two places.
func (c Counts) ParsedPercent() decimal.Decimal {
	if c.Records == 0 {
		return decimal.Zero
	}
	parsed := decimal.NewFromInt(int64(c.Complete + c.WithConditions))
	return parsed.Mul(decimal.NewFromInt(100)).DivRound(decimal.NewFromInt(int64(c.Records)), 2)
}

func (c *Counts) add(s Status) {
	c.Records++
	switch s {
	case Complete:
		c.Complete++
	case WithConditions:
		c.WithConditions++
	case Failed:
		c.Failed++
	}
}

// count adds one record to the chapter's and the total counts, with its
// failure and flags.
func (cov *Coverage) count(cc *ChapterCoverage, m *Meta, citation string) {
	cc.add(m.Status)
	cov.Total.add(m.Status)
	cov.Assumptions += len(m.Assumptions)
	if m.Status == Failed {
		cov.Failures = append(cov.Failures, Problem{ID: m.ID, Citation: citation, Reason: m.Failure})
	}
	for _, f := range m.Flags {
		cov.Flags = append(cov.Flags, Problem{ID: m.ID, Citation: citation, Reason: f})
	}
}

// Coverage counts every record of the base by status and lists every
// failure and flag.
func (b *Base) Coverage() (Coverage, error) {
	chs, err := b.All()
	if err != nil {
		return Coverage{}, err
	}
	var cov Coverage
	have := map[string]bool{}
	for _, ch := range chs {
		have[ch.Key] = true
		cc := ChapterCoverage{Chapter: ch.Key}
		for _, r := range ch.Rules {
			cov.count(&cc, &r.Meta, r.Citation())
		}
		for _, n := range ch.Notes {
			cov.count(&cc, &n.Meta, n.Citation())
		}
		cov.Chapters = append(cov.Chapters, cc)
	}
	for c := 1; c <= 97; c++ {
		if key := fmt.Sprintf("%02d", c); !have[key] {
			cov.Missing = append(cov.Missing, key)
		}
	}
	return cov, nil
}
