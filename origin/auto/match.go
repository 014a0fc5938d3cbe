package auto

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// Fact is a yes-or-no question whose answer settles whether a good is of a
// table line, when its code cannot.
type Fact struct {
	Key      string
	Question string
}

// Facts answers fact keys: the answer, and whether it is given.
type Facts func(key string) (yes, known bool)

// Match is how a code stands against one table line.
type Match struct {
	Entry *Entry
	// In is Yes, No, or Maybe when a fact must settle it.
	In rules.Tri
	// Open are the facts that would settle a Maybe.
	Open []Fact
	// Why says what the answer rests on.
	Why string
}

// Match says whether a good of the HS 2022 code is of line e: Yes when the
// line covers the whole of the code's subheading, Maybe when it covers only
// part of it (an "ex" provision, a lettered tariff item, an HS 2022
// subheading that also took goods from elsewhere) and the facts do not
// settle it.
func (t *Tables) Match(e *Entry, code hs.Code, facts Facts) Match {
	m := Match{Entry: e, In: rules.No}
	if len(code) < int(hs.Subheading) {
		return m
	}
	sub := code.Subheading()
	var froms []string
	whole := false
	for _, l := range e.Links {
		if l.Code != sub {
			continue
		}
		if !l.Partial {
			whole = true
		}
		froms = appendOnce(froms, l.From.String())
	}
	if len(froms) == 0 {
		return m
	}
	var asked []Fact
	var why []string
	if !whole {
		f := Fact{Key: formerKeys(froms),
			Question: fmt.Sprintf("Was the good classified in HS 2012 subheading %s, the edition the automotive appendix tables use (HS 2022 %s also took goods from other subheadings)?", strings.Join(froms, " or "), sub)}
		asked = append(asked, f)
	} else if sub.String() != strings.Join(froms, "") {
		why = append(why, fmt.Sprintf("HS 2022 %s came from HS 2012 %s", sub, strings.Join(froms, ", ")))
	}
	if !e.exact() {
		asked = append(asked, Fact{Key: e.Fact, Question: e.Question()})
	}
	m.In = rules.Yes
	for _, f := range asked {
		yes, known := facts(f.Key)
		if !known && f.Key == e.Fact && e.Complement != "" {
			if other, k := facts(e.Complement); k {
				yes, known = !other, true
				why = append(why, fmt.Sprintf("the workbook answers %s to %s, the line's complement", yesNo(other), e.Complement))
			}
		} else if known {
			why = append(why, fmt.Sprintf("the workbook answers %s to %s", yesNo(yes), f.Key))
		}
		switch {
		case known && !yes:
			m.In, m.Open = rules.No, nil
			m.Why = strings.Join(why, "; ")
			return m
		case !known:
			m.In = rules.Maybe
			m.Open = append(m.Open, f)
		}
	}
	m.Why = strings.Join(why, "; ")
	return m
}

// Question asks whether a good is of the line: "Is the good body stampings,
// as Table A.1 of the automotive appendix lists it (ex 8708.29)?".
func (e *Entry) Question() string {
	return fmt.Sprintf("Is the good %s, as %s of the automotive appendix lists it (%s)?", lowerFirst(e.Desc), e.Table.Name(), e.RefsString())
}

// PartMatch is the table a part falls in for its use.
type PartMatch struct {
	// Table and Entry are the table and line, when settled; empty when the
	// part is in none of the use's tables, or when Open is not.
	Table Table
	Entry *Entry
	// Open are the facts that would settle which table, if any.
	Open []Fact
	// Why says what the answer rests on.
	Why string
}

// Undetermined reports whether facts must settle the table.
func (p PartMatch) Undetermined() bool { return len(p.Open) > 0 }

// TablesFor lists the tables that set a part's requirement for a use, in
// the order they take precedence: A.1, B and C for a passenger vehicle or
// light truck (UR §14), D and E for a heavy truck (UR §15), F for an other
// vehicle (UR §20). An aftermarket part has none (UR §14(18)).
func TablesFor(u Use) []Table {
	switch {
	case u == UsePassengerVehicle || u == UseLightTruck:
		return []Table{TableA1, TableB, TableC}
	case u == UseHeavyTruck:
		return []Table{TableD, TableE}
	case u == UseOtherVehicle:
		return []Table{TableF}
	}
	return nil
}

// PartTable finds the table a part of the HS 2022 code falls in when it is
// for the given use. A line that may cover the part but needs a fact blocks
// the lines after it: the part's table is then undetermined.
func (t *Tables) PartTable(code hs.Code, u Use, facts Facts) PartMatch {
	var p PartMatch
	facts = t.oneFormerCode(code, facts)
	for _, e := range t.Lines(code, TablesFor(u)...) {
		m := t.Match(e, code, facts)
		switch m.In {
		case rules.Yes:
			if len(p.Open) > 0 {
				p.Why = fmt.Sprintf("the good is in %s unless it is in an earlier table", e.Cite())
				return p
			}
			p.Table, p.Entry, p.Why = e.Table, e, m.Why
			return p
		case rules.Maybe:
			for _, f := range m.Open {
				p.Open = appendFact(p.Open, f)
			}
		}
	}
	return p
}

func appendFact(fs []Fact, f Fact) []Fact {
	for _, g := range fs {
		if g.Key == f.Key {
			return fs
		}
	}
	return append(fs, f)
}

func appendOnce(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func lowerFirst(s string) string {
	w, _, _ := strings.Cut(s, " ")
	if w == "" || (utf8.RuneCountInString(w) > 1 && strings.ToUpper(w) == w) {
		return s // keep acronyms ("ABS") as printed
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// oneFormerCode extends facts with what a good's former code implies: a
// good had one HS 2012 subheading, so a yes to one "hs2012-…" fact of its
// subheading answers no to the others.
func (t *Tables) oneFormerCode(code hs.Code, facts Facts) Facts {
	if len(code) < int(hs.Subheading) {
		return facts
	}
	sub := code.Subheading()
	var keys []string
	for _, i := range t.bySubheading[sub] {
		for _, l := range t.Entries[i].Links {
			if l.Code == sub {
				keys = appendOnce(keys, formerKey(l.From))
			}
		}
	}
	yes := ""
	for _, k := range keys {
		if y, known := facts(k); known && y {
			yes = k
			break
		}
	}
	if yes == "" {
		return facts
	}
	return func(k string) (bool, bool) {
		if strings.HasPrefix(k, "hs2012-") && k != yes {
			if _, known := facts(k); !known {
				return false, true
			}
		}
		return facts(k)
	}
}

// formerKey is the fact that a good was classified in an HS 2012 subheading.
func formerKey(c hs.Code) string { return "hs2012-" + string(c) }

func formerKeys(froms []string) string {
	return "hs2012-" + strings.ReplaceAll(strings.Join(froms, "-"), ".", "")
}
