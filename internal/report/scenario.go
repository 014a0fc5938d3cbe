package report

import (
	"github.com/roo-trade/roo/internal/scenario"
	"github.com/roo-trade/roo/origin"
)

// Scenario marks a result evaluated under a scenario of proposed rule
// changes (roo qualify --scenario): not the law, never certifiable.
type Scenario struct {
	Name        string        `json:"name"`
	LawStatus   origin.Status `json:"law_status"` // the verdict under the law in force
	Status      origin.Status `json:"status"`     // the verdict under the scenario (also the good's status)
	Flipped     bool          `json:"flipped"`
	Applied     []string      `json:"applied"` // what each change that covered the good did
	Certifiable bool          `json:"certifiable"`
}

// ScenarioOf reports a scenario's outcome for one good.
func ScenarioOf(o scenario.Outcome) *Scenario {
	return &Scenario{Name: o.Scenario, LawStatus: o.LawStatus, Status: o.Status, Flipped: o.Flipped, Applied: nonNil(o.Applied)}
}

// ScenarioSummary lists, for a run under a scenario, the goods whose
// verdict it changes and the duty each would then pay.
type ScenarioSummary struct {
	Name  string `json:"name"`
	Flips []Flip `json:"flips"`
}

// Flip is one good whose verdict a scenario changes.
type Flip struct {
	File      string        `json:"file"`
	GoodID    string        `json:"good_id"`
	LawStatus origin.Status `json:"law_status"`
	Status    origin.Status `json:"status"`
	Currency  string        `json:"currency"`
	// DutyPerUnit and DutyPerYear are the duty at stake under the
	// scenario: what the good would pay if it does not qualify (null when
	// it could not be priced).
	DutyPerUnit *string `json:"duty_per_unit"`
	DutyPerYear *string `json:"duty_per_year"`
}

// AddScenario records a good evaluated under a scenario in the summary.
func (s *Summary) AddScenario(g Good) {
	if g.Scenario == nil {
		return
	}
	if s.Scenario == nil {
		s.Scenario = &ScenarioSummary{Name: g.Scenario.Name, Flips: []Flip{}}
	}
	if !g.Scenario.Flipped {
		return
	}
	f := Flip{File: g.File, GoodID: g.GoodID, LawStatus: g.Scenario.LawStatus, Status: g.Scenario.Status}
	if e := g.Exposure; e != nil && e.Available {
		f.Currency = e.Currency
		f.DutyPerUnit, f.DutyPerYear = e.DutyPerUnit, e.DutyPerYear
		if e.AtStakePerUnit != nil {
			f.DutyPerUnit, f.DutyPerYear = e.AtStakePerUnit, e.AtStakePerYear
		}
	}
	s.Scenario.Flips = append(s.Scenario.Flips, f)
}
