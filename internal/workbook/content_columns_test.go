package workbook

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin"
)

// TestReadContentColumns: the Goods sheet's US value added and the BOM's
// metal content columns are read, in English and Spanish; a declared metal
// content above the line's value is an error naming the cell.
func TestReadContentColumns(t *testing.T) {
	path := writeXLSX(t, "content.xlsx",
		sheet{"Goods", [][]any{
			{"Good ID", "HTS code", "Producer country", "Transaction value", "US value added"},
			{"G", "8704.31", "MX", 1000, 120},
		}},
		sheet{"BOM", [][]any{
			{"Good ID", "Part number", "HTS code", "Origin status", "Country of origin", "Value", "Contenido de acero", "Copper content"},
			{"G", "BRKT", "8708.29", "originating", "MX", 200, 150, nil},
			{"G", "HARN", "8544.30", "non-originating", "CN", 80, nil, 30},
			{"G", "BAD", "8708.99", "originating", "US", 10, 11, nil},
		}},
	)
	wb := readOne(t, path, Options{})
	if len(wb.Goods) != 1 {
		t.Fatalf("goods %v", wb.Goods)
	}
	g := wb.Goods[0].Good
	if !g.USValueAdded.Valid || g.USValueAdded.Decimal.String() != "120" {
		t.Errorf("US value added = %v", g.USValueAdded)
	}
	ms := g.Materials
	if !ms[0].SteelContent.Valid || ms[0].SteelContent.Decimal.String() != "150" || !ms[1].CopperContent.Valid || ms[1].CopperContent.Decimal.String() != "30" {
		t.Errorf("metal content %+v / %+v", ms[0], ms[1])
	}
	var msgs []string
	for _, p := range wb.Goods[0].Problems {
		msgs = append(msgs, p.Line())
	}
	if len(msgs) != 1 || !strings.Contains(msgs[0], "Steel content 11 exceeds the line's value 10") {
		t.Errorf("problems = %q, want the steel content of BAD", msgs)
	}
	// Steel: BRKT declares 150 of its 200; BAD declares 11 (refused above,
	// but read): 161. Copper: HARN declares 30 of its 80.
	if mc := origin.MetalOf(g); !mc.Steel.Equal(ms[0].SteelContent.Decimal.Add(ms[2].SteelContent.Decimal)) || mc.Copper.String() != "30" {
		t.Errorf("metal content %s steel, %s copper", mc.Steel, mc.Copper)
	}
}
