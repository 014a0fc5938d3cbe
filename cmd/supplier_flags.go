package cmd

import (
	"regexp"
	"strconv"
	"time"

	"github.com/spf13/cobra"
)

// supplierOptions are --by and --expiring of roo qualify.
type supplierOptions struct {
	By       string // "good" (default) or "supplier"
	Expiring string // the window of certifications lapsing, e.g. 90d
	// ExpiringSet is whether --expiring was given.
	ExpiringSet bool
}

// bySupplier reports whether --by supplier was given.
func (o *supplierOptions) bySupplier() bool { return o.By == "supplier" }

// byNames are the values of --by.
var byNames = []string{"good", "supplier"}

// defaultExpiring is the --expiring window when none is given.
const defaultExpiring = "90d"

func addSupplierFlags(cmd *cobra.Command, o *supplierOptions) {
	enumFlag(cmd, cmd.Flags(), &o.By, "by", "", "good", byNames, "list the results by good, or by supplier: what each supplies, its certifications of origin and the duty at stake if they lapsed", nil)
	cmd.Flags().StringVar(&o.Expiring, "expiring", defaultExpiring, "flag the certifications that expire within this `WINDOW` of the as-of day (90d, 12w, 3m, 1y, or a date YYYY-MM-DD) in the supplier view")
}

// windowPattern is a count of days, weeks, months or years.
var windowPattern = regexp.MustCompile(`^([0-9]{1,4})([dwmy])$`)

// expiringBy is the last day of the --expiring window that starts on asOf.
func (o *supplierOptions) expiringBy(asOf time.Time) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, o.Expiring); err == nil {
		if t.Before(asOf) {
			return time.Time{}, flagHintf("give a later date, or a window such as 90d", "--expiring %s is before the as-of day %s", o.Expiring, asOf.Format(time.DateOnly))
		}
		return t, nil
	}
	m := windowPattern.FindStringSubmatch(o.Expiring)
	if m == nil {
		return time.Time{}, flagHintf("give a number of days, weeks, months or years (90d, 12w, 3m, 1y) or the last day as YYYY-MM-DD", "--expiring %q is not a window", o.Expiring)
	}
	n, _ := strconv.Atoi(m[1])
	switch m[2] {
	case "d":
		return asOf.AddDate(0, 0, n), nil
	case "w":
		return asOf.AddDate(0, 0, 7*n), nil
	case "m":
		return asOf.AddDate(0, n, 0), nil
	}
	return asOf.AddDate(n, 0, 0), nil
}

// checkSupplierView checks --by and --expiring against the output and
// decides whether the run builds the supplier view.
func (opts *qualifyOptions) checkSupplierView(format string, asOf time.Time) error {
	by := opts.Suppliers.bySupplier()
	if by && format == "pdf" {
		return flagHintf("the supplier view prints on the terminal, in JSON and CSV, and on the Suppliers sheet of -o report.xlsx", "--by supplier does not apply to the PDF summary")
	}
	opts.supplierView = by || format == "xlsx"
	if opts.Suppliers.ExpiringSet && !opts.supplierView {
		return flagHintf("add --by supplier, or write -o report.xlsx (its Suppliers sheet)", "--expiring applies to the supplier view only")
	}
	opts.viewDay = asOf
	if opts.viewDay.IsZero() {
		y, m, d := opts.Now().Date()
		opts.viewDay = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	var err error
	opts.expiringBy, err = opts.Suppliers.expiringBy(opts.viewDay)
	return err
}
