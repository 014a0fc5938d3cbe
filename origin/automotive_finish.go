package origin

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/rules"
)

// phaseInNote starts the note the rule base carries on the automotive rules
// ("the RVC thresholds are the final ones the text states; … roo does not
// apply that phase-in here"): once the appendix is applied it is no longer
// true, and the provisions applied say what was done instead.
const phaseInNote = "rule data: the RVC thresholds are the final ones the text states"

// autoRegimeNote ends the note criterion B adds for a chapter rule that
// points motor-vehicle goods to GN 11(k), the automotive provisions: once
// the appendix is applied, it too is no longer true.
const autoRegimeNote = ": the automotive provisions of GN 11(k) may apply to this good for use in a motor vehicle; roo does not apply them yet"

// criterionDThresholds are criterion D's thresholds as a rule's would be:
// both methods (UR §3(4)).
var criterionDThresholds = rules.Resolved{TV: decimal.NewNullDecimal(criterionDTV), NC: decimal.NewNullDecimal(criterionDNC)}

// autoFinish records what the appendix did on the result.
func (d *determination) autoFinish() {
	a := d.auto
	if a == nil {
		return
	}
	d.res.Automotive = a.res
	if a.broken != "" {
		return
	}
	notes := d.res.RuleNotes[:0]
	for _, n := range d.res.RuleNotes {
		if !strings.HasPrefix(n, phaseInNote) && !strings.HasSuffix(n, autoRegimeNote) {
			notes = append(notes, n)
		}
	}
	d.res.RuleNotes = notes
}
