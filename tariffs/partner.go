package tariffs

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/roo-trade/roo/internal/suggest"
	"github.com/roo-trade/roo/origin/hs"
)

// PartnerCurrencies are the currencies in which Canada's and Mexico's
// schedules print specific rates.
var PartnerCurrencies = map[string]string{"CA": "CAD", "MX": "MXN"}

// partnerColumns maps accepted header names (lower-case) to the canonical
// column of the partner layout.
var partnerColumns = map[string]string{
	"code": "code", "tariff_item": "code", "tariff item": "code", "hs_code": "code", "fraccion": "code", "fracción": "code",
	"description": "description", "descripcion": "description", "descripción": "description",
	"unit": "unit", "unidad": "unit", "uom": "unit",
	"mfn": "mfn", "mfn_rate": "mfn", "general": "mfn",
	"usmca": "usmca", "usmca_rate": "usmca", "cusma": "usmca", "cusma_rate": "usmca", "tmec": "usmca", "t-mec": "usmca",
}

// partnerHeaders lists the accepted header names, for did-you-mean.
func partnerHeaders() []string {
	out := make([]string, 0, len(partnerColumns))
	for k := range partnerColumns {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ReadPartnerCSV reads Canada's or Mexico's tariff schedule from a CSV file
// in roo's documented layout (roo ships neither schedule). Lines starting
// with # are comments. The header names the columns, in any order:
//
//	code         the tariff item: 8 digits (CA tariff item, MX fracción),
//	             or 10 (statistical suffix, NICO); dots optional. Required.
//	mfn          the MFN rate, in roo's rate grammar: Free, 6.5%, 2.5¢/kg,
//	             $1.20/kg + 5% (specific amounts in the country's currency:
//	             CAD for CA, MXN for MX). Required.
//	usmca        the rate for USMCA (CUSMA, T-MEC) originating goods. Required
//	             (write Free where it is duty-free).
//	description  optional.
//	unit         optional; the unit of quantity (kg, No., liters, …).
//
// Aliases are accepted for the headers (tariff_item, fraccion; mfn_rate,
// general; cusma, tmec; descripcion; unidad). Rows may come in any order;
// a code may appear once.
func ReadPartnerCSV(r io.Reader, country, name string) (*Schedule, error) {
	cur, ok := PartnerCurrencies[country]
	if !ok {
		return nil, fmt.Errorf("%s: partner schedules are for CA or MX, not %q", name, country)
	}
	cr := csv.NewReader(r)
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: reading the header: %w", name, err)
	}
	col := map[string]int{}
	named := map[int]bool{}
	headLine, _ := cr.FieldPos(0)
	for i, h := range head {
		key := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if key == "" {
			continue // a trailing comma; a value under it is refused row by row
		}
		c, ok := partnerColumns[key]
		if !ok {
			return nil, fmt.Errorf("%s: line %d, column %d: the header names %q, which is not a column of a partner schedule%s; the columns are code, mfn, usmca, description, unit (or their aliases)",
				name, headLine, i+1, strings.TrimSpace(h), suggest.Phrase(key, partnerHeaders()))
		}
		if j, dup := col[c]; dup {
			return nil, fmt.Errorf("%s: line %d: columns %d and %d both give the %s column; name each column once", name, headLine, j+1, i+1, c)
		}
		col[c] = i
		named[i] = true
	}
	for _, want := range []string{"code", "mfn", "usmca"} {
		if _, ok := col[want]; !ok {
			return nil, fmt.Errorf("%s: no %q column; the header must name code, mfn and usmca (and optionally description, unit)", name, want)
		}
	}
	seen := map[string]int{}
	var recs []Record
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		line, _ := cr.FieldPos(0)
		for i, cell := range row {
			if v := strings.TrimSpace(cell); v != "" && !named[i] {
				return nil, fmt.Errorf("%s: line %d: column %d holds %q, but the header names no column there; add its name to the header or remove the value", name, line, i+1, v)
			}
		}
		get := func(c string) string {
			if i, ok := col[c]; ok && i < len(row) {
				return strings.TrimSpace(row[i])
			}
			return ""
		}
		code, err := hs.Parse(get("code"), 8, 10)
		if err != nil {
			return nil, fmt.Errorf("%s: line %d: %w", name, line, err)
		}
		if prev, dup := seen[string(code)]; dup {
			return nil, fmt.Errorf("%s: line %d: code %s already given on line %d", name, line, code, prev)
		}
		seen[string(code)] = line
		mfn, usmca := get("mfn"), get("usmca")
		for _, rt := range []struct{ col, text string }{{"mfn", mfn}, {"usmca", usmca}} {
			if rt.text == "" {
				return nil, fmt.Errorf("%s: line %d: the %s rate is empty (write Free for duty-free)", name, line, rt.col)
			}
		}
		rec := Record{Code: string(code), General: mfn, USMCA: ProgramUSMCA + ":" + usmca, Description: get("description")}
		if u := get("unit"); u != "" {
			rec.Units = []string{u}
		}
		recs = append(recs, rec)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("%s: no tariff lines", name)
	}
	sort.Slice(recs, func(a, b int) bool { return recs[a].Code < recs[b].Code })
	return FromRecords(Header{Country: country, Currency: cur, Source: name}, recs)
}
