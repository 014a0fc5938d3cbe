package report

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// Explain writes the legal path of one good's determination, step by step
// with the arithmetic shown, in the order the law applies it: what an
// analyst pastes into an audit file.
func Explain(w io.Writer, res origin.Result, g Good) error {
	e := &explainer{w: w, res: res, good: res.Good}
	e.header(g)
	e.scenario(g)
	if res.Status == origin.StatusError {
		e.line("The good could not be evaluated:")
		for _, p := range g.Problems {
			e.line("  - %s", p.Line())
		}
		return e.err
	}
	e.materials()
	e.rvc()
	e.criteria()
	e.automotive()
	e.changes(g)
	e.exposure(g)
	e.content(g)
	e.notes()
	return e.err
}

type explainer struct {
	w    io.Writer
	res  origin.Result
	good *origin.Good
	step int
	err  error
}

func (e *explainer) line(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format+"\n", args...)
	}
}

func (e *explainer) section(title string) {
	e.step++
	e.line("")
	e.line("%d. %s", e.step, title)
}

func (e *explainer) header(g Good) {
	e.line("%s — %s", g.GoodID, g.Description)
	facts := []string{"HTS " + g.HTS, "produced in " + g.ProducerCountry, "imported into " + g.ImportingCountry, "as of " + g.AsOf}
	if u := e.good.VehicleUse; u != "" {
		facts = append(facts, "vehicle use: "+string(u))
	}
	e.line("%s", strings.Join(facts, " · "))
	verdict := strings.ToUpper(strings.ReplaceAll(string(e.res.Status), "-", " "))
	if e.res.Criterion != "" {
		verdict += " — criterion " + e.res.Criterion
	}
	if e.res.Rule != "" {
		verdict += " — " + e.res.Rule
	}
	e.line("Verdict: %s", verdict)
	if len(e.good.Facts) > 0 {
		var fs []string
		for k, v := range e.good.Facts {
			ans := "no"
			if v {
				ans = "yes"
			}
			fs = append(fs, k+" = "+ans)
		}
		sort.Strings(fs)
		e.line("Facts given: %s", strings.Join(fs, "; "))
	}
}

func (e *explainer) materials() {
	e.section("Materials and the value of non-originating materials (UR §7(4), §7(5), §8)")
	cur := e.good.Currency
	tw := tabwriter.NewWriter(e.w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "   line\tpart\tHTS\torigin\tkind\tvalue %s\tcounted\ttreatment\n", cur)
	var terms []string
	for _, l := range e.res.VNM.Lines {
		m := l.Material
		indent := strings.Repeat("  ", l.Depth)
		code := ""
		if m.HTS != "" {
			code = m.HTS.String()
		}
		fmt.Fprintf(tw, "   %s%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", indent, m.Ref, m.PartNumber, code, m.Origin, m.Kind, Money(l.Value), Money(l.Counted), l.Why)
		if l.Counted.IsPositive() {
			terms = append(terms, Money(l.Counted))
		}
	}
	tw.Flush()
	if len(terms) == 0 {
		terms = []string{"0.00"}
	}
	e.line("   VNM = %s = %s %s", strings.Join(terms, " + "), Money(e.res.VNM.Total), cur)
}

func (e *explainer) rvc() {
	e.section("Regional value content (UR §7(2), §7(3))")
	g := e.good
	if len(e.res.RVC) == 0 {
		e.line("   The workbook gives no transaction value or net cost: no RVC can be computed.")
	}
	for _, f := range e.res.RVC {
		if f.Method == origin.NetCost && !g.NetCost.Valid && g.Costs.TotalCost.Valid {
			e.line("   net cost = %s", netCostTerms(g.Costs))
		}
		e.line("   %s: (%s − %s) / %s × 100 = %s%%", methodName(f.Method), Money(f.Base), Money(f.VNM), Money(f.Base), f.Display())
		if f.Threshold.Valid {
			verdict := "meets"
			if !f.Meets(f.Threshold.Decimal) {
				verdict = "is below"
			}
			e.line("      %s the threshold of %s%% (margin %s; headroom %s %s)", verdict, f.Threshold.Decimal, signed(f.Margin(f.Threshold.Decimal).String()), Money(f.Headroom(f.Threshold.Decimal)), g.Currency)
		}
	}
}

// netCostTerms shows how net cost is derived from total cost.
func netCostTerms(c origin.CostBreakdown) string {
	s := "total cost " + Money(c.TotalCost.Decimal)
	if c.CurrencyGain.Valid {
		s += " − currency gain " + Money(c.CurrencyGain.Decimal)
	}
	for _, x := range []struct {
		name string
		v    decimal.NullDecimal
	}{{"sales promotion", c.SalesPromotion}, {"royalties", c.Royalties}, {"shipping and packing", c.ShippingPacking}, {"non-allowable interest", c.NonAllowableInterest}} {
		if x.v.Valid {
			s += " − " + x.name + " " + Money(x.v.Decimal)
		}
	}
	return s + " = " + Money(c.DerivedNetCost().Decimal)
}

func (e *explainer) criteria() {
	e.section("Origin criteria, in the order the law applies them (USMCA Article 4.2; UR §3; 19 USC 4531(c))")
	switch e.res.Criterion {
	case "A", "C":
		for _, r := range e.res.Reasons {
			e.line("   %s", r)
		}
		return
	}
	e.line("   Criterion C (UR §3(3)): not met — some materials are non-originating.")
	if e.res.RuleText != "" {
		e.line("   Criterion B (UR §3(2)): %s", e.res.Rule)
		e.line("   Rule text, rendered from roo's structure of the rule:")
		for _, l := range wrap(e.res.RuleText, 90) {
			e.line("      %s", l)
		}
	}
	for _, b := range e.res.Branches {
		e.line("")
		e.line("   %s — %s", b.Citation, strings.ToUpper(string(b.Outcome)))
		for _, r := range b.Requirements {
			e.line("      requires: %s", r)
		}
		for _, t := range b.Materials {
			flag := ""
			if t.DeMinimis {
				flag = " (admitted under de minimis)"
			}
			reason := strings.TrimPrefix(strings.TrimPrefix(t.Reason, "fails: "), "undetermined: ")
			e.line("      %-10s %-12s %s%s: %s", t.Line.Material.PartNumber, codeOf(t), t.Outcome, flag, reason)
		}
		for _, r := range b.Reasons {
			e.line("      → %s", r)
		}
	}
	if e.res.Criterion == "B" || e.res.Status == origin.Qualifies {
		return
	}
	for _, r := range e.res.Reasons {
		if strings.HasPrefix(r, "criterion D") {
			e.line("")
			e.line("   Criterion D (UR §3(4)): %s", strings.TrimPrefix(r, "criterion D "))
		}
	}
}

func codeOf(t origin.MaterialTest) string {
	if t.Code == "" {
		return "(no code)"
	}
	return t.Code.String()
}

// automotive shows what the automotive appendix (UR Part 6) asked of the
// good beside its rule: the table or vehicle class, the thresholds that
// replace the rule's, core parts, labour value content, steel and aluminum.
func (e *explainer) automotive() {
	a := e.res.Automotive
	if a == nil {
		return
	}
	e.section("Automotive appendix (UR Part 6)")
	for _, s := range a.Steps() {
		e.line("   %s", s)
	}
}

func (e *explainer) changes(g Good) {
	if len(g.Changes) == 0 && len(g.MissingFacts) == 0 && len(g.MissingInputs) == 0 {
		return
	}
	e.section("What would change the answer")
	for _, c := range g.Changes {
		e.line("   - %s", c.Text)
	}
}

func (e *explainer) exposure(g Good) {
	x := g.Exposure
	if x == nil {
		return
	}
	e.section("Duty at stake")
	if !x.Available {
		for _, n := range x.Notes {
			e.line("   not priced: %s", n)
		}
		return
	}
	e.line("   %s: MFN %s, %s, on a customs value of %s", x.Line, x.MFNRate, usmcaWords(x.USMCARate), money(deref(x.CustomsValue, "0"), x.Currency))
	switch {
	case x.SavedPerUnit != nil:
		e.line("   saves %s a unit%s (exactly %s)", money(*x.SavedPerUnit, x.Currency), perYearText(x.SavedPerYear, x.Currency), *x.SavedPerUnit)
	case x.AtStakePerUnit != nil:
		e.line("   at stake: %s a unit%s if it does not qualify (exactly %s)", money(*x.AtStakePerUnit, x.Currency), perYearText(x.AtStakePerYear, x.Currency), *x.AtStakePerUnit)
	case x.DutyPerUnit != nil:
		e.line("   pays %s a unit%s (exactly %s)", money(*x.DutyPerUnit, x.Currency), perYearText(x.DutyPerYear, x.Currency), *x.DutyPerUnit)
	}
	e.layers(x)
}

func perYearText(s *string, cur string) string {
	if s == nil {
		return ""
	}
	return ", " + money(*s, cur) + " a year"
}

func (e *explainer) notes() {
	if len(e.res.Assumptions) > 0 {
		e.section("Assumptions")
		for _, a := range e.res.Assumptions {
			e.line("   - %s", a.Message)
		}
	}
	if len(e.res.RuleNotes) > 0 {
		e.section("Doubts about the rule data used")
		for _, n := range e.res.RuleNotes {
			e.line("   - %s", n)
		}
	}
}

// wrap breaks text into lines of at most width characters.
func wrap(s string, width int) []string {
	var out []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			out = append(out, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		out = append(out, line)
	}
	return out
}
