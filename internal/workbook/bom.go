package workbook

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// bomColumns are the columns whose presence on a flat row means the row
// carries a material line, not only its good.
var bomColumns = []Col{ColPartNumber, ColDescription, ColHTS, ColOriginStatus, ColQuantity, ColUnitCost, ColValue, ColKind}

// hasLine reports whether a flat row carries a BOM line.
func hasLine(r *rowCtx) bool {
	for _, c := range bomColumns {
		if pos := r.s.hdr.pos[c]; pos >= 0 && pos < len(r.row) && r.row[pos] != "" {
			return true
		}
	}
	return false
}

// lineFromRow reads the material columns of a BOM or flat row.
func lineFromRow(r *rowCtx) origin.BOMLine {
	m := &origin.Material{
		PartNumber:  r.text(ColPartNumber),
		Description: r.text(ColDescription),
		HTS:         r.code(ColHTS),
		FormerCode:  r.code(ColMaterialFormerCode),
		Country:     parseEnum(r, ColCountry, parseCountry, ""),
		Kind:        parseEnum(r, ColKind, parseKind, origin.KindMaterial),
		Origin:      parseEnum(r, ColOriginStatus, parseOrigin, origin.UnknownOrigin),
		Quantity:    r.number(ColQuantity, nonNegative),
		UnitCost:    r.number(ColUnitCost, nonNegative),
		Currency:    parseEnum(r, ColCurrency, parseCurrency, ""),
		Supplier:    r.text(ColSupplier),

		Certification:  r.text(ColCertification),
		CertifiedUntil: r.date(ColCertifiedUntil),
		ExchangeRate:   r.number(ColExchangeRate, positive),
		Weight:         r.number(ColWeight, nonNegative),
		Elastomeric:    r.number(ColElastomeric, nonNegative),
		SupplierVNM:    r.number(ColSupplierVNM, nonNegative),
		SupplierNC:     r.number(ColSupplierNC, nonNegative),

		SteelContent:    r.number(ColSteelContent, nonNegative),
		AluminumContent: r.number(ColAluminumContent, nonNegative),
		CopperContent:   r.number(ColCopperContent, nonNegative),
		Ref:             r.ref(),
	}
	m.Value = lineValue(r, m)
	checkMetalContent(r, m)
	fungibleFromRow(r, m)
	r.checkCode(ColHTS, m.HTS, m.Origin != origin.Originating)
	if m.HTS == "" && m.Origin == origin.NonOriginating && (m.Kind == origin.KindMaterial || m.Kind == origin.KindIntermediate) {
		if _, given := r.cell(ColHTS); !given {
			r.add(ColHTS, cellErr("a non-originating material has no HTS code", "the material's classification, 6 to 10 digits", "the tariff-shift test needs the code of every non-originating material"))
		}
	}
	if m.Weight.Valid && m.Elastomeric.Valid && m.Elastomeric.Decimal.GreaterThan(m.Weight.Decimal) {
		r.add(ColElastomeric, cellErr(fmt.Sprintf("elastomeric weight %s exceeds the line's weight %s", m.Elastomeric.Decimal, m.Weight.Decimal), "at most the line's weight", ""))
	}
	return origin.BOMLine{Material: m, Parent: r.text(ColParent)}
}

// lineValue is the line's Value, or Quantity × Unit cost.
func lineValue(r *rowCtx, m *origin.Material) decimal.Decimal {
	v := r.number(ColValue, nonNegative)
	ext := decimal.NullDecimal{}
	if m.Quantity.Valid && m.UnitCost.Valid {
		ext = decimal.NullDecimal{Decimal: m.Quantity.Decimal.Mul(m.UnitCost.Decimal), Valid: true}
	}
	switch {
	case v.Valid && ext.Valid && !v.Decimal.Equal(ext.Decimal):
		r.add(ColValue, &cellProblem{severity: SevWarning,
			message: fmt.Sprintf("Value %s differs from Quantity × Unit cost = %s; roo uses Value", v.Decimal, ext.Decimal),
			hint:    "leave Value empty to have it computed, or correct the quantity or unit cost"})
		return v.Decimal
	case v.Valid:
		return v.Decimal
	case ext.Valid:
		return ext.Decimal
	}
	if !r.hasErrors() {
		r.rowProblem(SevError, "the line has no value", "give Value, or Quantity and Unit cost")
	}
	return decimal.Zero
}
