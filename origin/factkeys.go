package origin

import (
	"strings"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/rules"
)

// FactKeys lists every fact key a determination can ask a workbook about:
// the engine's own (criteria A and D, sets, unassembled goods, the goods of
// General Note 11(p)), those of
// every rule and note of the rule base (the goods and materials a rule
// describes, its named conditions and processes), and those of the
// automotive appendix. A workbook that answers a key outside the list
// answers no question roo asks, so the reader can name it: a misspelt key
// would otherwise leave the question open while the analyst thinks it
// answered. Keys are as rules.FactKey writes them.
func FactKeys(base *rules.Base) (map[string]bool, error) {
	out := map[string]bool{}
	for k := range factQuestions {
		out[k] = true
	}
	for _, it := range itGoods {
		if it.fact != nil {
			out[it.fact.Key] = true
		}
	}
	chapters, err := base.All()
	if err != nil {
		return nil, err
	}
	for _, ch := range chapters {
		for _, r := range ch.Rules {
			for i := range r.Branches {
				b := &r.Branches[i]
				for _, c := range r.Facts(b) {
					out[c.Key] = true
				}
				if b.Kind == rules.Process {
					out[rules.FactKey("process", b.Process)] = true
				}
				for _, d := range b.Shift.From {
					out[rules.FactKey("material-not", d.Desc+" "+d.After)] = true
				}
			}
		}
		for _, n := range ch.Notes {
			for _, c := range n.Conditions {
				out[c.Key] = true
			}
		}
	}
	if t, err := auto.Default(); err == nil {
		for i := range t.Entries {
			e := &t.Entries[i]
			for _, k := range []string{e.Fact, e.Complement} {
				if k != "" {
					out[k] = true
				}
			}
		}
	}
	out[auto.FactHeavyTruckChassis.Key] = true
	out[auto.FactOtherVehicle20_2.Key] = true
	return out, nil
}

// IsFormerCodeFact reports whether key is one of the automotive appendix's
// questions about a good's HS 2012 subheading ("hs2012-870829"), which
// are made from the codes themselves rather than listed.
func IsFormerCodeFact(key string) bool { return strings.HasPrefix(key, "hs2012-") }
