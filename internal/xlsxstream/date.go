package xlsxstream

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

// DateOf is the date and time of a serial number stored in a date cell.
// In the 1900 system day 1 is 1900-01-01 and Excel counts the 29th of
// February 1900 that never was (serial 60), so days from 61 on are one
// more than the days since 1899-12-31; in the 1904 system day 0 is
// 1904-01-01 (ECMA-376 Part 1, §18.17.4.1).
func DateOf(v string, date1904 bool) (time.Time, error) {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f < 0 || f > 2958465 {
		return time.Time{}, fmt.Errorf("%q is not a date serial number", v)
	}
	days := math.Floor(f)
	ms := math.Round((f - days) * 86400000)
	var base time.Time
	switch {
	case date1904:
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case days >= 61:
		base = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)
	default:
		base = time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	return base.AddDate(0, 0, int(days)).Add(time.Duration(ms) * time.Millisecond), nil
}
