package origin

import (
	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
)

// This file holds the fixed provisions of the Uniform Regulations that the
// engine applies to every good, each with its citation. They are law, not
// data: the product-specific rules, their thresholds and every tariff rate
// come from the generated rule base and schedule, never from here.

var (
	hundred = decimal.NewFromInt(100)

	// deMinimisPercent: failing non-originating materials may make up no
	// more than 10% of the adjusted transaction value or total cost
	// (UR §5(1)); the RVC requirement is waived when all non-originating
	// materials do (UR §5(4)); for textiles, 10% of the weight (UR §5(6),
	// (7)); for sets, 10% of the value of the set (UR §6).
	deMinimisPercent = decimal.NewFromInt(10)
	// elastomericPercent: of which elastomeric content no more than 7%
	// (UR §5(6)(b), §5(7)(a)).
	elastomericPercent = decimal.NewFromInt(7)
	// criterionDTV, criterionDNC: the regional value content criterion D
	// requires (UR §3(4); 19 USC 4531(c)(1)(D)).
	criterionDTV = decimal.NewFromInt(60)
	criterionDNC = decimal.NewFromInt(50)
)

// remanufacturedScope: a remanufactured good may use recovered materials as
// originating in chapters 84 to 90 and heading 94.02, except these (UR §4;
// 19 USC 4531(a)(18)).
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

// inChapters reports whether c is in chapters from to to (inclusive).
func inChapters(c hs.Code, from, to string) bool {
	ch := string(c.Chapter())
	return len(ch) == 2 && ch >= from && ch <= to
}

// textileWeightTest reports whether the de minimis of a good is by weight:
// chapters 50 to 63 and heading 96.19 (UR §5(6), (7)).
func textileWeightTest(c hs.Code) bool {
	return inChapters(c, "50", "63") || c.HasPrefix("9619")
}

// componentGood reports whether the rule applies to the component that
// determines classification (chapters 61 to 63, UR §5(7)–(9)); criterion D
// is not available to them either (UR §3(4)).
func componentGood(c hs.Code) bool { return inChapters(c, "61", "63") }

// valueExclusion is one provision of UR §5(3) under which the value de
// minimis does not apply: non-originating materials of Materials used in
// goods of Goods.
type valueExclusion struct {
	cite      string
	materials []hs.Code
	goods     []hs.Code
}

// valueExclusions lists the specific exclusions of UR §5(3) as the domain
// page sets them out (its own lettering is not cited).
// Product descriptions narrower than a code (milk solids over 10%, not for
// retail sale, fortified juices) are read broadly: the exclusion is taken to
// apply to the whole code, so the engine never admits under de minimis a
// material the law may exclude.
var valueExclusions = []valueExclusion{
	{"UR §5(3) (dairy)", codes("0401", "0402", "0403", "0404", "0405", "0406", "190190", "210690"),
		codes("0401", "0402", "0403", "0404", "0405", "0406", "190110", "190120", "190190", "210690", "2105", "220299", "230990")},
	{"UR §5(3) (citrus juice)", codes("0805", "200911", "200912", "200919", "200921", "200929", "200931", "200939"),
		codes("200911", "200912", "200919", "200921", "200929", "200931", "200939", "210690", "220299")},
	{"UR §5(3) (instant coffee)", codes("09"), codes("210111")},
	{"UR §5(3) (oils and fats of chapter 15)", codes("15"), codes("1501", "1502", "1503", "1504", "1505", "1506", "1507", "1508", "1512", "1514", "1515")},
	{"UR §5(3) (cane or beet sugar)", codes("1701"), codes("1701", "1702", "1703")},
	{"UR §5(3) (cocoa preparations)", codes("17", "1805"), codes("180610")},
	{"UR §5(3) (pears, peaches and apricots)", codes("08", "20"), codes("2008")},
	{"UR §5(3) (single-fruit juice)", codes("2009"), codes("200990", "21069054", "22029937")},
	{"UR §5(3) (spirits)", codes("2203", "2204", "2205", "2206", "2207", "2208"), codes("2207", "2208")},
}

func codes(ss ...string) []hs.Code {
	out := make([]hs.Code, len(ss))
	for i, s := range ss {
		out[i] = hs.Code(s)
	}
	return out
}

func anyPrefix(c hs.Code, list []hs.Code) bool {
	for _, p := range list {
		if c.HasPrefix(p) {
			return true
		}
	}
	return false
}

// valueDeMinimisExcluded says whether the value de minimis may not admit a
// material of code mat in a good of code good, and why (UR §5(3)).
func valueDeMinimisExcluded(good, mat hs.Code) (bool, string) {
	if textileWeightTest(good) && !good.HasPrefix("9619") {
		return true, "goods of chapters 50 to 63 use the weight test instead (UR §5(3)(l))"
	}
	for _, x := range valueExclusions {
		if anyPrefix(good, x.goods) && anyPrefix(mat, x.materials) {
			return true, x.cite + " excludes these materials in these goods"
		}
	}
	if inChapters(good, "01", "27") && (mat == "" || mat.Subheading() == good.Subheading() || len(mat) < 6) {
		return true, "for goods of chapters 1 to 27 de minimis admits only materials of a different subheading (UR §5(3)(k))"
	}
	return false, ""
}
