package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/roo-trade/roo/origin"
)

// NewSupplierWriter returns the writer of roo qualify --by supplier: on the
// terminal and in CSV the supplier view takes the place of the goods; JSON,
// JSON Lines and XLSX carry it in the summary (and on the Suppliers sheet),
// so next, the format's own writer, is returned for them.
func NewSupplierWriter(out io.Writer, format string, o ResultOptions, next ResultWriter) ResultWriter {
	switch format {
	case "table", "":
		return &supplierTable{w: newTerminalWriter(out, true), summary: next}
	case "csv":
		return &supplierCSV{w: csv.NewWriter(out)}
	}
	return next
}

// supplierTable prints the goods that could not be evaluated, with their
// problems (they are in no supplier's figures), then the supplier view,
// then the run's summary.
type supplierTable struct {
	w       io.Writer
	summary ResultWriter
	errors  int
}

func (t *supplierTable) Good(g Good) error {
	if g.Status != origin.StatusError {
		return nil
	}
	t.errors++
	return t.summary.Good(g)
}

func (t *supplierTable) Close(files []File, s Summary) error {
	if v := s.Suppliers; v != nil {
		if t.errors > 0 {
			fmt.Fprintf(t.w, "\nthe %d %s above could not be evaluated: %s lines are in no supplier's figures below\n\n", t.errors, pl(t.errors, "good", "goods"), pl(t.errors, "its", "their"))
		}
		printSuppliers(t.w, v)
		if t.errors == 0 {
			fmt.Fprintln(t.w) // the summary's own writer adds it after goods
		}
		s.Campaign = nil // folded into the suppliers above
	}
	return t.summary.Close(files, s)
}

// printSuppliers writes the supplier view for the terminal.
func printSuppliers(w io.Writer, v *SupplierView) {
	fmt.Fprintf(w, "%d %s, most duty at stake if their certifications lapsed first; certifications judged on %s, lapsing if they expire by %s\n",
		len(v.Suppliers), pl(len(v.Suppliers), "supplier", "suppliers"), v.AsOf, v.ExpiringBy)
	for i, e := range v.Suppliers {
		fmt.Fprintf(w, "\n%d. %s\n", i+1, e.Supplier)
		supplies := fmt.Sprintf("   supplies %d %s: %s", e.GoodsCount, pl(e.GoodsCount, "good", "goods"), listed(e.Goods, e.GoodsCount))
		if len(e.NonOriginatingValue) > 0 {
			supplies += fmt.Sprintf("; non-originating value %s a unit, summed over the goods", moneys(e.NonOriginatingValue))
		}
		fmt.Fprintln(w, supplies)
		for _, c := range e.Certifications {
			fmt.Fprintf(w, "   %s: %s for %s\n", certWords(c), partsListed(c), listed(c.Goods, c.GoodsCount))
		}
		switch {
		case len(e.IfLapsed.Goods) > 0:
			fmt.Fprintf(w, "   if its certifications lapsed: %s would no longer qualify", listed(e.IfLapsed.Goods, e.IfLapsed.GoodsCount))
			if len(e.IfLapsed.DutyPerUnit) > 0 {
				fmt.Fprintf(w, "; at stake %s a unit", moneys(e.IfLapsed.DutyPerUnit))
				if len(e.IfLapsed.DutyPerYear) > 0 {
					fmt.Fprintf(w, ", %s a year (goods with an annual volume)", moneys(e.IfLapsed.DutyPerYear))
				}
			}
			fmt.Fprintln(w)
		case len(e.Certifications) > 0:
			fmt.Fprintln(w, "   if its certifications lapsed: no good that qualifies would stop qualifying")
		}
		if c := e.Campaign; c != nil {
			fmt.Fprintf(w, "   its certification of %s would make %s qualify", listed(c.Parts, len(c.Parts)), listed(c.Goods, len(c.Goods)))
			if len(c.DutyPerYear) > 0 {
				fmt.Fprintf(w, ", saving %s a year", moneys(c.DutyPerYear))
			}
			fmt.Fprintln(w)
		}
	}
}

// certWords describes a certification: its reference and state.
func certWords(c SupplierCertification) string {
	ref := "certification " + c.Ref
	switch c.State {
	case CertExpired:
		return ref + " EXPIRED on " + c.Until
	case CertLapsing:
		return ref + " LAPSES on " + c.Until
	case CertInForce:
		return ref + " in force until " + c.Until
	case CertNoExpiry:
		return ref + " (no expiry date in the BOM)"
	}
	return "claimed originating with no certification named"
}

// moneys lists amounts by currency: "1,234.00 USD; 5.00 CAD".
func moneys(m map[string]string) string {
	curs := make([]string, 0, len(m))
	for c := range m {
		curs = append(curs, c)
	}
	sort.Strings(curs)
	out := make([]string, len(curs))
	for i, c := range curs {
		out[i] = money(m[c], c)
	}
	return strings.Join(out, "; ")
}

// supplierCSV writes the supplier view as CSV, one row per supplier and
// currency (see supplierRows).
type supplierCSV struct{ w *csv.Writer }

func (c *supplierCSV) Good(Good) error { return nil }

func (c *supplierCSV) Close(_ []File, s Summary) error {
	_ = c.w.Write(supplierCSVHeader)
	if s.Suppliers != nil {
		for _, r := range supplierRows(s.Suppliers) {
			_ = c.w.Write(r.csv())
		}
	}
	c.w.Flush()
	return c.w.Error()
}

// listed names the first [MaxListed] of ids, of n in all: "A, B and 48
// more".
func listed(ids []string, n int) string {
	if len(ids) > MaxListed {
		ids = ids[:MaxListed]
	}
	s := strings.Join(ids, ", ")
	if more := n - len(ids); more > 0 {
		s += fmt.Sprintf(" and %s more", groupThousands(itoa(more)))
	}
	return s
}

// partsListed names a certification's parts, and the lines of the parts
// not named.
func partsListed(c SupplierCertification) string {
	s := strings.Join(c.Parts, ", ")
	if c.MorePartLines > 0 {
		s += fmt.Sprintf(" and %s more %s", groupThousands(itoa(c.MorePartLines)), pl(c.MorePartLines, "line", "lines"))
	}
	return s
}
