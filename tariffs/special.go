package tariffs

import (
	"regexp"
	"strings"
)

// SpecialGroup is one rate of the HTS "Special" column with the program
// symbols it applies to: in "Free (A,AU,…,S,SG) 25% (KR)" the groups are
// Free for A, AU, …, S, SG and 25% for KR.
type SpecialGroup struct {
	// Rate is the rate text as printed ("Free", "30.5¢/kg + 8.5%", "See 9823.07.01-9823.07.07").
	Rate string
	// Programs are the program symbols in the parentheses ("A+", "S", "S+", "KR").
	Programs []string
}

// reProgramList matches a parenthesised list of program symbols: one or two
// capital letters, optionally followed by + or *, separated by commas (the
// print has stray spaces and trailing commas).
var reProgramList = regexp.MustCompile(`\(\s*[A-Z]{1,2}[+*]?(?:\s*,\s*[A-Z]{1,2}[+*]?)*\s*,?\s*\)`)

// reDanglingList matches an unclosed program list left before a closed one,
// as in the printed typo "See 9919.04.67 (PA (PA)".
var reDanglingList = regexp.MustCompile(`\s*\([A-Z]{1,2}[+*]?$`)

// SplitSpecial splits the text of a Special column into its groups. Text
// that is not followed by a program list (chapter 99's "No change", a bare
// "Free") comes back as one group with no programs.
func SplitSpecial(s string) []SpecialGroup {
	text := collapse(s)
	if text == "" {
		return nil
	}
	var groups []SpecialGroup
	last := 0
	for _, loc := range reProgramList.FindAllStringIndex(text, -1) {
		rate := strings.TrimSpace(text[last:loc[0]])
		inner := strings.Trim(text[loc[0]:loc[1]], "() ")
		var progs []string
		for _, p := range strings.Split(inner, ",") {
			if p = strings.TrimSpace(p); p != "" {
				progs = append(progs, p)
			}
		}
		if rate == "" && len(groups) > 0 {
			// "(PA (PA)": a doubled list; the programs belong to the previous rate.
			groups[len(groups)-1].Programs = append(groups[len(groups)-1].Programs, progs...)
		} else {
			groups = append(groups, SpecialGroup{Rate: reDanglingList.ReplaceAllString(rate, ""), Programs: progs})
		}
		last = loc[1]
	}
	if rest := strings.TrimSpace(text[last:]); rest != "" {
		groups = append(groups, SpecialGroup{Rate: rest})
	}
	return groups
}

// USMCA program symbols (HTSUS General Note 3(c)(i)): "S" marks the USMCA
// rate; "S+" marks goods that USMCA treats differently for Canada and Mexico
// (tariff-rate quotas, staged agricultural goods, textile preference levels).
const (
	ProgramUSMCA     = "S"
	ProgramUSMCAPlus = "S+"
)

// USMCAGroup returns the group of a Special column that carries program S or
// S+, and which of the two it is.
func USMCAGroup(special string) (rate, program string, ok bool) {
	for _, g := range SplitSpecial(special) {
		for _, p := range g.Programs {
			if p == ProgramUSMCA || p == ProgramUSMCAPlus {
				return g.Rate, p, true
			}
		}
	}
	return "", "", false
}
