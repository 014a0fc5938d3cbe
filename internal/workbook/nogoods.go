package workbook

import (
	"fmt"
	"strings"
)

// noGoods is the error of an input that was read to its end and holds no
// good: an empty export, a header without rows, rows all of which belong
// to no good. Exit 0 with "0 goods" would read as "nothing to worry about".
func noGoods(file string, b *builder) error {
	msg := "has no goods: roo read it to the end and found no row that defines a good"
	if len(b.problems) > 0 {
		msg += " (the problems above say why)"
	}
	return fileErr(file, msg, "check that this is the right file and that its sheet has data rows below the header; 'roo template' shows the layout")
}

// TemplateSampleID is the Good ID of the worked example of 'roo template'.
const TemplateSampleID = "SAMPLE-1"

// templateSample warns when a workbook still holds the template's worked
// example: its figures are invented, and a portfolio that counts it is
// wrong.
func (b *builder) templateSample(gb *goodBuild) (Problem, bool) {
	g := gb.in.Good
	if g.ID != TemplateSampleID || !strings.Contains(strings.ToLower(g.Description), "replace with your goods") {
		return Problem{}, false
	}
	return Problem{Severity: SevWarning, File: b.file, Sheet: gb.sheet, Row: gb.row, GoodID: g.ID,
		Message: fmt.Sprintf("good %s is the worked example of 'roo template', not one of your goods", g.ID),
		Hint:    "delete its rows from the Goods and BOM sheets once you have added your own goods"}, true
}
