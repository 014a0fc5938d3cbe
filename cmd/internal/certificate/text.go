package certificate

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/roo-trade/roo/origin"
)

// Element titles, numbered as in Annex 5-A; every writer uses them.
const (
	titleDocument  = "USMCA certification of origin"
	titleSubtitle  = "Minimum data elements of USMCA Annex 5-A (CUSMA / T-MEC)"
	titleRole      = "1. Certifier"
	titleCertifier = "2. Certifier's name, title, address, telephone and email"
	titleExporter  = "3. Exporter"
	titleProducer  = "4. Producer"
	titleImporter  = "5. Importer"
	titleGoods     = "6. Description and HS classification of the goods, and 7. origin criterion"
	titleInvoice   = "Invoice number (single shipment)"
	titleBlanket   = "8. Blanket period"
	titleSignature = "9. Authorized signature and date"
)

// Column headers of the goods table.
var goodsHeaders = []string{"Good ID", "Description", "HS classification", "Origin criterion", "Rule applied"}

// goodsRow is one good's cells in the goods table.
func goodsRow(g Good) []string {
	rule := "—"
	if g.Rule != nil {
		rule = *g.Rule
	}
	return []string{g.GoodID, g.Description, g.HSClassification, g.Criterion, rule}
}

// contactLines are a contact's details, one a line, as every writer prints
// them.
func contactLines(c Contact) []string {
	out := []string{c.Name}
	out = append(out, strings.Split(c.Address, "\n")...)
	return append(out, "Country: "+c.Country, "Telephone: "+c.Telephone, "Email: "+c.Email)
}

// partyLines are what a certificate prints for a party.
func partyLines(p Party) []string {
	var out []string
	if p.Statement != nil {
		out = append(out, *p.Statement)
	}
	if p.Contact != nil {
		out = append(out, contactLines(*p.Contact)...)
	}
	return out
}

// certifierLines are what a certificate prints for element 2.
func certifierLines(c Certifier) []string {
	out := []string{c.Name, "Title: " + c.Title}
	if c.Company != "" {
		out = append(out, c.Company)
	}
	out = append(out, strings.Split(c.Address, "\n")...)
	return append(out, "Country: "+c.Country, "Telephone: "+c.Telephone, "Email: "+c.Email)
}

// roleLine marks the certifier's role among the three.
func roleLine(r Role) string {
	var parts []string
	for _, x := range Roles {
		mark := "[ ]"
		if x == r {
			mark = "[X]"
		}
		parts = append(parts, mark+" "+x.Title())
	}
	return strings.Join(parts, "   ")
}

// blanketLine is element 8 in words.
func blanketLine(c Certification) string {
	if c.BlanketPeriod == nil {
		return "None: this certification covers a single shipment"
	}
	return "From " + c.BlanketPeriod.From + " to " + c.BlanketPeriod.To
}

// WriteText writes the certification for the terminal, followed by the
// goods refused and why.
func WriteText(w io.Writer, d Document) error {
	bw := bufio.NewWriter(w)
	c := d.Certification
	fmt.Fprintf(bw, "%s\n%s\n\n", strings.ToUpper(titleDocument), titleSubtitle)
	block := func(title string, lines []string) {
		fmt.Fprintln(bw, title)
		for _, l := range lines {
			fmt.Fprintln(bw, "    "+l)
		}
	}
	block(titleRole, []string{roleLine(c.Certifier.Role)})
	block(titleCertifier, certifierLines(c.Certifier))
	block(titleExporter, partyLines(c.Exporter))
	block(titleProducer, partyLines(c.Producer))
	block(titleImporter, partyLines(c.Importer))
	fmt.Fprintln(bw, titleGoods)
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "    "+strings.Join(goodsHeaders, "\t"))
	for _, g := range c.Goods {
		fmt.Fprintln(tw, "    "+strings.Join(goodsRow(g), "\t"))
	}
	tw.Flush()
	if c.InvoiceNumber != nil {
		block(titleInvoice, []string{*c.InvoiceNumber})
	}
	block(titleBlanket, []string{blanketLine(c)})
	sig := []string{"Signature: ______________________________", "Name: " + c.Signature.Name, "Title: " + c.Signature.Title, "Date: " + c.Signature.Date}
	block(titleSignature, append(wrap(c.Signature.Statement, 76), sig...))
	if len(d.Refused) > 0 {
		n := len(d.Refused)
		fmt.Fprintf(bw, "\nNot certified (%d %s; not part of the certification):\n", n, plural(n, "good", "goods"))
		for _, r := range d.Refused {
			fmt.Fprintf(bw, "    %s\n", RefusalLine(r))
		}
	}
	return bw.Flush()
}

// RefusalLine is a refusal in one line: "BRK-CAL-200 (brake.xlsx): does
// not qualify as of 2026-01-01: …".
func RefusalLine(r Refusal) string {
	s := r.GoodID + " (" + r.File + "): " + statusWords(r.Status)
	if r.AsOf != "" {
		s += " as of " + r.AsOf
	}
	s += ": " + r.Reason
	if len(r.QualifiesAsOf) > 0 {
		s += " (it qualifies as of " + strings.Join(r.QualifiesAsOf, " and ") + ": its determination changes within the blanket period)"
	}
	return s
}

// statusWords names a refusal's status in words.
func statusWords(s origin.Status) string {
	switch s {
	case origin.DoesNotQualify:
		return "does not qualify"
	case origin.NeedsReview:
		return "needs review"
	case origin.StatusError:
		return "cannot be certified"
	}
	return string(s)
}

// wrap breaks text into lines of at most width characters, at spaces.
func wrap(s string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, w := range strings.Fields(s) {
		l := len([]rune(w))
		if n > 0 && n+1+l > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, w)
		n += l
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}
