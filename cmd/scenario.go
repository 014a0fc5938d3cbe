package cmd

import (
	"fmt"
	"os"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/scenario"
	"github.com/roo-trade/roo/origin"
)

// scenarioHelp says what a --scenario file holds, for flag help and hints.
const scenarioHelp = "a CSV with columns change (rvc-set, rvc-raise or us-content-floor), hts_prefix, value, from, label; see 'roo qualify --help'"

// loadScenario reads the --scenario file; nil when none is given.
func loadScenario(path string) (*scenario.Scenario, error) {
	if path == "" {
		return nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, withHint(fmt.Errorf("cannot read --scenario: %w", err), "give the path of your scenario CSV file")
	}
	defer f.Close()
	sc, err := scenario.Read(f, displayName(path))
	if err != nil {
		return nil, withHint(err, "the scenario file is "+scenarioHelp)
	}
	return sc, nil
}

// applyScenario applies the scenario, when there is one, to a result of the
// law in force, and says how to report it; nil without a scenario.
func applyScenario(sc *scenario.Scenario, res *origin.Result) *report.Scenario {
	if sc == nil {
		return nil
	}
	return report.ScenarioOf(sc.Apply(res))
}
