package report

import (
	"fmt"
	"sort"
)

// supplierRow is one row of the supplier view in a sheet or CSV: a
// supplier's figures in one currency. A supplier dealing in several
// currencies has a row for each; one without any amount has one row with
// no currency.
type supplierRow struct {
	rank     int
	e        *SupplierEntry
	currency string
}

// supplierRows lays the view out in rows, in its order.
func supplierRows(v *SupplierView) []supplierRow {
	var rows []supplierRow
	for i := range v.Suppliers {
		e := &v.Suppliers[i]
		curs := map[string]bool{}
		for _, m := range []map[string]string{e.NonOriginatingValue, e.IfLapsed.DutyPerUnit, e.IfLapsed.DutyPerYear} {
			for c := range m {
				curs[c] = true
			}
		}
		if e.Campaign != nil {
			for c := range e.Campaign.DutyPerYear {
				curs[c] = true
			}
		}
		list := make([]string, 0, len(curs))
		for c := range curs {
			list = append(list, c)
		}
		sort.Strings(list)
		if len(list) == 0 {
			list = []string{""}
		}
		for _, c := range list {
			rows = append(rows, supplierRow{rank: i + 1, e: e, currency: c})
		}
	}
	return rows
}

// supplierColumn is one column of the supplier view's sheet and CSV.
type supplierColumn struct {
	header, csvName string
	width           int
	kind            cellKind
	value           func(supplierRow) string
}

// supplierColumns are the columns of the Suppliers sheet and of
// roo qualify --by supplier --format csv.
var supplierColumns = []supplierColumn{
	{"Rank", "rank", 6, cellCount, func(r supplierRow) string { return itoa(r.rank) }},
	{"Supplier", "supplier", 28, cellText, func(r supplierRow) string { return r.e.Supplier }},
	{"Currency", "currency", 10, cellText, func(r supplierRow) string { return r.currency }},
	{"Goods", "goods_count", 8, cellCount, func(r supplierRow) string { return itoa(r.e.GoodsCount) }},
	{"Goods supplied", "goods", 30, cellText, func(r supplierRow) string { return listed(r.e.Goods, r.e.GoodsCount) }},
	{"Non-originating / unit", "non_originating_value", 22, cellMoney, func(r supplierRow) string { return r.e.NonOriginatingValue[r.currency] }},
	{"Certifications", "certifications", 50, cellText, func(r supplierRow) string { return certList(r.e.Certifications) }},
	{"Expired", "expired", 9, cellCount, func(r supplierRow) string { return itoa(r.e.Expired) }},
	{"Lapsing", "lapsing", 9, cellCount, func(r supplierRow) string { return itoa(r.e.Lapsing) }},
	{"Next expiry", "next_expiry", 12, cellDate, func(r supplierRow) string { return nextExpiry(r.e.Certifications) }},
	{"Would stop qualifying if lapsed", "if_lapsed_goods", 32, cellText, func(r supplierRow) string { return listed(r.e.IfLapsed.Goods, r.e.IfLapsed.GoodsCount) }},
	{"At stake / unit", "at_stake_per_unit", 15, cellMoney, func(r supplierRow) string { return r.e.IfLapsed.DutyPerUnit[r.currency] }},
	{"At stake / year", "at_stake_per_year", 16, cellMoney, func(r supplierRow) string { return r.e.IfLapsed.DutyPerYear[r.currency] }},
	{"Certify to qualify", "campaign_parts", 24, cellText, func(r supplierRow) string {
		if r.e.Campaign == nil {
			return ""
		}
		return listed(r.e.Campaign.Parts, len(r.e.Campaign.Parts))
	}},
	{"Goods that would qualify", "campaign_goods", 26, cellText, func(r supplierRow) string {
		if r.e.Campaign == nil {
			return ""
		}
		return listed(r.e.Campaign.Goods, len(r.e.Campaign.Goods))
	}},
	{"Would save / year", "campaign_saves_per_year", 18, cellMoney, func(r supplierRow) string {
		if r.e.Campaign == nil {
			return ""
		}
		return r.e.Campaign.DutyPerYear[r.currency]
	}},
}

// supplierCSVHeader is the header row of the supplier CSV.
var supplierCSVHeader = func() []string {
	h := make([]string, len(supplierColumns))
	for i, c := range supplierColumns {
		h[i] = c.csvName
	}
	return h
}()

// csv is the row's CSV record: numbers as they are, text made safe.
func (r supplierRow) csv() []string {
	out := make([]string, len(supplierColumns))
	for i, c := range supplierColumns {
		out[i] = csvField(c.value(r), c.kind != cellText)
	}
	return out
}

// supplierSheetColumns are supplierColumns for the streamed XLSX sheet.
func supplierSheetColumns() []xlsxColumn[supplierRow] {
	out := make([]xlsxColumn[supplierRow], len(supplierColumns))
	for i, c := range supplierColumns {
		out[i] = xlsxColumn[supplierRow]{header: c.header, width: c.width, kind: c.kind, value: c.value}
	}
	return out
}

// certList words a supplier's certifications on one line: the first
// [MaxListed] of them, so that the text fits a spreadsheet cell.
func certList(cs []SupplierCertification) string {
	out := make([]string, 0, min(len(cs), MaxListed))
	for i, c := range cs {
		if i == MaxListed {
			out = append(out, fmt.Sprintf("and %s more", groupThousands(itoa(len(cs)-MaxListed))))
			break
		}
		s := certWords(c)
		if len(c.Parts) > 0 {
			s += " (" + partsListed(c) + ")"
		}
		out = append(out, s)
	}
	return joined(out)
}

// nextExpiry is the earliest expiry of the certifications not yet expired.
func nextExpiry(cs []SupplierCertification) string {
	next := ""
	for _, c := range cs {
		if (c.State == CertLapsing || c.State == CertInForce) && (next == "" || c.Until < next) {
			next = c.Until
		}
	}
	return next
}
