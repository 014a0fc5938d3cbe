package report

import (
	"errors"
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/tariffs"
)

// TariffSchemaVersion is the schema_version of roo tariff's JSON.
const TariffSchemaVersion = 1

// TariffFormats are the formats a [Tariff] prints in.
var TariffFormats = []string{"table", "json", "jsonl", "csv"}

// Print renders the line in a format of [TariffFormats]: "table" is the
// text for people; "json" is indented and "jsonl" on one line.
func (rep *Tariff) Print(w io.Writer, format string) error {
	switch format {
	case "json", "jsonl":
		return WriteJSON(w, rep, format == "json")
	case "csv":
		return rep.writeCSV(w)
	case "table":
		return rep.writeText(w)
	}
	return unsupported("a tariff line", format, TariffFormats)
}

// Tariff is one line of a tariff schedule with the duty at each rate:
// what roo tariff prints. Its JSON form is the value itself. Field order is
// stable; decimals are strings; absent values are null, never omitted.
type Tariff struct {
	SchemaVersion int                  `json:"schema_version"`
	Schedule      tariffScheduleJSON   `json:"schedule"`
	Code          string               `json:"code"`
	Item          string               `json:"item"`
	Description   string               `json:"description"`
	Path          []string             `json:"path"`
	Units         []string             `json:"units"`
	Footnotes     string               `json:"footnotes"`
	CustomsValue  *string              `json:"customs_value"`
	Quantities    []tariffQuantityJSON `json:"quantities"`
	Rates         []tariffRateJSON     `json:"rates"`
	Statistical   []tariffStatLineJSON `json:"statistical_lines"`
	Notes         []string             `json:"notes"`
	line          tariffs.Line         `json:"-"`
	duties        []*tariffs.Duty      `json:"-"`
	errs          []error              `json:"-"`
	header        tariffs.Header       `json:"-"`
	qtys          []tariffs.Quantity   `json:"-"`
}

type tariffScheduleJSON struct {
	Country  string `json:"country"`
	Revision string `json:"revision"`
	Source   string `json:"source"`
	Currency string `json:"currency"`
}

type tariffQuantityJSON struct {
	Value string `json:"value"`
	Unit  string `json:"unit"`
}

type tariffRateJSON struct {
	Column    string           `json:"column"`
	Program   string           `json:"program"`
	Text      string           `json:"text"`
	Kind      string           `json:"kind"`
	TextClass string           `json:"text_class"`
	Terms     []tariffTermJSON `json:"terms"`
	Duty      *tariffDutyJSON  `json:"duty"`
}

type tariffTermJSON struct {
	Text    string  `json:"text"`
	Percent *string `json:"percent"`
	Amount  *string `json:"amount"`
	Unit    string  `json:"unit"`
	Basis   string  `json:"basis"`
}

type tariffDutyJSON struct {
	Amount   *string  `json:"amount"` // null for a text rate
	Exact    *string  `json:"exact"`
	Complete bool     `json:"complete"`
	Missing  []string `json:"missing"`
	Error    string   `json:"error"`
}

type tariffStatLineJSON struct {
	Code        string   `json:"code"`
	Description string   `json:"description"`
	Units       []string `json:"units"`
}

// tariffColumnTitle is how the table names a column.
func tariffColumnTitle(col tariffs.Column, program string, country string) string {
	switch col {
	case tariffs.ColGeneral:
		return "General (MFN)"
	case tariffs.ColUSMCA:
		if program != "" && country == "US" {
			return "USMCA (" + program + ")"
		}
		return "USMCA"
	}
	return "Column 2"
}

// NewTariff reports a line of the schedule with header h; with a customs
// value, the duty at each rate on that value and the quantities.
func NewTariff(l tariffs.Line, h tariffs.Header, value *decimal.Decimal, qtys []tariffs.Quantity) *Tariff {
	rep := &Tariff{
		SchemaVersion: TariffSchemaVersion,
		Schedule:      tariffScheduleJSON{Country: h.Country, Revision: h.Revision, Source: h.Source, Currency: h.Currency},
		Code:          l.Code.String(),
		Item:          l.Item.String(),
		Description:   l.Description,
		Path:          nonNil(l.Path),
		Units:         unitStrings(l.Units),
		Footnotes:     l.Footnotes,
		Quantities:    []tariffQuantityJSON{},
		Rates:         []tariffRateJSON{},
		Statistical:   []tariffStatLineJSON{},
		Notes:         []string{},
		line:          l, header: h, qtys: qtys,
	}
	if value != nil {
		s := tariffs.Money(*value).StringFixed(2)
		rep.CustomsValue = &s
	}
	for _, q := range qtys {
		rep.Quantities = append(rep.Quantities, tariffQuantityJSON{Value: q.Value.String(), Unit: string(q.Unit)})
	}
	for _, col := range tariffs.Columns {
		r, prog := l.General, ""
		switch col {
		case tariffs.ColUSMCA:
			r, prog = l.USMCA, l.USMCAProgram
		case tariffs.ColColumn2:
			r = l.Column2
		}
		if col == tariffs.ColColumn2 && h.Country != "US" {
			continue
		}
		rj := tariffRateJSON{Column: string(col), Program: prog, Text: r.Text, Kind: r.Kind.String(), TextClass: string(r.TextClass), Terms: []tariffTermJSON{}}
		for _, t := range r.Terms {
			tj := tariffTermJSON{Text: t.Text, Unit: string(t.Unit), Basis: t.Basis}
			if t.IsAdValorem() {
				p := t.Percent.String()
				if t.PercentDen > 1 {
					p = fmt.Sprintf("%s/%d", p, t.PercentDen)
				}
				tj.Percent = &p
			} else {
				a := t.Amount.String()
				tj.Amount = &a
			}
			rj.Terms = append(rj.Terms, tj)
		}
		var d *tariffs.Duty
		var derr error
		if value != nil && r.Kind != tariffs.NoRate {
			dd, err := r.Duty(*value, qtys...)
			d, derr = &dd, err
			amount, exact := dd.Rounded().StringFixed(2), dd.Amount.String()
			dj := &tariffDutyJSON{Amount: &amount, Exact: &exact, Complete: dd.Complete, Missing: []string{}}
			for _, td := range dd.Terms {
				if !td.Computed {
					dj.Missing = append(dj.Missing, fmt.Sprintf("%s needs %s", td.Term.Text, td.Missing))
				}
			}
			if err != nil {
				dj.Error = err.Error()
				if errors.Is(err, tariffs.ErrTextRate) {
					dj.Amount, dj.Exact = nil, nil
				}
			}
			rj.Duty = dj
		}
		rep.duties, rep.errs = append(rep.duties, d), append(rep.errs, derr)
		rep.Rates = append(rep.Rates, rj)
	}
	for _, s := range l.Statistical {
		rep.Statistical = append(rep.Statistical, tariffStatLineJSON{Code: s.Code.String(), Description: s.Description, Units: unitStrings(s.Units)})
	}
	if l.USMCAProgram == tariffs.ProgramUSMCAPlus {
		rep.Notes = append(rep.Notes, "program S+: USMCA treats Canada and Mexico differently on this line (tariff-rate quota, staging or textile preference level); check which rate applies to the producer's country")
	}
	if l.USMCA.Kind == tariffs.NoRate && !l.General.IsFree() && l.General.Kind != tariffs.NoRate {
		rep.Notes = append(rep.Notes, "the line has no USMCA rate: a qualifying good pays the general rate")
	}
	for _, r := range rep.Rates {
		if r.Kind == tariffs.Text.String() {
			rep.Notes = append(rep.Notes, fmt.Sprintf("the %s rate is text (%s): roo shows it but does not price it", r.Column, r.TextClass))
		}
	}
	return rep
}

func unitStrings(us []tariffs.Unit) []string {
	out := []string{}
	for _, u := range us {
		out = append(out, string(u))
	}
	return out
}
