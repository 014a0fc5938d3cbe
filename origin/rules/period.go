package rules

import "time"

// Date is a calendar date written YYYY-MM-DD. Dates in that form compare
// correctly as strings. The zero value means "open" (no bound).
type Date string

// DateOf returns the calendar date of t.
func DateOf(t time.Time) Date { return Date(t.Format(time.DateOnly)) }

// Period is the time during which a rule or note is in force. Both ends are
// inclusive; an empty end is open.
type Period struct {
	From Date `json:"from"`
	To   Date `json:"to"`
}

// Contains reports whether the period includes day d.
func (p Period) Contains(d Date) bool {
	return (p.From == "" || p.From <= d) && (p.To == "" || d <= p.To)
}

// Overlaps reports whether the two periods share a day.
func (p Period) Overlaps(q Period) bool {
	return (p.To == "" || q.From == "" || q.From <= p.To) && (q.To == "" || p.From == "" || p.From <= q.To)
}

// String prints the period: "from 2020-07-01", "2020-07-01 to 2025-06-30".
func (p Period) String() string {
	switch {
	case p.From == "" && p.To == "":
		return "always"
	case p.To == "":
		return "from " + string(p.From)
	case p.From == "":
		return "until " + string(p.To)
	}
	return string(p.From) + " to " + string(p.To)
}
