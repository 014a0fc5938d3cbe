package workbook

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// The columns for inputs the law needs that a bill of materials does not
// otherwise carry.
var lawColumns = map[Col]column{
	ColInventoryMethod: {name: "Inventory method", side: sideBOM,
		aliases: []string{"Inventory method", "Inventory management method", "Fungible method", "Método de manejo de inventarios", "Método de inventario", "Méthode de gestion des stocks", "Méthode d'inventaire"},
		help:    "For a line drawn from an inventory of commingled originating and non-originating fungible materials: specific identification, FIFO, LIFO or average (UR §8(18)-(22), Schedule VIII). Give the Originating share and the Inventory period with it; leave Origin status empty."},
	ColOriginatingShare: {name: "Originating share", side: sideBOM,
		aliases: []string{"Originating share", "Originating share (%)", "Originating percentage", "Porcentaje originario", "Proporción originaria", "Part originaire", "Pourcentage originaire"},
		help:    "The percentage (0 to 100) of this fungible line that is originating by the inventory method: 60 or 60%."},
	ColInventoryPeriod: {name: "Inventory period", side: sideBOM,
		aliases: []string{"Inventory period", "Averaging period", "Período de inventario", "Periodo de inventario", "Période d'inventaire"},
		help:    "The period the inventory method covers (one method, and for the average method one averaging period, per fiscal year: UR §8(19)), e.g. 2026-01-01 to 2026-03-31."},
	ColFormerCode: {name: "Former code", side: sideGoods,
		aliases:     []string{"Former code", "Former HS code", "HS 2017 code", "HS 2012 code", "Previous HS code", "Old HS code", "Fracción anterior", "Código SA anterior", "Código SA 2017", "Ancien code SH", "Code SH 2017", "Ancien numéro tarifaire"},
		flatAliases: []string{"Good former code", "Good HS 2017 code", "Product former code", "Fracción anterior del producto", "Ancien code SH du produit"},
		help:        "The good's subheading in the older HS edition a rule cites (HS 2017 or HS 2012), when roo asks for it: it settles a rule reached only through a partial correspondence between editions."},
	ColMaterialFormerCode: {name: "Former code", side: sideBOM,
		aliases: []string{"Former code", "Former HS code", "HS 2017 code", "HS 2012 code", "Previous HS code", "Old HS code", "Fracción anterior", "Código SA anterior", "Código SA 2017", "Ancien code SH", "Code SH 2017", "Ancien numéro tarifaire"},
		help:    "The material's code in the older HS edition a rule cites (HS 2017 or HS 2012, up to the tariff item the rule names), when its tariff-shift test cannot be decided from its current code: a partial correspondence between editions."},
	ColRVCMethod: {name: "RVC method", side: sideGoods,
		aliases: []string{"RVC method", "RVC calculation method", "Method", "Regional value content method", "Método de VCR", "Método VCR", "Método de cálculo del VCR", "Méthode de TVR", "Méthode TVR", "Méthode de calcul de la TVR"},
		help:    "The method the producer computes the regional value content by: either (default: roo tries both), net cost, or transaction value (UR §7(1)). A rule without a transaction value method is taken by net cost whatever is chosen (UR §7(6)); choose net cost when the good has no acceptable transaction value (not sold, or a related-party price)."},
}

// rvcMethods are the words the RVC method column accepts, normalised: the
// drop-down's, their abbreviations, and the Spanish and French names of
// the methods (valor de transacción / costo neto; valeur transactionnelle /
// coût net).
var rvcMethods = map[string]origin.Method{
	"": "", "either": "", "both": "", "any": "", "cualquiera": "", "indistinto": "", "lun": "", "lunoulautre": "", "indifferent": "",
	"netcost": origin.NetCost, "nc": origin.NetCost, "costoneto": origin.NetCost, "costeneto": origin.NetCost, "coutnet": origin.NetCost,
	"transactionvalue": origin.TransactionValue, "tv": origin.TransactionValue, "valordetransaccion": origin.TransactionValue, "valeurtransactionnelle": origin.TransactionValue, "valeurdetransaction": origin.TransactionValue,
}

func parseRVCMethod(raw string) (origin.Method, *cellProblem) {
	if m, ok := rvcMethods[normalize(raw)]; ok {
		return m, nil
	}
	return "", cellErr(fmt.Sprintf("%q is not an RVC method", strings.TrimSpace(raw)), "either, net cost or transaction value", "the method the producer computes the regional value content by (UR §7(1))")
}

// inventoryMethods are the words the Inventory method column accepts,
// normalised: Schedule VIII's methods in English, and their Spanish and
// French names (PEPS/UEPS: primeras entradas primeras salidas / últimas
// entradas primeras salidas; PEPS/DEPS: premier entré premier sorti /
// dernier entré premier sorti).
var inventoryMethods = map[string]origin.InventoryMethod{
	"specificidentification": origin.SpecificIdentification, "identificacionespecifica": origin.SpecificIdentification, "identificationspecifique": origin.SpecificIdentification,
	"fifo": origin.FIFO, "firstinfirstout": origin.FIFO, "peps": origin.FIFO,
	"lifo": origin.LIFO, "lastinfirstout": origin.LIFO, "ueps": origin.LIFO, "deps": origin.LIFO,
	"average": origin.AverageMethod, "averagemethod": origin.AverageMethod, "promedio": origin.AverageMethod, "moyenne": origin.AverageMethod,
}

func parseInventoryMethod(raw string) (origin.InventoryMethod, *cellProblem) {
	if m, ok := inventoryMethods[normalize(raw)]; ok {
		return m, nil
	}
	return "", cellErr(fmt.Sprintf("%q is not an inventory method", strings.TrimSpace(raw)), "specific identification, FIFO, LIFO or average", "the Schedule VIII method by which the producer decides the origin of fungible materials")
}

// parseShare reads a percentage from 0 to 100 ("60" or "60%") as a share
// from 0 to 1. A value above 0 and at most 1 is refused as ambiguous: a
// cell formatted as a percentage stores 60% as 0.6.
func parseShare(raw string) (decimal.Decimal, *cellProblem) {
	s := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(raw), "%"))
	v, p := parseNumber(s)
	if p != nil {
		return v, p
	}
	switch {
	case v.IsNegative() || v.GreaterThan(decimal.NewFromInt(100)):
		return v, cellErr(fmt.Sprintf("%s is not a percentage from 0 to 100", s), "a percentage from 0 to 100 (60 for 60%)", "")
	case v.IsPositive() && v.LessThanOrEqual(decimal.NewFromInt(1)) && !strings.HasSuffix(strings.TrimSpace(raw), "%"):
		return v, cellErr(fmt.Sprintf("%s is ambiguous: it may be %s%% or, from a cell formatted as a percentage, %s%%", s, s, v.Mul(decimal.NewFromInt(100)).String()), "a percentage from 0 to 100, typed as 60 or 60%", "type the percentage as a whole number or with a % sign")
	}
	return v.Div(decimal.NewFromInt(100)), nil
}

// fungibleFromRow reads a line's inventory method, originating share and
// period. All three go together, and the share takes the place of the
// line's origin status, which must then be empty or non-originating.
func fungibleFromRow(r *rowCtx, m *origin.Material) {
	_, hasMethod := r.cell(ColInventoryMethod)
	shareRaw, hasShare := r.cell(ColOriginatingShare)
	period := r.text(ColInventoryPeriod)
	if !hasMethod && !hasShare && period == "" {
		return
	}
	method := parseEnum(r, ColInventoryMethod, parseInventoryMethod, "")
	switch {
	case !hasMethod:
		r.add(ColInventoryMethod, cellErr("an originating share or inventory period is given without an inventory method", "specific identification, FIFO, LIFO or average", "give the method by which the share was found (Schedule VIII)"))
		return
	case !hasShare:
		r.add(ColOriginatingShare, cellErr("an inventory method is given without the originating share it finds", "a percentage from 0 to 100", "give the share of this line that is originating by that method"))
		return
	case period == "":
		r.add(ColInventoryPeriod, cellErr("an inventory method is given without its period", "the period the method covers, e.g. 2026-01-01 to 2026-03-31", "one method, and for the average method one averaging period, per fiscal year (UR §8(19))"))
		return
	}
	if method == "" {
		return
	}
	if m.Kind.IsProduced() || m.Kind == origin.KindIndirect || m.Kind == origin.KindPacking {
		r.add(ColInventoryMethod, cellErr(fmt.Sprintf("an inventory method is given for a line of kind %s", m.Kind), "an inventory method only on a purchased material drawn from a commingled inventory", "remove it, or give the line's kind as material (UR §8(18)-(22) apply to materials taken from an inventory)"))
		return
	}
	share, p := parseShare(shareRaw)
	if p != nil {
		r.add(ColOriginatingShare, p)
		return
	}
	if _, given := r.cell(ColOriginStatus); given && m.Origin != origin.NonOriginating && m.Origin != origin.UnknownOrigin {
		r.add(ColOriginStatus, cellErr(fmt.Sprintf("a fungible line is %s, but its origin is decided by its originating share", m.Origin), "empty or non-originating", "leave Origin status empty: the Originating share says how much of the line is originating"))
		return
	}
	m.Origin = origin.NonOriginating
	m.Fungible = &origin.Fungible{Method: method, Period: period, OriginatingShare: share}
}
