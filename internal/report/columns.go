package report

import (
	"strconv"
	"strings"

	"github.com/roo-trade/roo/origin"
)

// This file holds the accessors that the flat formats (CSV, the XLSX
// Summary sheet) share, so that both read a good the same way.

// rvcBy returns the good's RVC under method m, or nil when it was not
// computed (no transaction value or net cost given, or an error).
func rvcBy(g Good, m origin.Method) *RVC {
	for i := range g.RVC {
		if g.RVC[i].Method == m {
			return &g.RVC[i]
		}
	}
	return nil
}

// rvcField picks one field of the RVC under a method; "" when absent.
func rvcField(g Good, m origin.Method, field func(RVC) *string) string {
	r := rvcBy(g, m)
	if r == nil {
		return ""
	}
	return deref(field(*r), "")
}

func rvcValue(r RVC) *string     { return &r.Value }
func rvcThreshold(r RVC) *string { return r.Threshold }
func rvcMargin(r RVC) *string    { return r.Margin }
func rvcHeadroom(r RVC) *string  { return r.Headroom }

// exposureField picks one field of the good's exposure; "" when the good
// has none or could not be priced.
func exposureField(g Good, field func(Exposure) string) string {
	if g.Exposure == nil || !g.Exposure.Available {
		return ""
	}
	return field(*g.Exposure)
}

// exposureAmount picks one optional amount of the good's exposure.
func exposureAmount(g Good, field func(Exposure) *string) string {
	return exposureField(g, func(e Exposure) string { return deref(field(e), "") })
}

// priced says whether the good's duty could be priced.
func priced(g Good) bool { return g.Exposure != nil && g.Exposure.Available }

// dutyNote is the first note on the good's exposure: why it could not be
// priced, or what is incomplete about the figure.
func dutyNote(g Good) string {
	if g.Exposure == nil || len(g.Exposure.Notes) == 0 {
		return ""
	}
	return g.Exposure.Notes[0]
}

// firstReason is the first reason given for the verdict.
func firstReason(g Good) string {
	if len(g.Reasons) == 0 {
		return ""
	}
	return g.Reasons[0]
}

// goodCurrency is the currency of the good's amounts: the workbook's, else
// the currency its duty was priced in.
func goodCurrency(g Good) string {
	if g.Currency != "" {
		return g.Currency
	}
	if g.Exposure != nil {
		return g.Exposure.Currency
	}
	return ""
}

// joined lists texts on one line, separated by "; ".
func joined(s []string) string { return strings.Join(s, "; ") }

func itoa(n int) string { return strconv.Itoa(n) }

// automotiveScope says how the automotive appendix (UR Part 6) saw the
// good: a vehicle of a class ("vehicle: light-truck"), a part in one of
// its tables for a use ("Table B for passenger-vehicle"), or "" when the
// appendix did not apply.
func automotiveScope(g Good) string {
	a := g.Automotive
	switch {
	case a == nil:
		return ""
	case a.Vehicle:
		return "vehicle: " + deref(a.Class, "class not settled")
	case a.Table != nil:
		return *a.Table + " for " + deref(a.Use, "a vehicle")
	}
	return "part for " + deref(a.Use, "a vehicle") + ", in no table"
}

// vehicleRequirements are the outcomes of a vehicle's further
// requirements beside its RVC: the Table A.2 parts (UR §14), labour value
// content (§18), steel and aluminum purchases (§17). "" for other goods.
func vehicleRequirements(g Good) string {
	a := g.Automotive
	if a == nil || !a.Vehicle {
		return ""
	}
	var out []string
	if a.CoreParts != nil {
		out = append(out, "core parts "+a.CoreParts.Outcome)
	}
	if a.LVC != nil {
		out = append(out, "labour value content "+a.LVC.Outcome)
	}
	if a.Steel != nil {
		out = append(out, "steel "+a.Steel.Outcome)
	}
	if a.Aluminum != nil {
		out = append(out, "aluminum "+a.Aluminum.Outcome)
	}
	return strings.Join(out, "; ")
}
