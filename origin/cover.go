package origin

import (
	"math/bits"
	"sort"

	"github.com/shopspring/decimal"
)

// Limits of the exact search for the cheapest cover: beyond them the search
// falls back on a heuristic, and says so.
const (
	coverMaxItems  = 500       // non-originating lines
	coverMaxStates = 8_000_000 // reachable sums, in the smallest unit of the values
	coverMaxPlaces = 4         // decimal places kept exactly
)

// minCover chooses, among values, a subset whose sum is at least target
// and as small as possible (a 0/1 knapsack). It is exact — a dynamic
// programme over the sums reachable in the values' smallest unit — when the
// values have at most four decimal places and the sums stay within bounds;
// otherwise it takes the smallest single value that covers the target, or
// else the largest values until it is covered, and reports exact false. ok
// is false when even all the values do not reach the target.
func minCover(values []decimal.Decimal, target decimal.Decimal) (chosen []int, exact, ok bool) {
	if !target.IsPositive() {
		return nil, true, true
	}
	total := decimal.Zero
	for _, v := range values {
		total = total.Add(v)
	}
	if total.LessThan(target) {
		return nil, true, false
	}
	if idx, good := coverExact(values, target); good {
		return idx, true, true
	}
	return coverGreedy(values, target), false, true
}

// coverExact runs the dynamic programme, or reports that it cannot.
func coverExact(values []decimal.Decimal, target decimal.Decimal) ([]int, bool) {
	if len(values) > coverMaxItems {
		return nil, false
	}
	places := int32(0)
	for _, v := range values {
		if p := -v.Exponent(); p > places {
			places = p
		}
	}
	if places > coverMaxPlaces {
		return nil, false
	}
	// Every sum of values is a multiple of 10^-places, so reaching the
	// target rounded up to that unit is the same as reaching the target.
	target = target.RoundCeil(places)
	scale := decimal.New(1, places)
	units := make([]int, len(values))
	maxUnit := 0
	for i, v := range values {
		u := v.Mul(scale)
		if !u.IsInteger() || u.GreaterThan(decimal.NewFromInt(coverMaxStates)) {
			return nil, false
		}
		units[i] = int(u.IntPart())
		if units[i] > maxUnit {
			maxUnit = units[i]
		}
	}
	tu := target.Mul(scale).Ceil()
	if tu.GreaterThan(decimal.NewFromInt(coverMaxStates)) {
		return nil, false
	}
	t := int(tu.IntPart())
	// The smallest sum at least t is below t + the largest value.
	limit := t + maxUnit
	if limit > coverMaxStates {
		return nil, false
	}
	words := limit/64 + 1
	reach := make([]uint64, words)
	reach[0] = 1
	from := make([]int32, limit+1) // the value that first reached each sum
	for i := range from {
		from[i] = -1
	}
	next := make([]uint64, words)
	for i, u := range units {
		if u == 0 {
			continue
		}
		shiftOr(next, reach, u)
		for w := range next {
			fresh := next[w] &^ reach[w]
			for fresh != 0 {
				b := bits.TrailingZeros64(fresh)
				fresh &= fresh - 1
				if s := w*64 + b; s <= limit {
					from[s] = int32(i)
				}
			}
			reach[w] |= next[w]
		}
	}
	best := -1
	for s := t; s <= limit; s++ {
		if reach[s/64]&(1<<(s%64)) != 0 {
			best = s
			break
		}
	}
	if best < 0 {
		return nil, false
	}
	var out []int
	for s := best; s > 0; {
		i := int(from[s])
		out = append(out, i)
		s -= units[i]
	}
	sort.Ints(out)
	return out, true
}

// shiftOr sets dst to src shifted left by n bits, within dst's length.
func shiftOr(dst, src []uint64, n int) {
	ws, bs := n/64, uint(n%64)
	for i := range dst {
		dst[i] = 0
	}
	for i := len(src) - 1; i >= 0; i-- {
		j := i + ws
		if j >= len(dst) {
			continue
		}
		dst[j] |= src[i] << bs
		if bs > 0 && j+1 < len(dst) {
			dst[j+1] |= src[i] >> (64 - bs)
		}
	}
}

// coverGreedy takes the smallest single value that covers the target, or
// else the largest values until it is covered.
func coverGreedy(values []decimal.Decimal, target decimal.Decimal) []int {
	order := make([]int, len(values))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return values[order[a]].LessThan(values[order[b]]) })
	for _, i := range order {
		if values[i].GreaterThanOrEqual(target) {
			return []int{i}
		}
	}
	var out []int
	sum := decimal.Zero
	for k := len(order) - 1; k >= 0 && sum.LessThan(target); k-- {
		out = append(out, order[k])
		sum = sum.Add(values[order[k]])
	}
	sort.Ints(out)
	return out
}
