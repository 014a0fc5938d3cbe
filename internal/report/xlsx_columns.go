package report

import "github.com/roo-trade/roo/origin"

// xlsxColumn is one column of a streamed XLSX sheet: its header, width in
// characters, the kind of its cells, and how a row fills it.
type xlsxColumn[T any] struct {
	header string
	width  int
	kind   cellKind
	value  func(T) string
	indent func(T) int // optional: indents text by BOM depth
}

// materialRow, assumptionRow and problemRow are the rows of the detail
// sheets: one line of a good.
type (
	materialRow struct {
		g *Good
		m *Material
	}
	assumptionRow struct {
		g *Good
		a *Assumption
	}
	problemRow struct {
		file, goodID string
		p            *Problem
	}
)

// summaryColumns are the columns of the Summary sheet, one row per good.
// TV is the transaction-value method (UR §7(2)), NC the net-cost method
// (UR §7(3)).
var summaryColumns = []xlsxColumn[Good]{
	{header: "File", width: 30, value: func(g Good) string { return g.File }},
	{header: "Good ID", width: 16, value: func(g Good) string { return g.GoodID }},
	{header: "Description", width: 40, value: func(g Good) string { return g.Description }},
	{header: "HTS", width: 12, value: func(g Good) string { return g.HTS }},
	{header: "Producer", width: 10, value: func(g Good) string { return g.ProducerCountry }},
	{header: "Importer", width: 10, value: func(g Good) string { return g.ImportingCountry }},
	{header: "Status", width: 17, kind: cellStatus, value: func(g Good) string { return string(g.Status) }},
	{header: "Criterion", width: 10, value: func(g Good) string { return deref(g.Criterion, "") }},
	{header: "Rule", width: 28, value: func(g Good) string { return deref(g.Rule, "") }},
	{header: "RVC (TV)", width: 10, kind: cellPercent, value: func(g Good) string { return rvcField(g, origin.TransactionValue, rvcValue) }},
	{header: "Threshold (TV)", width: 15, kind: cellPercent, value: func(g Good) string { return rvcField(g, origin.TransactionValue, rvcThreshold) }},
	{header: "Margin (TV)", width: 13, kind: cellPoints, value: func(g Good) string { return rvcField(g, origin.TransactionValue, rvcMargin) }},
	{header: "Headroom (TV)", width: 15, kind: cellMoney, value: func(g Good) string { return rvcField(g, origin.TransactionValue, rvcHeadroom) }},
	{header: "RVC (NC)", width: 10, kind: cellPercent, value: func(g Good) string { return rvcField(g, origin.NetCost, rvcValue) }},
	{header: "Threshold (NC)", width: 15, kind: cellPercent, value: func(g Good) string { return rvcField(g, origin.NetCost, rvcThreshold) }},
	{header: "Margin (NC)", width: 13, kind: cellPoints, value: func(g Good) string { return rvcField(g, origin.NetCost, rvcMargin) }},
	{header: "Headroom (NC)", width: 15, kind: cellMoney, value: func(g Good) string { return rvcField(g, origin.NetCost, rvcHeadroom) }},
	{header: "Currency", width: 10, value: goodCurrency},
	{header: "VNM", width: 12, kind: cellMoney, value: func(g Good) string { return deref(g.VNM, "") }},
	{header: "Tariff line", width: 14, value: func(g Good) string { return exposureField(g, func(e Exposure) string { return e.Line }) }},
	{header: "MFN rate", width: 14, value: func(g Good) string { return exposureField(g, func(e Exposure) string { return e.MFNRate }) }},
	{header: "USMCA rate", width: 12, value: func(g Good) string { return exposureField(g, func(e Exposure) string { return e.USMCARate }) }},
	{header: "Customs value", width: 15, kind: cellMoney, value: func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.CustomsValue }) }},
	{header: "Duty / unit", width: 13, kind: cellMoney, value: func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.DutyPerUnit }) }},
	{header: "Duty / year", width: 15, kind: cellMoney, value: func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.DutyPerYear }) }},
	{header: "Saved / unit", width: 13, kind: cellMoney, value: func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.SavedPerUnit }) }},
	{header: "Saved / year", width: 15, kind: cellMoney, value: func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.SavedPerYear }) }},
	{header: "At stake / unit", width: 15, kind: cellMoney, value: func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.AtStakePerUnit }) }},
	{header: "At stake / year", width: 16, kind: cellMoney, value: func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.AtStakePerYear }) }},
	{header: "Assumptions", width: 13, kind: cellCount, value: func(g Good) string { return itoa(len(g.Assumptions)) }},
	{header: "Problems", width: 10, kind: cellCount, value: func(g Good) string { return itoa(len(g.Problems)) }},
	{header: "Missing facts", width: 30, value: func(g Good) string { return joined(factKeys(g.MissingFacts)) }},
	{header: "Automotive", width: 28, value: automotiveScope},
	{header: "Vehicle requirements", width: 40, value: vehicleRequirements},
	{header: "Why", width: 60, value: func(g Good) string { return joined(g.Reasons) }},
	{header: "Duty notes", width: 40, value: func(g Good) string {
		if g.Exposure == nil {
			return ""
		}
		return joined(g.Exposure.Notes)
	}},
	{header: "As of", width: 11, kind: cellDate, value: func(g Good) string { return g.AsOf }},
	{header: "US content", width: 13, kind: cellMoney, value: func(g Good) string { return contentField(g, func(c Content) string { return c.USContent }) }},
	{header: "Non-US content", width: 15, kind: cellMoney, value: func(g Good) string {
		return contentField(g, func(c Content) string { return deref(c.NonUSContent, "") })
	}},
	{header: "Overlay duty / unit", width: 18, kind: cellMoney, value: overlayDuty},
	{header: "Scenario (not law)", width: 20, value: scenarioName},
	{header: "Law status", width: 17, value: lawStatus},
}

// materialColumns are the columns of the Materials sheet, one row per BOM
// line per good, the description indented by BOM depth.
var materialColumns = []xlsxColumn[materialRow]{
	{header: "File", width: 30, value: func(r materialRow) string { return r.g.File }},
	{header: "Good ID", width: 16, value: func(r materialRow) string { return r.g.GoodID }},
	{header: "Ref", width: 12, kind: cellRef, value: func(r materialRow) string { return r.m.Ref }},
	{header: "Depth", width: 7, kind: cellCount, value: func(r materialRow) string { return itoa(r.m.Depth) }},
	{header: "Part number", width: 16, value: func(r materialRow) string { return r.m.PartNumber }},
	{header: "Description", width: 40, value: func(r materialRow) string { return r.m.Description }, indent: func(r materialRow) int { return r.m.Depth }},
	{header: "HTS", width: 12, value: func(r materialRow) string { return r.m.HTS }},
	{header: "Origin status", width: 16, value: func(r materialRow) string { return r.m.OriginStatus }},
	{header: "Country", width: 9, value: func(r materialRow) string { return r.m.Country }},
	{header: "Kind", width: 14, value: func(r materialRow) string { return string(r.m.Kind) }},
	{header: "Supplier", width: 24, value: func(r materialRow) string { return r.m.Supplier }},
	{header: "Currency", width: 10, value: func(r materialRow) string { return goodCurrency(*r.g) }},
	{header: "Value", width: 12, kind: cellMoney, value: func(r materialRow) string { return r.m.Value }},
	{header: "Counted in VNM", width: 16, kind: cellMoney, value: func(r materialRow) string { return r.m.Counted }},
	{header: "Non-originating", width: 16, value: func(r materialRow) string { return yesNo(r.m.NonOriginating) }},
	{header: "Treatment", width: 20, value: func(r materialRow) string { return string(r.m.Treatment) }},
	{header: "Why", width: 60, value: func(r materialRow) string { return r.m.Why }},
	{header: "Tariff shift", width: 14, value: func(r materialRow) string { return r.m.ShiftOutcome }},
	{header: "De minimis", width: 11, value: func(r materialRow) string {
		if r.m.ShiftOutcome == "" {
			return ""
		}
		return yesNo(r.m.DeMinimis)
	}},
	{header: "Tariff-shift reason", width: 60, value: func(r materialRow) string { return r.m.ShiftReason }},
}

// assumptionColumns are the columns of the Assumptions sheet.
var assumptionColumns = []xlsxColumn[assumptionRow]{
	{header: "File", width: 30, value: func(r assumptionRow) string { return r.g.File }},
	{header: "Good ID", width: 16, value: func(r assumptionRow) string { return r.g.GoodID }},
	{header: "Code", width: 30, value: func(r assumptionRow) string { return string(r.a.Code) }},
	{header: "Ref", width: 12, value: func(r assumptionRow) string { return r.a.Ref }},
	{header: "Part number", width: 16, value: func(r assumptionRow) string { return r.a.Part }},
	{header: "Assumption", width: 100, value: func(r assumptionRow) string { return r.a.Message }},
}

// problemColumns are the columns of the Problems sheet: the problems of
// each good, then those of whole files (with no good ID).
var problemColumns = []xlsxColumn[problemRow]{
	{header: "File", width: 30, value: func(r problemRow) string { return r.file }},
	{header: "Good ID", width: 16, value: func(r problemRow) string { return r.goodID }},
	{header: "Severity", width: 10, value: func(r problemRow) string { return string(r.p.Severity) }},
	{header: "Sheet", width: 12, value: func(r problemRow) string { return r.p.Sheet }},
	{header: "Row", width: 8, kind: cellCount, value: func(r problemRow) string { return positive(r.p.Row) }},
	{header: "Column", width: 8, value: func(r problemRow) string { return r.p.Column }},
	{header: "Header", width: 18, value: func(r problemRow) string { return r.p.Header }},
	{header: "Problem", width: 60, value: func(r problemRow) string { return r.p.Message }},
	{header: "Expected", width: 30, value: func(r problemRow) string { return r.p.Expected }},
	{header: "Hint", width: 60, value: func(r problemRow) string { return r.p.Hint }},
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// positive is n as text, or "" (a blank cell) when n is not positive.
func positive(n int) string {
	if n <= 0 {
		return ""
	}
	return itoa(n)
}

// rowCells fills buf with the cells of one row.
func rowCells[T any](s *xlsxStyles, cols []xlsxColumn[T], v T, buf []xcell) ([]xcell, error) {
	buf = buf[:0]
	for _, c := range cols {
		indent := 0
		if c.indent != nil {
			indent = c.indent(v)
		}
		cell, err := s.streamCell(c.kind, c.value(v), indent)
		if err != nil {
			return nil, err
		}
		buf = append(buf, cell)
	}
	return buf, nil
}

// sheetLayout is what a streamed sheet needs to know of its columns.
func sheetLayout[T any](cols []xlsxColumn[T]) layout {
	var l layout
	for _, c := range cols {
		l.headers = append(l.headers, c.header)
		l.widths = append(l.widths, c.width)
		l.numeric = append(l.numeric, c.kind.numeric())
	}
	return l
}

// withFile returns cols without the leading File column when single.
func withFile[T any](cols []xlsxColumn[T], single bool) []xlsxColumn[T] {
	if single && len(cols) > 0 && cols[0].header == "File" {
		return cols[1:]
	}
	return cols
}

// layout describes the columns of a streamed sheet: headers, widths in
// characters, and which hold numbers (their headers align right).
type layout struct {
	headers []string
	widths  []int
	numeric []bool
}

// factKeys lists the keys of facts, as a "Fact: KEY" column names them.
func factKeys(fs []Fact) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Key
	}
	return out
}
