package report

import (
	"fmt"
	"io"
	"strings"
)

// scenarioMark is what the title line of a good adds under a scenario.
func scenarioMark(g Good) string {
	if g.Scenario == nil {
		return ""
	}
	return fmt.Sprintf("  [SCENARIO %s, not law; under the law in force: %s]", g.Scenario.Name, strings.ToUpper(strings.ReplaceAll(string(g.Scenario.LawStatus), "-", " ")))
}

// scenarioLines prints what each change of the scenario did to the good.
func scenarioLines(w io.Writer, g Good) {
	if g.Scenario == nil {
		return
	}
	for _, a := range g.Scenario.Applied {
		if len(g.Reasons) > 0 && strings.HasSuffix(g.Reasons[0], ": "+a) {
			continue // the first reason already says it
		}
		fmt.Fprintf(w, "  scenario: %s\n", a)
	}
}

// scenarioSummary prints the goods a scenario flips and what they would pay.
func scenarioSummary(w io.Writer, s *ScenarioSummary) {
	if s == nil {
		return
	}
	fmt.Fprintf(w, "SCENARIO %s (proposed changes, not law; these results cannot be certified): %d %s\n", s.Name, len(s.Flips), pl(len(s.Flips), "good flips", "goods flip"))
	for _, f := range s.Flips {
		duty := "duty not priced"
		if f.DutyPerUnit != nil {
			duty = "duty then at stake " + money(*f.DutyPerUnit, f.Currency) + " a unit"
			if f.DutyPerYear != nil {
				duty += ", " + money(*f.DutyPerYear, f.Currency) + " a year"
			}
		}
		fmt.Fprintf(w, "  %s (%s): %s → %s; %s\n", f.GoodID, f.File, f.LawStatus, f.Status, duty)
	}
}

// scenario explains the scenario a good was evaluated under, before the
// legal path of the law in force.
func (e *explainer) scenario(g Good) {
	s := g.Scenario
	if s == nil {
		return
	}
	e.section(fmt.Sprintf("SCENARIO %s: proposed changes, not law; this result cannot be certified", s.Name))
	e.line("   under the law in force: %s; under the scenario: %s", s.LawStatus, s.Status)
	for _, a := range s.Applied {
		e.line("   - %s", a)
	}
	if len(s.Applied) == 0 {
		e.line("   - no change of the scenario covers this good on its as-of date")
	}
	e.line("   the steps below are the law in force, with the scenario's verdict")
}

func scenarioName(g Good) string {
	if g.Scenario == nil {
		return ""
	}
	return g.Scenario.Name
}

func lawStatus(g Good) string {
	if g.Scenario == nil {
		return ""
	}
	return string(g.Scenario.LawStatus)
}

// scenarioBanner marks the Portfolio sheet of a run under a scenario, with
// the goods it flips.
func scenarioBanner(g *grid, row int, s *ScenarioSummary, style int) {
	if s == nil {
		return
	}
	var ids []string
	for _, f := range s.Flips {
		ids = append(ids, f.GoodID)
	}
	text := fmt.Sprintf("SCENARIO %s: proposed changes, not law; these results cannot be certified. %d %s", s.Name, len(s.Flips), pl(len(s.Flips), "good flips", "goods flip"))
	if len(ids) > 0 {
		text += ": " + strings.Join(ids, ", ")
	}
	g.text(1, row, text, style)
}
