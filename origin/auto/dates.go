package auto

import (
	"time"

	"github.com/roo-trade/roo/origin/rules"
)

// addYears is the day n years after d (February 29 rolls to March 1).
func addYears(d rules.Date, n int) rules.Date {
	t, err := time.Parse(time.DateOnly, string(d))
	if err != nil {
		return d
	}
	return rules.DateOf(t.AddDate(n, 0, 0))
}
