package report

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/roo-trade/roo/tariffs"
)

// writeText prints the line for people.
func (rep *Tariff) writeText(w io.Writer) error {
	l := rep.line
	fmt.Fprintf(w, "%s  %s\n", rep.Code, rep.Description)
	for i, p := range rep.Path {
		fmt.Fprintf(w, "  %s%s\n", strings.Repeat("  ", i), p)
	}
	fmt.Fprintf(w, "\nschedule  %s\n", rep.header.Name())
	units := strings.Join(rep.Units, ", ")
	if units == "" {
		units = "—"
	}
	fmt.Fprintf(w, "units     %s\n", units)
	if rep.Code != rep.Item {
		fmt.Fprintf(w, "rates of  %s (tariff item)\n", rep.Item)
	}
	if l.Footnotes != "" {
		fmt.Fprintf(w, "notes     %s\n", l.Footnotes)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if rep.CustomsValue != nil {
		fmt.Fprintf(tw, "COLUMN\tRATE\tKIND\tDUTY (%s)\n", rep.header.Currency)
	} else {
		fmt.Fprintf(tw, "COLUMN\tRATE\tKIND\n")
	}
	for i, r := range rep.Rates {
		text := r.Text
		switch {
		case text == "" && tariffs.Column(r.Column) == tariffs.ColUSMCA:
			text = NoUSMCARate
		case text == "":
			text = "—"
		}
		row := fmt.Sprintf("%s\t%s\t%s", tariffColumnTitle(tariffs.Column(r.Column), r.Program, rep.header.Country), text, r.Kind)
		if rep.CustomsValue != nil {
			row += "\t" + tariffDutyCell(rep.duties[i], rep.errs[i])
		}
		fmt.Fprintln(tw, row)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if rep.CustomsValue != nil {
		var qs []string
		for _, q := range rep.qtys {
			qs = append(qs, q.String())
		}
		qty := "no quantity"
		if len(qs) > 0 {
			qty = "quantity " + strings.Join(qs, ", ")
		}
		fmt.Fprintf(w, "\non customs value %s %s, %s; rounded to cents, half away from zero\n", *rep.CustomsValue, rep.header.Currency, qty)
		for i, d := range rep.duties {
			if d == nil || rep.errs[i] == nil || errors.Is(rep.errs[i], tariffs.ErrTextRate) {
				continue
			}
			for _, td := range d.Terms {
				if !td.Computed {
					fmt.Fprintf(w, "  %s: %s needs %s\n", rep.Rates[i].Column, td.Term.Text, td.Missing)
				}
			}
		}
	}
	if len(rep.Statistical) > 0 {
		fmt.Fprintln(w, "\nstatistical lines")
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, s := range rep.Statistical {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", s.Code, s.Description, strings.Join(s.Units, ", "))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(rep.Notes) > 0 {
		fmt.Fprintln(w)
		for _, n := range rep.Notes {
			fmt.Fprintf(w, "note: %s\n", n)
		}
	}
	return nil
}

// tariffDutyCell renders one duty for the table.
func tariffDutyCell(d *tariffs.Duty, err error) string {
	switch {
	case d == nil:
		return "—"
	case errors.Is(err, tariffs.ErrTextRate):
		return "not priced (text rate)"
	case err != nil:
		return d.Rounded().StringFixed(2) + " + ? (incomplete)"
	}
	return d.Rounded().StringFixed(2)
}
