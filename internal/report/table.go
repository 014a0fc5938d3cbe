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
// magenta for errors. Its codes reach the terminal only through the
// TableWriter, which turns its marker into ESC (terminal.go).
type ANSI struct{}

// Status colours text by verdict.
func (ANSI) Status(s origin.Status, text string) string {
	code := map[origin.Status]string{origin.Qualifies: "32", origin.DoesNotQualify: "31", origin.NeedsReview: "33", origin.StatusError: "35"}[s]
	if code == "" {
		return text
	}
	return string(styleMark) + "[" + code + "m" + text + string(styleMark) + "[0m"
}

// Dim greys text out.
func (ANSI) Dim(text string) string {
	return string(styleMark) + "[2m" + text + string(styleMark) + "[0m"
}

// Bold emphasises text.
func (ANSI) Bold(text string) string {
	return string(styleMark) + "[1m" + text + string(styleMark) + "[0m"
}

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
	return &TableWriter{w: newTerminalWriter(w, true), style: style}
}

// Good prints one good.
func (t *TableWriter) Good(g Good) error {
	g = terminalGood(g)
	if t.n > 0 {
		fmt.Fprintln(t.w)
	}
	t.n++
	status := strings.ToUpper(strings.ReplaceAll(string(g.Status), "-", " "))
	title := g.GoodID
	if g.Description != "" {
		title += "  " + g.Description
	}
	fmt.Fprintf(t.w, "%s  %s  %s%s\n", t.style.Bold(title), g.HTS, t.style.Status(g.Status, status), scenarioMark(g))
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
	if e := g.Exposure; e != nil {
		t.exposure(g.Status, e)
	}
	contentLines(t.w, g.Content, g.Currency)
	scenarioLines(t.w, g)
	for _, r := range g.Reasons {
		fmt.Fprintf(t.w, "  why: %s\n", r)
	}
	for _, f := range g.MissingFacts {
		fmt.Fprintf(t.w, "  needs fact %s: %s\n", f.Key, f.Question)
	}
	for _, in := range g.MissingInputs {
		fmt.Fprintf(t.w, "  needs: %s\n", in)
	}
	for _, c := range g.Changes {
		if c.Kind == "fact" || c.Kind == "input" {
			continue // said just above
		}
		fmt.Fprintf(t.w, "  %s\n", c.Text)
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

// exposure prints the duty line of a good.
func (t *TableWriter) exposure(st origin.Status, e *Exposure) {
	if !e.Available {
		for _, n := range e.Notes {
			fmt.Fprintf(t.w, "  duty: not priced: %s\n", n)
		}
		return
	}
	cur := e.Currency
	perYear := func(s *string) string {
		if s == nil {
			return ""
		}
		return ", " + money(*s, cur) + " a year"
	}
	switch {
	case st == origin.Qualifies && e.MFNRate == "Free" && len(e.Overlays) == 0:
		// Nothing to save: say so rather than "saves 0.00 against MFN Free".
		fmt.Fprintf(t.w, "  duty: free at MFN (%s), with or without USMCA origin; %s\n", e.Line, usmcaWords(e.USMCARate))
	case st == origin.Qualifies:
		fmt.Fprintf(t.w, "  duty: %s; saves %s a unit%s against MFN %s\n", usmcaWords(e.USMCARate), money(deref(e.SavedPerUnit, "0"), cur), perYear(e.SavedPerYear), e.MFNRate)
	case st == origin.NeedsReview:
		fmt.Fprintf(t.w, "  duty at stake: %s a unit%s at MFN %s (%s) if it does not qualify; %s\n", money(deref(e.AtStakePerUnit, "0"), cur), perYear(e.AtStakePerYear), e.MFNRate, e.Line, usmcaWords(e.USMCARate))
	default:
		fmt.Fprintf(t.w, "  duty: %s a unit%s at MFN %s (%s)\n", money(deref(e.DutyPerUnit, "0"), cur), perYear(e.DutyPerYear), e.MFNRate, e.Line)
	}
	for _, o := range e.Overlays {
		overlayLine(t.w, o, cur)
	}
	for _, n := range e.Notes {
		fmt.Fprintf(t.w, "  duty note: %s\n", n)
	}
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
	if n := unreadFiles(files); n > 0 {
		fmt.Fprintf(t.w, "%d %s could not be read, so %s goods are not counted above: see the errors on standard error\n", n, pl(n, "file", "files"), pl(n, "its", "their"))
	}
	if s.Selection != nil {
		fmt.Fprintf(t.w, "shown: %d of %d %s (%s); the counts and totals cover every good\n", s.Selection.Shown, s.Goods, pl(s.Goods, "good", "goods"), s.Selection.Filter)
	}
	for _, p := range s.Exposure {
		fmt.Fprintf(t.w, "duty a year (%s, goods with an annual volume): %s paid by goods that do not qualify, %s saved by goods that qualify, %s at stake on goods that need review",
			p.Currency, money(p.DutyPerYear, ""), money(p.SavedPerYear, ""), money(p.AtStakePerYear, ""))
		if p.WithoutVolume > 0 {
			fmt.Fprintf(t.w, "; %d %s no annual volume", p.WithoutVolume, pl(p.WithoutVolume, "good has", "goods have"))
		}
		fmt.Fprintln(t.w)
	}
	scenarioSummary(t.w, s.Scenario)
	if len(s.Campaign) > 0 {
		fmt.Fprintln(t.w, "certification campaign (suppliers whose certificates would make goods qualify, most duty first):")
		for i, c := range s.Campaign {
			if i == 10 {
				fmt.Fprintf(t.w, "  … and %d more\n", len(s.Campaign)-10)
				break
			}
			duty := ""
			for cur, v := range c.DutyPerYear {
				duty += ", " + money(v, cur) + " a year"
			}
			fmt.Fprintf(t.w, "  %s: certify %s for %s%s\n", c.Supplier, strings.Join(c.Parts, ", "), strings.Join(c.Goods, ", "), duty)
		}
	}
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
	switch {
	case !d.IsNegative():
		out = "+" + out
	case d.Round(1).IsZero():
		out = "-" + out // a shortfall too small to show is still a shortfall
	}
	return out + " pts"
}

// money prints an amount to the cent, half up, with its currency; the
// exact figure is in the JSON.
func money(s, currency string) string {
	if d, err := decimal.NewFromString(s); err == nil {
		s = groupThousands(d.Round(2).StringFixed(2))
	}
	if currency == "" {
		return s
	}
	return s + " " + currency
}

// groupThousands puts commas between thousands: 259500.00 → 259,500.00.
func groupThousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// unreadFiles counts the inputs refused whole: no good read, and an error.
func unreadFiles(files []File) int {
	n := 0
	for _, f := range files {
		if f.Goods > 0 {
			continue
		}
		for _, p := range f.Problems {
			if p.Severity == "error" {
				n++
				break
			}
		}
	}
	return n
}
