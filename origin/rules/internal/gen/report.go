package main

import (
	"fmt"
	"io"

	"github.com/roo-trade/roo/origin/rules"
)

// printReport prints the coverage of a freshly built base, with every
// failure and flag, for the person running the generator.
func printReport(w io.Writer, b *rules.Base) {
	cov, err := b.Coverage()
	if err != nil {
		fmt.Fprintln(w, "coverage:", err)
		return
	}
	t := cov.Total
	fmt.Fprintf(w, "records %d: complete %d, with conditions %d, failed %d (%s%% parsed); %d assumptions\n",
		t.Records, t.Complete, t.WithConditions, t.Failed, t.ParsedPercent().StringFixed(2), cov.Assumptions)
	fmt.Fprintf(w, "chapters with no record: %v\n", cov.Missing)
	for _, f := range cov.Failures {
		fmt.Fprintf(w, "FAILED %s %s: %s\n", f.ID, f.Citation, f.Reason)
	}
	for _, f := range cov.Flags {
		fmt.Fprintf(w, "FLAG %s %s: %s\n", f.ID, f.Citation, f.Reason)
	}
}
