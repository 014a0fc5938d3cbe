package report

import "github.com/roo-trade/roo/origin"

// Summary counts the goods of a run by status.
type Summary struct {
	Goods          int `json:"goods"`
	Qualifies      int `json:"qualifies"`
	DoesNotQualify int `json:"does_not_qualify"`
	NeedsReview    int `json:"needs_review"`
	Errors         int `json:"errors"`
	// Exposure totals the duty figures by currency.
	Exposure []Portfolio `json:"exposure"`
	// Campaign ranks the suppliers whose certifications would make goods
	// qualify.
	Campaign []CampaignEntry `json:"campaign"`
	// Scenario lists the goods a --scenario run flips; null without one.
	Scenario *ScenarioSummary `json:"scenario"`
	// Selection says which goods were shown when --good, --status or
	// --sort chose them; null when every good is shown in input order.
	// The counts above always cover the whole input.
	Selection *Selected `json:"selection"`
	// Suppliers is the supplier view, present only when it was asked for
	// (--by supplier, or an XLSX report).
	Suppliers *SupplierView `json:"suppliers,omitempty"`
}

// Add counts one good.
func (s *Summary) Add(st origin.Status) {
	s.Goods++
	switch st {
	case origin.Qualifies:
		s.Qualifies++
	case origin.DoesNotQualify:
		s.DoesNotQualify++
	case origin.NeedsReview:
		s.NeedsReview++
	default:
		s.Errors++
	}
}

// File describes one input file of a run.
type File struct {
	Name     string    `json:"name"`
	Layout   string    `json:"layout"`
	Goods    int       `json:"goods"`
	Problems []Problem `json:"problems"`
}
