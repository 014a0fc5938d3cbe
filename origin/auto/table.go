package auto

import (
	"strings"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// Table names a table of the automotive appendix.
type Table string

// The tables of the appendix (UR Part 6; SOR/2020-155, Tables).
const (
	TableA1 Table = "A.1" // core parts for passenger vehicles and light trucks
	TableA2 Table = "A.2" // parts and components for the origin of passenger vehicles and light trucks (super-core)
	TableB  Table = "B"   // principal parts for passenger vehicles and light trucks
	TableC  Table = "C"   // complementary parts for passenger vehicles and light trucks
	TableD  Table = "D"   // principal parts for heavy trucks
	TableE  Table = "E"   // complementary parts for heavy trucks
	TableF  Table = "F"   // parts for other vehicles
	TableS  Table = "S"   // steel and aluminum
)

// Name is how a citation names the table: "Table A.1".
func (t Table) Name() string { return "Table " + string(t) }

// Metal is the metal a Table S line is about.
type Metal string

// The metals of Table S and of the purchase requirement of UR §17.
const (
	Steel    Metal = "steel"
	Aluminum Metal = "aluminum"
)

// Entry is one line of a table: the provisions it lists, as printed (in
// HS 2012), with their HS 2022 counterparts.
type Entry struct {
	Table Table
	Refs  []Ref
	Desc  string
	// Part is, in Table A.2, the column-1 part the line belongs to
	// ("Engines"); Component is true for a column-2 component line and
	// false for the line of the part itself.
	Part      string
	Component bool
	// Metal is set in Table S.
	Metal Metal
	// Links are the HS 2022 subheadings the provisions correspond to,
	// through the UN correlation HS 2012 → HS 2022.
	Links []Link
	// Fact is the key of the fact that confirms a good is of this line,
	// when its provisions cover more than the line does (an "ex" code or a
	// lettered tariff item); empty when the provisions say it all.
	Fact string
	// Complement is the key of another line's fact whose answer is the
	// opposite of this one's: Table B's "ex 8708.29 other parts … (excluding
	// body stampings)" is the complement of Table A.1's "ex 8708.29 body
	// stampings".
	Complement string
}

// Ref is one provision a line lists: a chapter, heading, subheading or
// lettered tariff item of HS 2012, or a range of them.
type Ref struct {
	Code string // as printed, with dots: "8708.29", "40.09", "8708.29.aa"
	To   string // the end of a range ("8482.10 through 8482.80"), or empty
	Ex   bool   // "ex": only part of the provision
}

// String prints the provision as the table does.
func (r Ref) String() string {
	s := r.Code
	if r.To != "" {
		s += " through " + r.To
	}
	if r.Ex {
		s = "ex " + s
	}
	return s
}

// Lettered reports whether the provision is a tariff item written with
// letters (8708.29.aa): each country's own 8-digit items, which roo cannot
// tell from the code.
func (r Ref) Lettered() bool {
	return strings.Count(r.Code, ".") == 2 && strings.ContainsAny(r.Code, "abcdefghijklmnopqrstuvwxyz")
}

// Link ties a line to an HS 2022 subheading.
type Link struct {
	Code hs.Code // HS 2022 subheading
	From hs.Code // the HS 2012 subheading it came from
	// Partial is set when the HS 2022 subheading also took goods from
	// outside the line's provisions: a good of it may or may not be one.
	Partial bool
}

// RefsString lists a line's provisions: "ex 8407.33; ex 8407.34".
func (e *Entry) RefsString() string {
	parts := make([]string, len(e.Refs))
	for i, r := range e.Refs {
		parts[i] = r.String()
	}
	return strings.Join(parts, "; ")
}

// Cite names the line for a reader: "Table A.1 (ex 8708.29 body stampings)".
func (e *Entry) Cite() string {
	s := e.Table.Name() + " (" + e.RefsString()
	if e.Desc != "" {
		s += " " + strings.ToLower(firstWords(e.Desc, 8))
	}
	return s + ")"
}

// exact reports whether every good of the line's HS 2022 subheadings is
// of the line: no "ex", no lettered item, no partial mapping.
func (e *Entry) exact() bool {
	for _, r := range e.Refs {
		if r.Ex || r.Lettered() {
			return false
		}
	}
	return true
}

// VehicleRule is one RVC requirement of the vehicle rules of headings
// 87.01 to 87.08 (UR §13 table), as Canada prints them: the provision,
// the subdivision, the goods it is for, and its thresholds by date.
type VehicleRule struct {
	// Row is the line of the data file (1 = the first record).
	Row int
	// Provision is the tariff provision column as printed ("8704.22 -
	// 8704.23", "87.06", "8708.99.aa").
	Provision string
	// Links are the HS 2022 subheadings of the provision.
	Links []Link
	// Subdivision is the numbered subdivision ("1"), empty when the rule
	// has none; Branch the lettered alternative within it ("b"), if any.
	Subdivision string
	Branch      string
	// Subject is the goods the subdivision names ("a passenger vehicle", "a
	// good", "any other good", "a body stamping").
	Subject string
	// Uses are the uses of a part rule ("for use as original equipment in a
	// heavy truck"), 0 for a vehicle rule.
	Uses Use
	// RVC is the requirement with its staged thresholds.
	RVC rules.RVC
}

// Cite names the rule: "UR §13, 8704.31(1)".
func (v *VehicleRule) Cite() string {
	s := "UR §13, " + v.Provision
	if v.Subdivision != "" {
		s += "(" + v.Subdivision + ")"
	}
	if v.Branch != "" {
		s += "(" + v.Branch + ")"
	}
	return s
}

// firstWords returns at most n words of s.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return strings.Join(w, " ")
	}
	return strings.Join(w[:n], " ") + " …"
}
