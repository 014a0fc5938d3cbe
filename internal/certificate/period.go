package certificate

import (
	"fmt"
	"time"
)

// maxBlanketMonths is the longest blanket period: a certification may cover
// multiple shipments of identical goods "for a specified period of up to 12
// months" (Annex 5-A element 8; Article 5.5).
const maxBlanketMonths = 12

// lastBlanketDay is the last day a blanket period starting on from may
// cover: 12 calendar months, both ends included, so 2026-01-01 may run to
// 2026-12-31 and 2026-03-31 to 2027-03-30.
func lastBlanketDay(from time.Time) time.Time {
	return from.AddDate(0, maxBlanketMonths, 0).AddDate(0, 0, -1)
}

// periodProblem says why a blanket period is not allowed, "" when it is.
func periodProblem(from, to time.Time) (msg, fix string) {
	f, t := from.Format(time.DateOnly), to.Format(time.DateOnly)
	if to.Before(from) {
		return fmt.Sprintf("the blanket period ends on %s, before it starts on %s", t, f),
			"give a last day on or after the first (both days are included)"
	}
	if last := lastBlanketDay(from); to.After(last) {
		return fmt.Sprintf("the blanket period from %s to %s is longer than %d months", f, t, maxBlanketMonths),
			fmt.Sprintf("end it on %s at the latest (a blanket period covers up to %d months, Annex 5-A element 8), or split it over two certifications", last.Format(time.DateOnly), maxBlanketMonths)
	}
	return "", ""
}
