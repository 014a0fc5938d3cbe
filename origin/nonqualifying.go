package origin

import (
	"fmt"

	"github.com/roo-trade/roo/origin/hs"

	"github.com/shopspring/decimal"
)

// Non-qualifying operations (UR §11; 19 USC 4531(n)): a good is not
// originating merely because it was diluted with water or another
// substance that does not materially alter its characteristics, or by a
// production or pricing practice whose object is circumvention; nor is
// repackaging, relabelling or putting up for sale "production" of a good
// (UR §1 "production": growing, mining, manufacturing, processing or
// assembling …). CBP ruling HQ H318560 refused USMCA treatment to bulk
// pharmaceuticals repackaged in Canada on that ground, however high the
// regional value content. The bill of materials cannot show what was done,
// but it can show when such an operation is possible; roo then asks the
// fact FactNonQualifying before it certifies (issue 17 item 4).

// nonQualifyingWithholds stops a qualifying result for criterion B or D
// when the bill of materials shows a non-qualifying operation is possible
// and the workbook has not said it was not: answered yes, the good does not
// qualify; unanswered, it needs review. It reports whether it decided the
// result.
func (d *determination) nonQualifyingWithholds(criterion, rule, why string) bool {
	if criterion != "B" && criterion != "D" {
		return false // wholly obtained (A) or exclusively from originating materials (C)
	}
	because := d.nonQualifyingPossible(criterion, rule)
	if because == "" {
		return false
	}
	yes, known := d.facts.get(FactNonQualifying)
	switch {
	case known && !yes:
		d.res.Reasons = append(d.res.Reasons, fmt.Sprintf("%s; the workbook answers no to whether the good was only diluted, repackaged or labelled (fact %s), so UR §11 does not stand in the way", because, FactNonQualifying))
		return false
	case known && yes:
		d.res.Status = DoesNotQualify
		d.res.Criterion = ""
		if rule != "" {
			d.res.Rule = rule
		}
		d.res.Reasons = append([]string{fmt.Sprintf("%s, but the workbook states the good was only diluted, repackaged, labelled or produced to circumvent the rules (fact %s): such an operation does not confer origin, however high the regional value content (UR §11; 19 USC 4531(n); UR §1 \"production\"; CBP HQ H318560)", why, FactNonQualifying)}, d.res.Reasons...)
		d.finish()
		return true
	}
	d.res.Status = NeedsReview
	d.res.Criterion = ""
	if rule != "" {
		d.res.Rule = rule
	}
	d.needFact(Fact{Key: FactNonQualifying, Question: factQuestions[FactNonQualifying], For: "UR §11 (non-qualifying operations)"})
	d.res.Reasons = append([]string{fmt.Sprintf("%s, but %s: a good only diluted, repackaged or labelled is not originating however high its regional value content (UR §11; 19 USC 4531(n); CBP HQ H318560); answer the fact %s", why, because, FactNonQualifying)}, d.res.Reasons...)
	d.finish()
	return true
}

// nonQualifyingPossible says why the bill of materials leaves a
// non-qualifying operation possible, or "" when it does not: a
// non-originating material of the good's own subheading carries more than
// half of the good's value, or the good qualifies under a rule branch that
// needs no change in tariff classification while a non-originating material
// has the good's own code (as far as both codes go, at least to the
// subheading). Materials of other codes (parts of 8504.90 in a transformer
// of 8504.21; a torque converter of 8708.40.75 in a transmission of
// 8708.40.11; parts assembled under criterion D, which the workbook states
// are parts of the good) show a production the law counts, not a mere
// repackaging.
func (d *determination) nonQualifyingPossible(criterion, rule string) string {
	noChange := false
	for _, b := range d.res.Branches {
		if b.Citation == rule && b.Outcome == Pass && b.noChange {
			noChange = true
		}
	}
	if d.g.HTS.Len() < 6 {
		return ""
	}
	base, baseName := d.goodValue()
	for _, l := range d.testedLines() {
		m := l.Material
		if m.HTS.Len() < 6 || m.HTS.Subheading() != d.g.HTS.Subheading() {
			continue
		}
		if base.IsPositive() && l.Counted.Mul(decimal.NewFromInt(2)).GreaterThan(base) {
			return fmt.Sprintf("the non-originating %s (%s), of the good's own subheading %s, carries %s%% of the good's %s", partName(m), m.HTS, d.g.HTS.Subheading(), percentOf(l.Counted, base).Round(1).StringFixed(1), baseName)
		}
		if noChange && sameAsFarAsBothGo(m.HTS, d.g.HTS) {
			return fmt.Sprintf("the good qualifies under a rule branch that needs no change in tariff classification, and the non-originating %s (%s) is of the good's own subheading %s", partName(m), m.HTS, d.g.HTS.Subheading())
		}
	}
	return ""
}

// goodValue is the value the share of one material is measured against:
// the transaction value, else the net cost, else the materials' value.
func (d *determination) goodValue() (decimal.Decimal, string) {
	if d.g.TransactionValue.Valid {
		return d.g.TransactionValue.Decimal, "transaction value"
	}
	if nc, _ := ResolveNetCost(d.g); nc.Valid {
		return nc.Decimal, "net cost"
	}
	sum := decimal.Zero
	for i := range d.res.VNM.Lines {
		if l := &d.res.VNM.Lines[i]; l.Depth == 0 {
			sum = sum.Add(l.Value)
		}
	}
	return sum, "value of its materials"
}

// sameAsFarAsBothGo reports whether two codes agree on every digit both
// have: the material may be the very good produced.
func sameAsFarAsBothGo(a, b hs.Code) bool {
	n := min(a.Len(), b.Len())
	return a[:n] == b[:n]
}
