package origin

import (
	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
)

// This file holds the few fixed provisions of the Uniform Regulations that
// the engine applies to every good. They are law, not data: the
// product-specific rules, their thresholds and every tariff rate come from
// the generated rule base and schedule, never from here.

// remanufacturedChapters are the chapters in which a remanufactured good may
// use recovered materials as originating (UR §4(1); 19 USC 4531(a)(18)),
// besides heading 94.02.
var remanufacturedScope = struct {
	fromChapter, toChapter string
	headings               []hs.Code
	exceptHeadings         []hs.Code
	exceptSubheadings      []hs.Code
}{
	fromChapter:       "84",
	toChapter:         "90",
	headings:          []hs.Code{"9402"},
	exceptHeadings:    []hs.Code{"8418", "8509", "8510", "8516", "8703"},
	exceptSubheadings: []hs.Code{"841451", "845011", "845012", "850811", "851711"},
}

// remanufacturedEligible reports whether a good of code c may treat recovered
// materials as originating (UR §4; domain page §2).
func remanufacturedEligible(c hs.Code) bool {
	s := remanufacturedScope
	for _, h := range s.exceptHeadings {
		if c.HasPrefix(h) {
			return false
		}
	}
	for _, sh := range s.exceptSubheadings {
		if c.HasPrefix(sh) {
			return false
		}
	}
	for _, h := range s.headings {
		if c.HasPrefix(h) {
			return true
		}
	}
	ch := string(c.Chapter())
	return len(ch) == 2 && ch >= s.fromChapter && ch <= s.toChapter
}

// hundred is 100, for percentages.
var hundred = decimal.NewFromInt(100)
