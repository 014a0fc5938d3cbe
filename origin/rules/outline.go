package rules

import (
	"fmt"
	"strings"
)

// Outline describes a rule's structure field by field, one fact per line,
// for golden files and for checking a parse by eye. Unlike Render it hides
// nothing behind wording: every source shows its kind, every code list its
// level, every threshold its method.
func Outline(r *Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "rule %s number=%q period=%s trade=%s uses=%s (%s) status=%s\n",
		r.ID, r.Number, r.Period, r.Trade.Slug(), strings.Join(r.Uses.Slugs(), "|"), r.UseBasis, r.Status)
	if r.Lead != nil {
		fmt.Fprintf(&b, "  lead: %s\n", renderLead(r.Lead))
	}
	fmt.Fprintf(&b, "  applies: %s\n", outlineRefs(r.Applies))
	if r.Failure != "" {
		fmt.Fprintf(&b, "  failure: %s\n", r.Failure)
	}
	for i := range r.Branches {
		outlineBranch(&b, r, &r.Branches[i])
	}
	for _, a := range r.Assumptions {
		fmt.Fprintf(&b, "  assumed: %s\n", a)
	}
	for _, f := range r.Flags {
		fmt.Fprintf(&b, "  flag: %s\n", f)
	}
	return b.String()
}

func outlineBranch(b *strings.Builder, r *Rule, br *Branch) {
	label := br.Label
	if label == "" {
		label = "-"
	}
	fmt.Fprintf(b, "  (%s) %s\n", label, br.Kind)
	t := br.Target
	fmt.Fprintf(b, "      target: %s", outlineRefs(t.Refs))
	switch {
	case t.Other:
		fmt.Fprintf(b, " [any other good]")
	case t.Desc != "" || t.After != "":
		fmt.Fprintf(b, " [described: %q join %q after %q]", t.Desc, t.Join, t.After)
	}
	if len(t.Except) > 0 {
		fmt.Fprintf(b, " except %s", outlineRefs(t.Except))
	}
	b.WriteString("\n")
	for _, x := range []struct {
		name string
		list []Source
	}{{"from", br.Shift.From}, {"also", br.Shift.Also}, {"except", br.Shift.Except}} {
		for _, s := range x.list {
			fmt.Fprintf(b, "      %s: %s\n", x.name, outlineSource(s))
		}
	}
	if br.RVC != nil {
		var parts []string
		for _, th := range br.RVC.Thresholds {
			parts = append(parts, th.Method.Slug()+" "+th.Percent.String()+"%")
		}
		fmt.Fprintf(b, "      rvc: %s\n", strings.Join(parts, ", "))
	}
	if br.Process != "" {
		fmt.Fprintf(b, "      process: %s\n", br.Process)
	}
	for _, c := range r.Facts(br) {
		fmt.Fprintf(b, "      fact %s (%s): %s\n", c.Key, c.Kind, c.Question)
	}
	if len(br.Exempt) > 0 {
		fmt.Fprintf(b, "      exempt: %s\n", strings.Join(br.Exempt, ", "))
	}
}

func outlineSource(s Source) string {
	var out string
	switch s.Kind {
	case Provisions:
		out = "provisions " + outlineRefs(s.Refs)
	case AnyOther:
		out = "any other " + levelWord(s.Level, false)
		if s.InGroup {
			out += " within the group"
		}
		if len(s.Refs) > 0 {
			out += " within " + outlineRefs(s.Refs)
		}
		if s.Including {
			out += " (including within the group)"
		}
	case OutsideGroup:
		out = "any " + levelWord(s.Level, false) + " outside the group"
	case Within:
		out = "within the good's own " + levelWord(s.Level, false)
	case InGroup:
		out = "any " + levelWord(s.Level, false) + " of the group"
	case Description:
		out = "materials described only in words"
	case MoreThanOne:
		var gs []string
		for i, g := range s.Groups {
			var items []string
			for _, x := range g {
				items = append(items, outlineSource(x))
			}
			gs = append(gs, fmt.Sprintf("(%d) %s", i+1, strings.Join(items, "; ")))
		}
		out = "more than one of: " + strings.Join(gs, " ")
	}
	if s.Other {
		out += " [any other good]"
	}
	if s.Desc != "" || s.After != "" {
		out += fmt.Sprintf(" [described: %q join %q after %q]", s.Desc, s.Join, s.After)
	}
	return out
}

// outlineRefs prints references with their level and any edition mapping.
func outlineRefs(rs Refs) string {
	if len(rs) == 0 {
		return "(none)"
	}
	var parts []string
	for _, r := range rs {
		p := r.Level().String() + " " + r.String()
		if r.Edition != nil {
			p += " {" + r.Edition.Note + "}"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " | ")
}

// OutlineNote describes a note's structure one fact per line, like Outline.
func OutlineNote(n *Note) string {
	var b strings.Builder
	fmt.Fprintf(&b, "note %s kind=%s period=%s status=%s\n", n.ID, n.Kind, n.Period, n.Status)
	fmt.Fprintf(&b, "  governs: %s\n", outlineRefs(n.Governs))
	if len(n.Except) > 0 {
		fmt.Fprintf(&b, "  except: %s\n", outlineRefs(n.Except))
	}
	if n.Product != "" {
		fmt.Fprintf(&b, "  product: %s\n", n.Product)
	}
	if len(n.Materials) > 0 {
		fmt.Fprintf(&b, "  materials: %s\n", outlineRefs(n.Materials))
	}
	if len(n.Subdivisions) > 0 {
		fmt.Fprintf(&b, "  subdivisions: %s\n", strings.Join(n.Subdivisions, ", "))
	}
	if n.Failure != "" {
		fmt.Fprintf(&b, "  failure: %s\n", n.Failure)
	}
	for _, c := range n.Conditions {
		fmt.Fprintf(&b, "  fact %s (%s): %s\n", c.Key, c.Kind, c.Question)
	}
	if len(n.Exempt) > 0 {
		fmt.Fprintf(&b, "  exempt: %s\n", strings.Join(n.Exempt, ", "))
	}
	for _, a := range n.Assumptions {
		fmt.Fprintf(&b, "  assumed: %s\n", a)
	}
	for _, f := range n.Flags {
		fmt.Fprintf(&b, "  flag: %s\n", f)
	}
	return b.String()
}
