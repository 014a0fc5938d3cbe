package workbook

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin"
)

// TestReadRVCMethod: the Goods sheet's RVC method column (UR §7(1): the
// producer's choice) is read in English, Spanish and French; a word it does
// not know is an error naming the cell and the accepted words, never a
// silent "either" (issue 17 item 9).
func TestReadRVCMethod(t *testing.T) {
	path := writeXLSX(t, "method.xlsx",
		sheet{"Goods", [][]any{
			{"Good ID", "HTS code", "Producer country", "Net cost", "RVC method"},
			{"A", "8482.10", "MX", 100, "net cost"},
			{"B", "8482.10", "MX", 100, "Valor de transacción"},
			{"C", "8482.10", "MX", 100, "Coût net"},
			{"D", "8482.10", "MX", 100, ""},
			{"E", "8482.10", "MX", 100, "yes"},
		}},
		sheet{"BOM", [][]any{
			{"Good ID", "Part number", "HTS code", "Origin status", "Value"},
			{"A", "R", "8482.99", "non-originating", 10},
			{"B", "R", "8482.99", "non-originating", 10},
			{"C", "R", "8482.99", "non-originating", 10},
			{"D", "R", "8482.99", "non-originating", 10},
			{"E", "R", "8482.99", "non-originating", 10},
		}},
	)
	wb := readOne(t, path, Options{})
	want := map[string]origin.Method{"A": origin.NetCost, "B": origin.TransactionValue, "C": origin.NetCost, "D": ""}
	for _, gp := range wb.Goods {
		g := gp.Good
		if w, ok := want[g.ID]; ok {
			if g.RVCMethod != w {
				t.Errorf("%s: RVC method %q, want %q", g.ID, g.RVCMethod, w)
			}
			if len(gp.Problems) != 0 {
				t.Errorf("%s: problems %v", g.ID, gp.Problems)
			}
			continue
		}
		var msgs []string
		for _, p := range gp.Problems {
			msgs = append(msgs, p.Line())
		}
		if len(msgs) != 1 || !strings.Contains(msgs[0], `"yes" is not an RVC method`) || !strings.Contains(msgs[0], "either, net cost or transaction value") {
			t.Errorf("E: problems %q, want the RVC method refused with the accepted words", msgs)
		}
	}
}

// TestReadFormerCode: the Goods sheet's former (HS 2017) code is read, so
// the question roo asks for a rule reached through a partial edition
// correlation can be answered; a malformed code is an error naming the cell
// (issue 17 item 10).
func TestReadFormerCode(t *testing.T) {
	path := writeXLSX(t, "former.xlsx",
		sheet{"Goods", [][]any{
			{"Good ID", "HTS code", "Producer country", "Net cost", "HS 2017 code"},
			{"A", "2404.19", "MX", 100, "2403.99"},
			{"B", "2404.19", "MX", 100, "24x3"},
		}},
		sheet{"BOM", [][]any{
			{"Good ID", "Part number", "HTS code", "Origin status", "Value"},
			{"A", "LEAF", "2401.10", "non-originating", 10},
			{"B", "LEAF", "2401.10", "non-originating", 10},
		}},
	)
	wb := readOne(t, path, Options{})
	for _, gp := range wb.Goods {
		switch gp.Good.ID {
		case "A":
			if gp.Good.FormerCode != "240399" || len(gp.Problems) != 0 {
				t.Errorf("A: former code %q, problems %v", gp.Good.FormerCode, gp.Problems)
			}
		case "B":
			if len(gp.Problems) == 0 {
				t.Errorf("B: a malformed former code was accepted as %q", gp.Good.FormerCode)
			}
		}
	}
}

// TestReadFungibleLines: a BOM line drawn from a commingled inventory gives
// its Schedule VIII method, originating share and period (UR §8(18)–(22));
// the three go together, the share is a percentage (0.6 is refused as
// ambiguous: a percentage-formatted cell stores 60% so), and the share
// replaces the origin status (issue 17 item 11).
func TestReadFungibleLines(t *testing.T) {
	path := writeXLSX(t, "fungible.xlsx",
		sheet{"Goods", [][]any{
			{"Good ID", "HTS code", "Producer country", "Net cost"},
			{"G", "8482.10", "MX", 100},
		}},
		sheet{"BOM", [][]any{
			{"Good ID", "Part number", "HTS code", "Origin status", "Value", "Inventory method", "Originating share", "Inventory period", "Kind"},
			{"G", "OK", "8482.99", nil, 60, "PEPS", "60%", "2026-Q1"},
			{"G", "AMBIG", "8482.99", nil, 1, "FIFO", 0.6, "2026-Q1"},
			{"G", "NOPERIOD", "8482.99", nil, 1, "average", 50, nil},
			{"G", "NOMETHOD", "8482.99", nil, 1, nil, 50, "2026-Q1"},
			{"G", "STATUS", "8482.99", "originating", 1, "LIFO", 50, "2026-Q1"},
			{"G", "BADMETHOD", "8482.99", nil, 1, "newest first", 50, "2026-Q1"},
			{"G", "MADE", "8482.99", nil, 1, "FIFO", 50, "2026-Q1", "self-produced"},
		}},
	)
	wb := readOne(t, path, Options{})
	g := wb.Goods[0]
	m := g.Good.Materials[0]
	if m.Fungible == nil || m.Fungible.Method != origin.FIFO || m.Fungible.Period != "2026-Q1" || m.Fungible.OriginatingShare.String() != "0.6" || m.Origin != origin.NonOriginating {
		t.Errorf("OK line: %+v (origin %s)", m.Fungible, m.Origin)
	}
	var msgs []string
	for _, p := range g.Problems {
		msgs = append(msgs, p.Line())
	}
	all := strings.Join(msgs, "\n")
	for _, want := range []string{"0.6 is ambiguous", "without its period", "without an inventory method", "decided by its originating share", `"newest first" is not an inventory method`, "inventory method is given for a line of kind self-produced"} {
		if !strings.Contains(all, want) {
			t.Errorf("problems do not say %q:\n%s", want, all)
		}
	}
}
