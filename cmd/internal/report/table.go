package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// Styler colours text for a terminal; the plain styler returns it unchanged.
type Styler interface {
	Status(s origin.Status, text string) string
	Dim(text string) string
	Bold(text string) string
}

// Plain is a Styler that adds nothing (for pipes, files and NO_COLOR).
type Plain struct{}

// Status returns text unchanged.
func (Plain) Status(_ origin.Status, text string) string { return text }

// Dim returns text unchanged.
func (Plain) Dim(text string) string { return text }

// Bold returns text unchanged.
func (Plain) Bold(text string) string { return text }

// ANSI colours statuses: green qualifies, red does not, yellow needs review,
// magenta for errors.
type ANSI struct{}

// Status colours text by verdict.
func (ANSI) Status(s origin.Status, text string) string {
	code := map[origin.Status]string{origin.Qualifies: "32", origin.DoesNotQualify: "31", origin.NeedsReview: "33", origin.StatusError: "35"}[s]
	if code == "" {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}

// Dim greys text out.
func (ANSI) Dim(text string) string { return "\x1b[2m" + text + "\x1b[0m" }

// Bold emphasises text.
func (ANSI) Bold(text string) string { return "\x1b[1m" + text + "\x1b[0m" }

// TableWriter prints results for people: a line per good with its verdict
// and figures, the reasons and assumptions under it, and a summary.
type TableWriter struct {
	w     io.Writer
	style Styler
	n     int
}

// NewTableWriter writes to w with the given styler.
func NewTableWriter(w io.Writer, style Styler) *TableWriter {
	if style == nil {
		style = Plain{}
	}
	return &TableWriter{w: w, style: style}
}

// Good prints one good.
func (t *TableWriter) Good(g Good) error {
	if t.n > 0 {
		fmt.Fprintln(t.w)
	}
	t.n++
	status := strings.ToUpper(strings.ReplaceAll(string(g.Status), "-", " "))
	title := g.GoodID
	if g.Description != "" {
		title += "  " + g.Description
	}
	fmt.Fprintf(t.w, "%s  %s  %s\n", t.style.Bold(title), g.HTS, t.style.Status(g.Status, status))
	if g.Criterion != nil || g.Rule != nil {
		fmt.Fprintf(t.w, "  criterion %s  rule %s\n", deref(g.Criterion, "—"), deref(g.Rule, "—"))
	}
	if len(g.RVC) > 0 {
		tw := tabwriter.NewWriter(t.w, 0, 0, 2, ' ', 0)
		fmt.Fprintf(tw, "  RVC\tmethod\tbase\tVNM\tRVC\tthreshold\tmargin\n")
		for _, r := range g.RVC {
			margin := "—"
			if r.Margin != nil {
				margin = signed(*r.Margin)
			}
			fmt.Fprintf(tw, "  \t%s\t%s\t%s\t%s%%\t%s\t%s\n", methodName(r.Method), money(r.Base, g.Currency), money(r.VNM, g.Currency), r.Display, pct(r.Threshold), margin)
		}
		tw.Flush()
	} else if g.VNM != nil {
		fmt.Fprintf(t.w, "  VNM %s (no transaction value or net cost given, so no RVC)\n", money(*g.VNM, g.Currency))
	}
	for _, r := range g.Reasons {
		fmt.Fprintf(t.w, "  why: %s\n", r)
	}
	for _, f := range g.MissingFacts {
		fmt.Fprintf(t.w, "  needs fact: %s\n", f)
	}
	for _, p := range g.Problems {
		fmt.Fprintf(t.w, "  %s: %s\n", p.Severity, p.Line())
		if p.Hint != "" {
			fmt.Fprintf(t.w, "    hint: %s\n", p.Hint)
		}
	}
	for _, a := range g.Assumptions {
		fmt.Fprintf(t.w, "  %s\n", t.style.Dim("assumed: "+a.Message))
	}
	return nil
}

// Close prints the summary.
func (t *TableWriter) Close(files []File, s Summary) error {
	if t.n > 0 {
		fmt.Fprintln(t.w)
	}
	_, err := fmt.Fprintf(t.w, "%d %s in %d %s: %d %s, %d %s not qualify, %d %s review, %d %s\n",
		s.Goods, pl(s.Goods, "good", "goods"), len(files), pl(len(files), "file", "files"),
		s.Qualifies, pl(s.Qualifies, "qualifies", "qualify"),
		s.DoesNotQualify, pl(s.DoesNotQualify, "does", "do"),
		s.NeedsReview, pl(s.NeedsReview, "needs", "need"),
		s.Errors, pl(s.Errors, "error", "errors"))
	return err
}

func pl(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func methodName(m origin.Method) string {
	if m == origin.NetCost {
		return "net cost"
	}
	return "transaction value"
}

func deref(s *string, def string) string {
	if s == nil {
		return def
	}
	return *s
}

func pct(s *string) string {
	if s == nil {
		return "—"
	}
	return *s + "%"
}

// signed prints a margin to one decimal, half up, with its sign.
func signed(s string) string {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return s
	}
	out := d.Round(1).StringFixed(1)
	if !d.IsNegative() {
		out = "+" + out
	}
	return out + " pts"
}

// money prints an amount to the cent, half up, with its currency; the
// exact figure is in the JSON.
func money(s, currency string) string {
	if d, err := decimal.NewFromString(s); err == nil {
		s = d.Round(2).StringFixed(2)
	}
	if currency == "" {
		return s
	}
	return s + " " + currency
}
