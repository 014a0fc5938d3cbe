package workbook

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// The columns for content by country and metal content (Section 232 bases):
// the producer's own US value added on the Goods sheet, and a line's steel,
// aluminum and copper content on the BOM. See origin.Content and
// origin.MetalContent for how roo counts them.
var contentColumns = map[Col]column{
	ColUSValueAdded: {name: "US value added", side: sideGoods,
		aliases: []string{"US value added", "U.S. value added", "US content value added", "Valor agregado en EE. UU.", "Valor agregado en EUA", "Valeur ajoutée aux États-Unis"},
		help:    "The producer's own value added in the United States per unit (its US processing, labour and overhead), for US content under the Section 232 procedures; purchased US lines count by their Country of origin."},
	ColSteelContent: {name: "Steel content", side: sideBOM,
		aliases: []string{"Steel content", "Steel value", "Contenido de acero", "Teneur en acier", "Valeur de l'acier"},
		help:    "Value of the steel in this line, for a line outside chapters 72–73 (those count whole); overrides the chapter rule when given."},
	ColAluminumContent: {name: "Aluminum content", side: sideBOM,
		aliases: []string{"Aluminum content", "Aluminium content", "Aluminum value", "Contenido de aluminio", "Teneur en aluminium"},
		help:    "Value of the aluminum in this line, for a line outside chapter 76 (which counts whole); overrides the chapter rule when given."},
	ColCopperContent: {name: "Copper content", side: sideBOM,
		aliases: []string{"Copper content", "Copper value", "Contenido de cobre", "Teneur en cuivre"},
		help:    "Value of the copper in this line, for a line outside chapter 74 (which counts whole); overrides the chapter rule when given."},
}

// checkMetalContent refuses a declared metal content larger than the line.
func checkMetalContent(r *rowCtx, m *origin.Material) {
	for _, cv := range []struct {
		c Col
		v decimal.NullDecimal
	}{{ColSteelContent, m.SteelContent}, {ColAluminumContent, m.AluminumContent}, {ColCopperContent, m.CopperContent}} {
		c, v := cv.c, cv.v
		if v.Valid && v.Decimal.GreaterThan(m.Value) {
			r.add(c, cellErr(fmt.Sprintf("%s %s exceeds the line's value %s", columns[c].name, v.Decimal, m.Value), "at most the line's value", "give the value of the metal in one good's quantity of this line"))
		}
	}
}

// contentCols are the content columns of the Goods and BOM sheets, in the
// order they are written after the others.
var contentCols = map[Col][]Col{
	ColGoodWeight: {ColUSValueAdded, ColRVCMethod, ColFormerCode},
	ColSupplierNC: {ColSteelContent, ColAluminumContent, ColCopperContent, ColInventoryMethod, ColOriginatingShare, ColInventoryPeriod, ColMaterialFormerCode},
}

// withContentCols adds the content columns to a sheet's columns: always in
// the template, and in a sample only when one of its rows gives them (so
// workbooks written before them are written the same).
func withContentCols(cols []Col, rows []Row, guide bool) []Col {
	out := append([]Col(nil), cols...)
	for _, c := range cols {
		for _, extra := range contentCols[c] {
			used := guide
			for _, r := range rows {
				if _, ok := r[extra]; ok {
					used = true
					break
				}
			}
			if used {
				out = append(out, extra)
			}
		}
	}
	return out
}
