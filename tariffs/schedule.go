package tariffs

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/roo-trade/roo/origin/hs"
)

// Schedule is a tariff schedule: the embedded US HTS, a newer USITC export,
// or a partner country's schedule read from a user file. It is immutable and
// safe for concurrent use. Rows are decoded only when looked up.
type Schedule struct {
	Header
	data  string
	rows  []int32 // byte offset of every row
	coded []int32 // indexes into rows of the numbered rows, in code order
}

// Line is a line of a schedule with the rates that apply to it.
type Line struct {
	// Code is the line's number: 8 digits for a tariff item, 10 for a
	// statistical line (or for a tariff item printed only at 10 digits,
	// such as 0402.99.90.00).
	Code hs.Code
	// Item is the 8-digit tariff item whose rates apply.
	Item hs.Code
	// Description is the line's own description; Path holds the
	// descriptions above it, heading first.
	Description string
	Path        []string
	// Units are the units of quantity: the line's own for a statistical
	// line; for a tariff item, those of its statistical lines, in order.
	Units []Unit
	// General is the general (MFN) rate, column 1.
	General Rate
	// USMCA is the rate of the Special column for program S or S+ (for a
	// partner schedule, its USMCA column); NoRate when the line has none.
	USMCA Rate
	// USMCAProgram is "S", "S+" or "" (see [ProgramUSMCAPlus]).
	USMCAProgram string
	// Column2 is the column 2 rate (US only).
	Column2 Rate
	// Footnotes are the line's footnotes ("See 9903.88.15."), when the
	// source carried them (USITC JSON exports do; the CSV export does not).
	Footnotes string
	// Statistical lists the statistical lines of a tariff item (empty for a
	// statistical line).
	Statistical []StatLine
	// Schedule describes the schedule the line comes from.
	Schedule Header
}

// StatLine is a short description of a line: code, description, units.
type StatLine struct {
	Code        hs.Code
	Description string
	Units       []Unit
	// Context holds, in a listing, the descriptions between the code
	// listed under and this line ("Chairs:" above an "Other"): what tells
	// lines of the same description apart. Empty elsewhere.
	Context []string
}

// NotFoundError says that a code names no line of the schedule. Under lists
// the lines below it (for a 4- or 6-digit code, the tariff items under it;
// for a missing statistical suffix, the suffixes of its item), when any.
type NotFoundError struct {
	Code     hs.Code
	Schedule Header
	Reason   string
	Under    []StatLine
	// Title is the description of the code listed under, when the
	// schedule numbers it ("Upholstered:" for 9401.61).
	Title string
}

func (e *NotFoundError) Error() string {
	return fmt.Sprintf("%s %s in the %s", e.Code, e.Reason, e.Schedule.Name())
}

// Hint lists the lines under the code, for the user to pick from.
func (e *NotFoundError) Hint() string {
	if len(e.Under) == 0 {
		return ""
	}
	const max = 40
	var b strings.Builder
	title := ""
	if e.Title != "" {
		title = " " + strings.TrimSuffix(strings.TrimSpace(e.Title), ":")
	}
	fmt.Fprintf(&b, "lines under %s%s:", e.Code.Truncate(hs.Level(commonLevel(e.Code))), title)
	for i, l := range e.Under {
		if i == max {
			fmt.Fprintf(&b, "\n  … and %d more", len(e.Under)-max)
			break
		}
		fmt.Fprintf(&b, "\n  %-13s %s", l.Code, joinContext(l.Context, l.Description))
	}
	return b.String()
}

func commonLevel(c hs.Code) int {
	if c.Len() >= 10 {
		return 8
	}
	if c.Len() == 8 {
		return 6
	}
	return c.Len()
}

// Name is how the schedule is named in messages: "US HTS (2025 HTS Revision 25)".
func (h Header) Name() string {
	name := h.Country + " tariff schedule"
	if h.Country == "US" {
		name = "US HTS"
	}
	if h.Revision != "" {
		return name + " (" + h.Revision + ")"
	}
	if h.Source != "" {
		return name + " (" + h.Source + ")"
	}
	return name
}

// Len is the number of numbered rows in the schedule.
func (s *Schedule) Len() int { return len(s.coded) }

// find returns the position in s.coded of the first numbered row whose code
// is >= code.
func (s *Schedule) find(code string) int {
	return sort.Search(len(s.coded), func(k int) bool { return s.code(int(s.coded[k])) >= code })
}

// exact returns the row index of code, or -1.
func (s *Schedule) exact(code string) int {
	k := s.find(code)
	if k < len(s.coded) && s.code(int(s.coded[k])) == code {
		return int(s.coded[k])
	}
	return -1
}

// under returns the row indexes of numbered rows strictly below prefix.
func (s *Schedule) under(prefix string) []int {
	var out []int
	for k := s.find(prefix); k < len(s.coded); k++ {
		c := s.code(int(s.coded[k]))
		if !strings.HasPrefix(c, prefix) {
			break
		}
		if c != prefix {
			out = append(out, int(s.coded[k]))
		}
	}
	return out
}

// Line returns the line of an 8- or 10-digit code. A statistical line
// inherits the rates of its tariff item. A 2-, 4- or 6-digit code, or a code
// the schedule lacks, gives a [*NotFoundError] listing the lines under it.
func (s *Schedule) Line(code hs.Code) (Line, error) {
	c := string(code)
	switch len(c) {
	case 8:
		if i := s.itemRow(c); i >= 0 {
			return s.line(i), nil
		}
		return Line{}, s.notFound(code, "is not a tariff item", code.Subheading())
	case 10:
		i := s.exact(c)
		if i < 0 {
			if s.itemRow(c[:8]) >= 0 {
				return Line{}, s.notFound(code, "is not a statistical line", code.Item())
			}
			return Line{}, s.notFound(code, "is not a line", code.Subheading())
		}
		return s.line(i), nil
	default:
		return Line{}, s.notFound(code, fmt.Sprintf("is a %s, not a tariff item (8 digits) or statistical line (10 digits)", code.Level()), code)
	}
}

// itemRow finds the row of an 8-digit tariff item: the 8-digit row, or,
// where the schedule prints the item only at 10 digits (0402.99.90.00), that
// row.
func (s *Schedule) itemRow(c string) int {
	if i := s.exact(c); i >= 0 {
		return i
	}
	below := s.under(c)
	if len(below) == 1 {
		return below[0]
	}
	for _, i := range below {
		if s.record(i).hasRates() {
			return i
		}
	}
	return -1
}

// notFound builds the error, listing the tariff items (or, for a missing
// statistical suffix, the statistical lines) under prefix.
func (s *Schedule) notFound(code hs.Code, reason string, prefix hs.Code) error {
	e := &NotFoundError{Code: code, Schedule: s.Header, Reason: reason}
	wantLen := 8
	if len(prefix) == 8 {
		wantLen = 10
	}
	seen := map[string]bool{}
	floor := -1
	if p := s.exact(string(prefix)); p >= 0 {
		r := s.record(p)
		floor, e.Title = r.Indent, r.Description
	}
	for _, i := range s.under(string(prefix)) {
		r := s.record(i)
		c := r.Code
		if len(c) > wantLen {
			if wantLen != 8 || !r.hasRates() {
				continue // a statistical line of an item already listed
			}
		}
		if len(c) < wantLen || seen[c[:wantLen]] {
			continue
		}
		seen[c[:wantLen]] = true
		e.Under = append(e.Under, StatLine{Code: hs.Code(c), Description: r.Description, Units: toUnits(r.Units), Context: s.pathBelow(i, r.Indent, floor)})
	}
	if len(e.Under) == 0 && len(code) > 2 {
		e.Reason += " (nothing is printed under " + prefix.String() + ")"
	}
	return e
}

// line builds the Line of row i.
func (s *Schedule) line(i int) Line {
	r := s.record(i)
	l := Line{
		Code:        hs.Code(r.Code),
		Item:        hs.Code(r.Code).Item(),
		Description: r.Description,
		Path:        s.path(i, r.Indent),
		Units:       toUnits(r.Units),
		Footnotes:   r.Footnotes,
		Schedule:    s.Header,
	}
	rates := r
	if len(r.Code) == 10 {
		if j := s.exact(r.Code[:8]); j >= 0 {
			item := s.record(j)
			rates = inherit(item, r)
			if l.Footnotes == "" {
				l.Footnotes = item.Footnotes
			}
		}
	}
	l.General = ParseRate(rates.General)
	l.Column2 = ParseRate(rates.Column2)
	if prog, rate, ok := strings.Cut(rates.USMCA, ":"); ok {
		l.USMCAProgram, l.USMCA = prog, ParseRate(rate)
	}
	if len(r.Code) == 8 || (len(r.Code) == 10 && s.exact(r.Code[:8]) < 0) {
		for _, j := range s.under(r.Code) {
			sr := s.record(j)
			l.Statistical = append(l.Statistical, StatLine{Code: hs.Code(sr.Code), Description: sr.Description, Units: toUnits(sr.Units)})
			for _, u := range sr.Units {
				if !containsUnit(l.Units, NormUnit(u)) {
					l.Units = append(l.Units, NormUnit(u))
				}
			}
		}
	}
	return l
}

// inherit gives a statistical line its item's rates; a rate printed on the
// statistical line itself takes precedence, column by column.
func inherit(item, stat Record) Record {
	out := item
	if stat.General != "" {
		out.General = stat.General
	}
	if stat.USMCA != "" {
		out.USMCA = stat.USMCA
	}
	if stat.Column2 != "" {
		out.Column2 = stat.Column2
	}
	return out
}

// path collects the descriptions above row i (indent ind), heading first.
func (s *Schedule) path(i, ind int) []string {
	var out []string
	for j := i - 1; j >= 0 && ind > 0; j-- {
		r := s.record(j)
		if r.Indent < ind {
			out = append(out, r.Description)
			ind = r.Indent
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// pathBelow is path limited to the rows indented deeper than floor.
func (s *Schedule) pathBelow(i, ind, floor int) []string {
	var out []string
	for _, p := range s.pathIndents(i, ind) {
		if p.indent > floor {
			out = append(out, p.desc)
		}
	}
	return out
}

type pathRow struct {
	indent int
	desc   string
}

// pathIndents is path with each description's indent.
func (s *Schedule) pathIndents(i, ind int) []pathRow {
	var out []pathRow
	for j := i - 1; j >= 0 && ind > 0; j-- {
		r := s.record(j)
		if r.Indent < ind {
			out = append(out, pathRow{r.Indent, r.Description})
			ind = r.Indent
		}
	}
	slices.Reverse(out)
	return out
}

// joinContext puts a line's context before its description:
// "Chairs: Other".
func joinContext(context []string, desc string) string {
	var b strings.Builder
	for _, c := range context {
		c = strings.TrimSpace(c)
		if !strings.HasSuffix(c, ":") {
			c += ":"
		}
		b.WriteString(c + " ")
	}
	return b.String() + desc
}

func toUnits(ss []string) []Unit {
	var us []Unit
	for _, s := range ss {
		us = append(us, NormUnit(s))
	}
	return us
}
