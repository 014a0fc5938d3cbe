package origin

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

func TestMinCover(t *testing.T) {
	ds := func(ss ...string) []decimal.Decimal {
		out := make([]decimal.Decimal, len(ss))
		for i, s := range ss {
			out[i] = d(s)
		}
		return out
	}
	tests := []struct {
		values []decimal.Decimal
		target string
		sum    string
		ok     bool
	}{
		{ds("5", "3", "4"), "7", "7", true},    // 3+4, not 5+3
		{ds("10", "6", "6"), "12", "12", true}, // 6+6, not 10+6
		{ds("0.45", "0.35", "1.10"), "0.8", "0.80", true},
		{ds("1", "2"), "4", "", false}, // not reachable
		{ds("2.5", "2.5", "4.99"), "4.99", "4.99", true},
		{ds("9", "8", "7", "6"), "13", "13", true}, // 7+6
	}
	for _, tt := range tests {
		idx, exact, ok := minCover(tt.values, d(tt.target))
		if ok != tt.ok {
			t.Errorf("minCover(%v, %s) ok %v", tt.values, tt.target, ok)
			continue
		}
		if !ok {
			continue
		}
		sum := decimal.Zero
		for _, i := range idx {
			sum = sum.Add(tt.values[i])
		}
		if !exact || !sum.Equal(d(tt.sum)) {
			t.Errorf("minCover(%v, %s) = %v (sum %s, exact %v), want sum %s", tt.values, tt.target, idx, sum, exact, tt.sum)
		}
	}
}

// The exact search agrees with brute force on random small instances.
func TestMinCoverIsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		n := 1 + rng.IntN(10)
		values := make([]decimal.Decimal, n)
		total := int64(0)
		for i := range values {
			c := int64(1 + rng.IntN(5000))
			total += c
			values[i] = decimal.New(c, -2)
		}
		target := decimal.New(1+rng.Int64N(total), -2)
		best := int64(-1)
		for mask := 1; mask < 1<<n; mask++ {
			s := int64(0)
			for i := range n {
				if mask&(1<<i) != 0 {
					s += values[i].Shift(2).IntPart()
				}
			}
			if s >= target.Shift(2).IntPart() && (best < 0 || s < best) {
				best = s
			}
		}
		idx, exact, ok := minCover(values, target)
		sum := decimal.Zero
		for _, i := range idx {
			sum = sum.Add(values[i])
		}
		if !ok || !exact || !sum.Equal(decimal.New(best, -2)) {
			t.Fatalf("values %v target %s: got %s (exact %v ok %v), brute force %d cents", values, target, sum, exact, ok, best)
		}
	}
}
