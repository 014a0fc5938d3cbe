package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/roo-trade/roo/origin/rules"
)

// writeAnswerText prints an answer for a reader: the rule, its text
// rendered from roo's structure, and what each branch asks of a good.
func writeAnswerText(out io.Writer, a rules.Answer, width int) error {
	w := bufio.NewWriter(out)
	p := &para{w: w, width: max(width, 40)}
	q := a.Query
	head := fmt.Sprintf("%s as of %s", q.Code, q.Date)
	if q.Use != 0 {
		head += ", vehicle use: " + useWords(q.Use)
	}
	if q.Route.Known() {
		head += ", trade " + q.Route.String()
	}
	p.line(0, head)
	switch {
	case a.NoRuleData != "":
		p.wrap(0, "No rule data: "+a.NoRuleData)
	case len(a.Needs) > 0:
		p.wrap(0, "Which rule applies depends on input not given:")
		for _, n := range a.Needs {
			p.wrap(2, "- "+n.Input+": "+strings.Join(n.Values, "; "))
		}
	case a.Conflict != "":
		p.wrap(0, "The data contradicts itself: "+a.Conflict+". A determination needs review.")
	case a.Uncovered != "":
		p.wrap(0, "Note: "+a.Uncovered+".")
	}
	for _, c := range a.Candidates {
		writeRuleText(p, c, q.Date)
	}
	if len(a.Superseded) > 0 {
		p.blank()
		p.wrap(0, precedenceWords(a))
	}
	if len(a.Notes) > 0 {
		p.blank()
		p.line(0, "Notes that govern the good:")
		for _, n := range a.Notes {
			p.wrap(2, n.Citation()+" ("+n.Kind.String()+"): "+n.Text)
			for _, c := range n.Conditions {
				p.wrap(4, "Fact "+c.Key+": "+c.Question)
			}
			for _, f := range n.Flags {
				p.wrap(4, "Flag: "+f)
			}
		}
	}
	return w.Flush()
}

// precedenceWords says which rule applies to the code and which less
// specific rules it supersedes (a tariff-item rule takes precedence over
// the subheading rule): "Precedence: GN 11(o) ch. 84 rule 165 (tariff
// item 8460.40.40) applies to this code and supersedes GN 11(o) ch. 84
// rule 166 (subheading 8460.40), which does not apply to it."
func precedenceWords(a rules.Answer) string {
	var applies, superseded []string
	for _, c := range a.Candidates {
		applies = append(applies, c.Rule.Citation()+" ("+c.Rule.Applies.String()+")")
	}
	for _, r := range a.Superseded {
		superseded = append(superseded, r.Citation()+" ("+r.Applies.String()+")")
	}
	if len(applies) == 0 {
		return "Superseded, and so not applied to this code: " + strings.Join(superseded, ", ") + "."
	}
	verb, verbS := "applies", "s"
	if len(applies) > 1 {
		verb, verbS = "apply", ""
	}
	not := "which does not apply"
	if len(superseded) > 1 {
		not = "which do not apply"
	}
	return fmt.Sprintf("Precedence: %s, the more specific, %s to this code and supersede%s %s, %s to it.",
		strings.Join(applies, ", "), verb, verbS, strings.Join(superseded, ", "), not)
}

// writeRuleText prints one applicable rule.
func writeRuleText(p *para, c rules.Candidate, d rules.Date) {
	r := c.Rule
	p.blank()
	p.line(0, r.Citation())
	applies := r.Applies.String()
	if r.Lead != nil && (r.Lead.Desc != "" || r.Lead.After != "") {
		applies = r.Lead.Goods()
	}
	p.wrap(2, "Applies to:   "+applies)
	if r.Uses != rules.AnyUse {
		use := useWords(r.Uses)
		if r.UseBasis == "other" {
			use += " (the uses no other rule for these goods names)"
		}
		p.wrap(2, "Vehicle use:  "+use)
	}
	if r.Trade != rules.AllTrade {
		p.wrap(2, "Trade:        "+r.Trade.String())
	}
	p.wrap(2, "In force:     "+r.Period.String())
	p.wrap(2, "Parse:        "+statusWords(r.Status))
	if c.Match.Mapped || c.Match.In == rules.Maybe {
		p.wrap(2, "Code match:   "+c.Match.In.String()+" — "+c.Match.Why)
	}
	if r.DataNote != "" {
		p.wrap(2, "Data note:    "+r.DataNote)
	}
	if r.Status == rules.Failed {
		p.wrap(2, "No rule data: "+r.Failure)
		p.wrap(2, "Text as transcribed: "+r.Text)
	} else {
		p.wrap(2, "Rule text, rendered from roo's structure of the rule:")
		p.wrap(4, rules.Render(r))
		p.blank()
		if len(r.Branches) > 1 {
			p.wrap(2, "A good meets the rule if it meets any one of these branches:")
		}
		for i := range r.Branches {
			b := &r.Branches[i]
			p.line(2, r.BranchCitation(b))
			for _, req := range r.Requirements(b, d) {
				p.wrap(4, req)
			}
		}
	}
	for _, s := range r.Assumptions {
		p.wrap(2, "Assumed: "+s)
	}
	for _, f := range r.Flags {
		p.wrap(2, "Flag: "+f)
	}
}

// statusWords says how far roo parsed a rule.
func statusWords(s rules.Status) string {
	switch s {
	case rules.Complete:
		return "parsed completely"
	case rules.WithConditions:
		return "parsed; some branches ask for facts a bill of materials cannot show"
	}
	return "not parsed: no rule data"
}

// useWords names a set of vehicle uses for a reader.
func useWords(u rules.Use) string {
	if u == rules.OtherUse {
		return "any other use (including an aftermarket part)"
	}
	return strings.TrimPrefix(strings.TrimPrefix(u.String(), "a "), "an ")
}

// writeRuleCoverageText prints the coverage report.
func writeRuleCoverageText(out io.Writer, cov rules.Coverage) error {
	w := bufio.NewWriter(out)
	t := cov.Total
	fmt.Fprintf(w, "GN 11(o) records: %d; parsed into structure: %d (%s%%): complete %d, with named conditions %d; failed %d\n",
		t.Records, t.Complete+t.WithConditions, t.ParsedPercent().StringFixed(2), t.Complete, t.WithConditions, t.Failed)
	if len(cov.Missing) > 0 {
		fmt.Fprintf(w, "Chapters with no record in the data: %s\n", strings.Join(cov.Missing, ", "))
	}
	fmt.Fprintf(w, "Assumptions the parser made to read the print: %d (shown with each rule)\n\n", cov.Assumptions)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "CHAPTER\tRECORDS\tCOMPLETE\tWITH CONDITIONS\tFAILED\tPARSED %\t")
	for _, c := range cov.Chapters {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\t\n", c.Chapter, c.Records, c.Complete, c.WithConditions, c.Failed, c.ParsedPercent().StringFixed(2))
	}
	fmt.Fprintf(tw, "total\t%d\t%d\t%d\t%d\t%s\t\n", t.Records, t.Complete, t.WithConditions, t.Failed, t.ParsedPercent().StringFixed(2))
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nFailures (%d):\n", len(cov.Failures))
	for _, f := range cov.Failures {
		fmt.Fprintf(w, "  %s  %s: %s\n", f.ID, f.Citation, f.Reason)
	}
	fmt.Fprintf(w, "\nContradictions and doubts found in the data (%d):\n", len(cov.Flags))
	for _, f := range cov.Flags {
		fmt.Fprintf(w, "  %s  %s: %s\n", f.ID, f.Citation, f.Reason)
	}
	return w.Flush()
}

// para writes indented, word-wrapped lines.
type para struct {
	w     io.Writer
	width int
}

func (p *para) blank() { fmt.Fprintln(p.w) }

func (p *para) line(indent int, s string) {
	fmt.Fprintln(p.w, strings.Repeat(" ", indent)+s)
}

// wrap writes s word-wrapped at the width, continuation lines indented two
// more spaces.
func (p *para) wrap(indent int, s string) {
	pad := strings.Repeat(" ", indent)
	line := pad
	first := true
	for _, word := range strings.Fields(s) {
		if len(line) > len(pad) && len(line)+1+len(word) > p.width {
			fmt.Fprintln(p.w, line)
			if first {
				pad += "  "
				first = false
			}
			line = pad
		}
		if len(line) > len(pad) {
			line += " "
		}
		line += word
	}
	fmt.Fprintln(p.w, line)
}
