package parse

import (
	"encoding/json"
	"fmt"

	"github.com/roo-trade/roo/origin/rules"
)

// shape is the structure a rule's text determines. Assumptions and flags
// are left out: rendering mends the misprints they record.
type shape struct {
	Number       string
	Period       rules.Period
	PeriodStated bool
	Trade        rules.Trade
	TradeStated  bool
	Lead         *rules.LeadIn
	Applies      rules.Refs
	Branches     []rules.Branch
	Status       rules.Status
}

func shapeOf(r *rules.Rule) string {
	b, err := json.Marshal(shape{r.Number, r.Period, r.PeriodStated, r.Trade, r.TradeStated, r.Lead, r.Applies, r.Branches, r.Status})
	if err != nil {
		return "unmarshalable: " + err.Error()
	}
	return string(b)
}

// verify renders a parsed rule and reads the rendering back. The structure
// must come back the same; if it does not, the grammar could read the text
// two ways, and the rule fails rather than keep one reading silently.
func verify(rec Record, r *rules.Rule) error {
	again := rec
	again.Text = rules.Render(r)
	p := &parser{rec: again}
	text := p.normalise(again.Text)
	if !isRuleText(text) {
		return fmt.Errorf("roo's rendering of the rule reads as a note: %q", abbreviate(again.Text))
	}
	second := p.rule(text)
	if second.Status == rules.Failed {
		return fmt.Errorf("roo's rendering of the rule does not parse (%s): %q", second.Failure, abbreviate(again.Text))
	}
	if shapeOf(r) != shapeOf(second) {
		return fmt.Errorf("roo's rendering of the rule reads back as a different structure: %q", abbreviate(again.Text))
	}
	return nil
}
