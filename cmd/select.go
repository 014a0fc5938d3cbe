package cmd

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/suggest"
	"github.com/roo-trade/roo/origin"
)

// selectOptions are --good, --status and --sort of roo qualify.
type selectOptions struct {
	Goods    []string
	Statuses []string
	Sort     string
}

// addSelectFlags registers --good, --status and --sort.
func addSelectFlags(cmd *cobra.Command, o *selectOptions) {
	fs := cmd.Flags()
	fs.StringSliceVar(&o.Goods, "good", nil, "show only the goods with these `ID`s, any case (repeatable, or comma-separated); the summary still counts every good")
	fs.StringSliceVar(&o.Statuses, "status", nil, "show only the goods with these verdicts: {"+strings.Join(report.StatusNames, "|")+"} (repeatable, or comma-separated)")
	enumFlag(cmd, fs, &o.Sort, "sort", "", "", report.SortKeys, "order the goods by RVC margin (smallest first), duty at stake, non-originating value (largest first) or good ID", func(v string) string {
		return "--sort " + v + ": valid values are " + strings.Join(report.SortKeys, ", ") + suggest.Phrase(v, report.SortKeys)
	})
	_ = cmd.RegisterFlagCompletionFunc("status", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return report.StatusNames, cobra.ShellCompDirectiveNoFileComp
	})
}

// selection checks --status and returns the selection.
func (o *selectOptions) selection() (report.Selection, error) {
	sel := report.Selection{Sort: o.Sort}
	for _, g := range o.Goods {
		if g = strings.TrimSpace(g); g != "" {
			sel.Goods = append(sel.Goods, g)
		}
	}
	for _, s := range o.Statuses {
		s = strings.ToLower(strings.TrimSpace(s))
		if s == "" {
			continue
		}
		if a, ok := statusAliases[s]; ok {
			s = a
		}
		if !slices.Contains(report.StatusNames, s) {
			return sel, flagErrorf("--status %s: valid values are %s%s", s, strings.Join(report.StatusNames, ", "), suggest.Phrase(s, report.StatusNames))
		}
		sel.Statuses = append(sel.Statuses, origin.Status(s))
	}
	return sel, nil
}

// statusAliases are the other words a user may type for a verdict: those of
// --fail-on and the table's.
var statusAliases = map[string]string{
	"not-qualified": string(origin.DoesNotQualify), "not-qualify": string(origin.DoesNotQualify),
	"qualified": string(origin.Qualifies), "qualify": string(origin.Qualifies),
	"review": string(origin.NeedsReview), "errors": string(origin.StatusError),
}
