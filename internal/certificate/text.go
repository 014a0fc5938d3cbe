package certificate

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/roo-trade/roo/origin"
)

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
