package origin

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// TestFungibleMaterials: UR §8(18)–(22) and Schedule VIII let the producer
// decide the origin of fungible materials drawn from a commingled inventory
// by specific identification, FIFO, LIFO or the average method. A ring of
// 8482.99.05 worth 60, half of it originating by FIFO over the first
// quarter, adds 30 to the VNM: RVC (100 - 30) / 100 = 70% by net cost meets
// ch. 84 rule 246(B)'s 50%; counted whole it would be 40% (issue 17 item 11).
func TestFungibleMaterials(t *testing.T) {
	ring := func(f *Fungible) *Good {
		m := mat("RING", "8482.99.05", NonOriginating, "60")
		m.Fungible = f
		return good("8482.10.50", "", "100", m)
	}
	half := &Fungible{Method: FIFO, Period: "2026-01-01 to 2026-03-31", OriginatingShare: decimal.RequireFromString("0.5")}
	res := evaluate(t, ring(half))
	if res.Status != Qualifies || !res.VNM.Total.Equal(d("30")) {
		t.Fatalf("fungible ring, half originating: status %s, VNM %s; want qualifies, 30\n%s", res.Status, res.VNM.Total, strings.Join(res.Reasons, "\n"))
	}
	why := res.VNM.Lines[0].Why
	for _, want := range []string{"FIFO", "2026-01-01 to 2026-03-31", "50% is originating (30.00)", "Schedule VIII"} {
		if !strings.Contains(why, want) {
			t.Errorf("line explanation %q does not say %q", why, want)
		}
	}
	if res := evaluate(t, ring(nil)); res.Status == Qualifies || !res.VNM.Total.Equal(d("60")) {
		t.Errorf("the same ring without an inventory method: status %s, VNM %s; want not qualifying, 60", res.Status, res.VNM.Total)
	}
	all := &Fungible{Method: AverageMethod, Period: "2026-Q1", OriginatingShare: decimal.NewFromInt(1)}
	if res := evaluate(t, ring(all)); res.Status != Qualifies || res.Criterion != "C" {
		t.Errorf("wholly originating share: status %s criterion %s; want qualifies by C", res.Status, res.Criterion)
	}
}
