package origin

import (
	"slices"
	"testing"
)

// A good that could not be evaluated reads the same wherever it is met:
// status error, one reason, its input errors, and no as-of date, since it
// was determined as of none.
func TestNotEvaluated(t *testing.T) {
	tests := []struct {
		name string
		errs []string
	}{
		{"with the input errors", []string{"row 3: not a number", "row 4: no HTS code"}},
		{"without them", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Good{ID: "G"}
			res := NotEvaluated(g, tt.errs)
			if res.Status != StatusError || res.Good != g || !res.AsOf.IsZero() {
				t.Errorf("status %s as of %s, want error as of no date", res.Status, res.AsOf)
			}
			if !slices.Equal(res.Reasons, []string{NotEvaluatedReason}) || !slices.Equal(res.Errors, tt.errs) {
				t.Errorf("reasons %q errors %q", res.Reasons, res.Errors)
			}
		})
	}
}
