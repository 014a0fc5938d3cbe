package origin

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// TestAccumulationSupplierNetCost: UR §9(2)(a) — with a supplier's
// statement giving both its VNM and its net cost, the material's VNM is the
// supplier's VNM and its net cost the supplier's net cost. In the bearing
// example of UR §9(8) the good's net cost is 2.75 and its RVC 72.7%, not
// 2.85 and 73.7% (issue 17 item 3): the workbook's net cost, 2.85, carries
// the accumulated material at its price (1.00), which includes the
// supplier's profit over its net cost (0.90); the VNM is the supplier's
// 0.75. RVC = (2.75 - 0.75) / 2.75 = 72.72...%.
func TestAccumulationSupplierNetCost(t *testing.T) {
	races := mat("RACES", "8482.99.15", NonOriginating, "1.00")
	races.SupplierVNM, races.SupplierNC = nd("0.75"), nd("0.90")
	g := good("8482.10.50", "", "2.85", races, mat("CAGE", "8482.99.35", Originating, "0.40"))
	res := evaluate(t, g)
	var nc *RVCFigure
	for i := range res.RVC {
		if res.RVC[i].Method == NetCost {
			nc = &res.RVC[i]
		}
	}
	if nc == nil {
		t.Fatalf("no net cost figure: %+v", res.RVC)
	}
	if nc.Base.String() != "2.75" || nc.VNM.String() != "0.75" || nc.Display() != "72.7" {
		t.Errorf("net cost %s, VNM %s, RVC %s%%; want 2.75, 0.75, 72.7%% (UR §9(8))", nc.Base, nc.VNM, nc.Display())
	}
	var said bool
	for _, a := range res.Assumptions {
		said = said || strings.Contains(a.Message, "supplier's net cost 0.9")
	}
	if !said {
		t.Errorf("the result does not say the supplier's net cost replaced the material's value: %+v", res.Assumptions)
	}

	// Without the supplier's net cost the material stays at its value
	// (UR §9(2)(a) needs both figures): 73.7% on 2.85.
	races.SupplierNC = decimal.NullDecimal{}
	res = evaluate(t, good("8482.10.50", "", "2.85", races))
	for _, f := range res.RVC {
		if f.Method == NetCost && (f.Base.String() != "2.85" || f.Display() != "73.7") {
			t.Errorf("without a supplier net cost: base %s, RVC %s; want 2.85, 73.7", f.Base, f.Display())
		}
	}
}
