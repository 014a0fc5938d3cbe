package tariffs

import (
	"testing"

	"github.com/shopspring/decimal"
)

// FuzzParseRate checks that ParseRate never panics, that a computable rate
// has terms (or is Free), and that its duty on a value never fails for a
// reason other than a missing figure.
func FuzzParseRate(f *testing.F) {
	for _, s := range []string{"Free", "4.4%", "33 1/3%", "$1.035/kg + 6.8%", "36¢ each + 5.6% + 2¢/jewel", "See 9823.07.01-9823.07.07", "3.7¢/kg on drained weight", "+", "%", "¢/kg"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := ParseRate(s)
		if r.Kind == AdValorem || r.Kind == Specific || r.Kind == Compound {
			if len(r.Terms) == 0 {
				t.Fatalf("%q: %v with no terms", s, r.Kind)
			}
			d, err := r.Duty(decimal.NewFromInt(100), Quantity{Value: decimal.NewFromInt(3), Unit: "kg"})
			if err != nil && d.Complete {
				t.Fatalf("%q: complete duty with error %v", s, err)
			}
		}
	})
}
