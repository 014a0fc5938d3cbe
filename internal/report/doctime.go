package report

import (
	"os"
	"strconv"
	"time"
)

// DocumentTime is the creation time written into a report's or a
// certification's metadata, so that the same input and as-of date give the
// same bytes: SOURCE_DATE_EPOCH when set (the reproducible-builds
// convention, seconds since 1970), else midnight UTC of the as-of date,
// else of today.
func DocumentTime(asOf, now time.Time) time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
			return time.Unix(n, 0).UTC()
		}
	}
	d := asOf
	if d.IsZero() {
		d = now
	}
	d = d.UTC()
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}
