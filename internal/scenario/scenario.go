// Package scenario applies a file of proposed rule changes (the 2026 USMCA
// joint review, USMCA Art. 34.7, is weighing higher regional value content
// and a US-content floor for vehicles) to results of the law in force, to
// show which goods would fail and what it would cost. A scenario is never
// law: results under one are marked as such in every output and are never
// certifiable.
package scenario

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/internal/csvtable"
	"github.com/roo-trade/roo/origin/hs"
)

// Kind is the kind of a proposed change.
type Kind string

// The kinds of change.
const (
	// RVCSet sets the RVC threshold of the goods under a prefix to Value
	// percent.
	RVCSet Kind = "rvc-set"
	// RVCRaise raises their RVC threshold by Value percentage points.
	RVCRaise Kind = "rvc-raise"
	// USContentFloor requires at least Value percent US content (US content
	// over the customs value, see origin.Content).
	USContentFloor Kind = "us-content-floor"
)

// Change is one proposed change.
type Change struct {
	Kind Kind
	// Prefixes are the HTS prefixes (chapter, heading, subheading or item)
	// of the goods it covers.
	Prefixes []hs.Code
	// Value is the threshold or floor in percent, or the points to add.
	Value decimal.Decimal
	// From is the day it would take effect: goods evaluated as of an
	// earlier day are not affected.
	From  time.Time
	Label string
	Line  int
}

// Covers reports whether the change covers a good of code evaluated on date.
func (c Change) Covers(code hs.Code, date time.Time) bool {
	if date.Before(c.From) {
		return false
	}
	for _, p := range c.Prefixes {
		if code.HasPrefix(p) {
			return true
		}
	}
	return false
}

// Scenario is a named set of proposed changes.
type Scenario struct {
	// Name is the file's name, as given.
	Name    string
	Changes []Change
}

// Read reads a scenario file: CSV with a header naming these columns, in
// any order (lines starting with # are comments):
//
//	change      rvc-set (the RVC threshold becomes value percent),
//	            rvc-raise (the RVC threshold rises by value points) or
//	            us-content-floor (at least value percent US content).
//	            Required.
//	hts_prefix  the HTS prefixes it covers (87, 8704, 8704.31), separated
//	            by spaces or semicolons. Required.
//	value       a percentage (rvc-set, us-content-floor: 0 to 100) or
//	            points (rvc-raise: more than 0). Required.
//	from        the day it would take effect, YYYY-MM-DD. Required; goods
//	            evaluated as of an earlier day (see --as-of) are unaffected.
//	label       what to call it in reports.
func Read(r io.Reader, name string) (*Scenario, error) {
	t, err := csvtable.Open(r, name, []string{"change", "hts_prefix", "value", "from"}, []string{"change", "hts_prefix", "value", "from", "label"})
	if err != nil {
		return nil, err
	}
	sc := &Scenario{Name: name}
	for {
		row, err := t.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		get, bad, line := row.Get, row.Errorf, row.Line
		c := Change{Kind: Kind(strings.ToLower(get("change"))), Label: get("label"), Line: line}
		switch c.Kind {
		case RVCSet, RVCRaise, USContentFloor:
		default:
			return nil, bad("change is %q; want rvc-set, rvc-raise or us-content-floor", get("change"))
		}
		for _, f := range strings.FieldsFunc(get("hts_prefix"), func(r rune) bool { return r == ' ' || r == ';' || r == ',' }) {
			p, err := hs.Parse(f, 2, 10)
			if err != nil {
				return nil, bad("hts_prefix %q: %v", f, err)
			}
			c.Prefixes = append(c.Prefixes, p)
		}
		if len(c.Prefixes) == 0 {
			return nil, bad("no hts_prefix: give the chapters, headings or codes the change covers (87, 8704)")
		}
		v, err := decimal.NewFromString(get("value"))
		if err != nil {
			return nil, bad("value is %q; want a number (80 for 80%%, 5 for 5 points)", get("value"))
		}
		if c.Kind == RVCRaise && !v.IsPositive() {
			return nil, bad("rvc-raise by %s: want more than 0 points", v)
		}
		if c.Kind != RVCRaise && (v.IsNegative() || v.GreaterThan(decimal.NewFromInt(100))) {
			return nil, bad("%s of %s: want a percentage from 0 to 100", c.Kind, v)
		}
		c.Value = v
		if c.From, err = time.Parse(time.DateOnly, get("from")); err != nil {
			return nil, bad("from is %q; want a date as YYYY-MM-DD", get("from"))
		}
		if c.Label == "" {
			c.Label = fmt.Sprintf("%s line %d", name, line)
		}
		sc.Changes = append(sc.Changes, c)
	}
	if len(sc.Changes) == 0 {
		return nil, fmt.Errorf("%s: no changes: a scenario needs at least one row under its header", name)
	}
	return sc, nil
}
