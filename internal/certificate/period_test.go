package certificate

import "testing"

func TestBlanketPeriodLimit(t *testing.T) {
	tests := []struct {
		from, to string
		ok       bool
	}{
		{"2026-01-01", "2026-12-31", true},
		{"2026-01-01", "2027-01-01", false}, // 12 months and a day
		{"2026-03-31", "2027-03-30", true},
		{"2026-03-31", "2027-03-31", false},
		{"2024-02-29", "2025-02-28", true}, // from a leap day
		{"2024-02-29", "2025-03-01", false},
		{"2026-07-15", "2026-07-15", true},
		{"2026-07-15", "2026-07-14", false}, // ends before it starts
	}
	for _, tt := range tests {
		msg, fix := periodProblem(day(tt.from), day(tt.to))
		if (msg == "") != tt.ok {
			t.Errorf("%s to %s: problem %q, want ok=%v", tt.from, tt.to, msg, tt.ok)
		}
		if msg != "" && fix == "" {
			t.Errorf("%s to %s: no fix", tt.from, tt.to)
		}
	}
}
