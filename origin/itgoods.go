package origin

import (
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
)

// itGood is a provision of HTSUS General Note 11(p) (USMCA Article 2.10,
// Table 2.10.1): goods "deemed to be originating goods when imported into
// the customs territory of the United States from another USMCA country",
// notwithstanding any other provision of the note.
type itGood struct {
	name  string
	codes []hs.Code
	// fact, when set, asks what the provision's description narrows that the
	// code cannot show.
	fact *Fact
}

// itGoods is the list of General Note 11(p) as the HTSUS prints it: "(p)
// Goods that shall be deemed to be originating goods.—Notwithstanding any
// other provisions of this note, the following goods named in the first
// column below and classified in the provisions enumerated in the second
// column shall be deemed to be originating goods when imported into the
// customs territory of the United States from another USMCA country". Read
// from the USMCA general note of the HTSUS (page 163 of the note, mirrored
// at https://checkoutapi.com/htsus?general_notes=usmca&page=163). Only the
// entries on that page could be read here; the note's list continues
// (parts of automatic data processing machines and the goods after them)
// and those entries are not encoded: a good of them is judged under
// Chapter 4 alone. CBP applied the note in HQ H312426 (Chinese-origin
// computers passed through a Mexican plant held originating).
var itGoods = []itGood{
	{name: "Automated data processing machines", codes: []hs.Code{"847130", "847141", "847149"}},
	{name: "Digital processing units", codes: []hs.Code{"847150"}},
	{name: "Combined input/output units", codes: []hs.Code{"84716010"}},
	{name: "Display units", codes: []hs.Code{"85284200", "85285200", "85286200"}},
	{name: "Other input or output units", codes: []hs.Code{"84716020", "84716070", "84716080", "84716090"}},
	{name: "Storage units", codes: []hs.Code{"847170"}},
	{name: "Other units of automated data processing machines", codes: []hs.Code{"847180"}},
	{name: "Parts of machines of subheading 8443.31 or 8443.32, excluding facsimile machines and teleprinters", codes: []hs.Code{"844399"},
		fact: &Fact{Key: "gn11p-parts-of-844331-844332", Question: "Is the good a part of a machine of subheading 8443.31 or 8443.32, other than of a facsimile machine or teleprinter (HTSUS General Note 11(p))?", For: "HTSUS General Note 11(p)"}},
}

// itGoodsCitation cites the provision an IT good is originating by.
const itGoodsCitation = "HTSUS General Note 11(p); USMCA Art. 2.10, Table 2.10.1"

// itGoodOf finds the General Note 11(p) entry of a code, if any.
func itGoodOf(code hs.Code) *itGood {
	for i := range itGoods {
		for _, c := range itGoods[i].codes {
			if code.HasPrefix(c) {
				return &itGoods[i]
			}
		}
	}
	return nil
}

// itGoodRule applies General Note 11(p) to a good Chapter 4 did not make
// originating: a good of the list imported into the United States from
// Canada or Mexico is originating whatever its materials, by its own basis
// (criterion "E" in CBP's certification instructions). It reports whether it
// decided the good; a description the code cannot show leaves a fact.
func (d *determination) itGoodRule() bool {
	e := itGoodOf(d.g.HTS)
	if e == nil || d.opts.depth > 0 {
		// A material (an intermediate being checked under its own rule)
		// is not "imported into the customs territory of the United
		// States": the note deems goods originating on importation only.
		return false
	}
	importer, producer := strings.ToUpper(d.g.ImportingCountry), strings.ToUpper(d.g.ProducerCountry)
	if importer != "US" || (producer != "CA" && producer != "MX") {
		if importer != "US" {
			d.reason("%s (%s) deems the good originating only when imported into the United States; the good is imported into %s", itGoodsCitation, e.name, importer)
		}
		return false
	}
	if e.fact != nil {
		yes, known := d.facts.get(e.fact.Key)
		if !known {
			d.reason("%s would make the good originating if it is what the note describes: %s", itGoodsCitation, e.name)
			d.needFact(*e.fact)
			d.res.Status = NeedsReview
			d.finish()
			return true
		}
		if !yes {
			return false
		}
	}
	// No regional value content is required: the figures stay for the
	// record, without the threshold of a rule that does not apply.
	for i := range d.res.RVC {
		d.res.RVC[i].Threshold = decimal.NullDecimal{}
	}
	d.qualify("E", itGoodsCitation, "the good is of "+e.name+" ("+d.g.HTS.String()+"), which HTSUS General Note 11(p) deems originating when imported into the United States from another USMCA country, notwithstanding the rules of Chapter 4 (USMCA Art. 2.10; CBP HQ H312426)")
	return true
}
