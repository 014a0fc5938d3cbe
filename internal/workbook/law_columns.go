package workbook

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin"
)

// The columns for inputs the law needs that a bill of materials does not
// otherwise carry.
var lawColumns = map[Col]column{
	ColFormerCode: {name: "Former code", side: sideGoods,
		aliases: []string{"Former code", "Former HS code", "HS 2017 code", "HS 2012 code", "Previous HS code", "Old HS code", "Fracción anterior", "Código SA anterior", "Código SA 2017", "Ancien code SH", "Code SH 2017", "Ancien numéro tarifaire"},
		help:    "The good's subheading in the older HS edition a rule cites (HS 2017 or HS 2012), when roo asks for it: it settles a rule reached only through a partial correspondence between editions."},
	ColRVCMethod: {name: "RVC method", side: sideGoods,
		aliases: []string{"RVC method", "RVC calculation method", "Method", "Regional value content method", "Método de VCR", "Método VCR", "Método de cálculo del VCR", "Méthode de TVR", "Méthode TVR", "Méthode de calcul de la TVR"},
		help:    "The method the producer computes the regional value content by: either (default: roo tries both), net cost, or transaction value (UR §7(1)). A rule without a transaction value method is taken by net cost whatever is chosen (UR §7(6)); choose net cost when the good has no acceptable transaction value (not sold, or a related-party price)."},
}

// withLawColumns adds the law's input columns to the others.
func withLawColumns(cols [numCols]column) [numCols]column {
	for c, col := range lawColumns {
		cols[c] = col
	}
	return cols
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
