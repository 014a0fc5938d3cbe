package parse

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/rules"
)

func rec(chapter string, seq int, label, scope, text string) Record {
	return Record{Chapter: chapter, Seq: seq, Label: label, Scope: scope, From: "2020-07-01", Text: text}
}

// TestFailures checks that wording the parser does not know fails the rule
// with a reason instead of being read loosely.
func TestFailures(t *testing.T) {
	tests := []struct {
		name, text, reason string
	}{
		{"unknown condition", "1. A change to heading 8407 from any other heading, provided that the good is painted blue.", "unrecognised condition"},
		{"RVC with no threshold", "1. No change in tariff classification to a good of heading 8407, provided there is a regional value content of not less than:", "gives no threshold"},
		{"RVC with stray words", "1. No change in tariff classification to a good of heading 8407, provided there is a regional value content of not less than 60 percent under the net cost method and a blessing.", "unrecognised words"},
		{"'any other' in an exception list", "1. A change to heading 8407 from any other good of heading 8407, except from parts of heading 8407 or any other heading.", "ambiguous"},
		{"no sources", "1. A change to heading 8407.", "cannot find where the goods end"},
		{"unknown branch", "1. (A) A change to heading 8407 from any other heading; or (B) Assembly of heading 8407 in Ohio.", "branch (B) does not begin as a branch"},
		{"words after a source", "1. A change to heading 8407 from heading 8409 assembled in Ohio.", "cannot read"},
		{"a source without a code", "1. A change to heading 8407 from parts, except housings, of heading 8409.", "cannot read \"parts\" as a source"},
		{"backwards range", "1. A change to headings 8409 through 8407 from any other chapter.", "runs backwards"},
		{"code inside a source description", "1. A change to heading 8407 from parts of 8409 engines of heading 8409.", "codes in a description"},
		{"truncated by the data", "47. subheading 8414.90", "truncated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rec("84", 1, "1", "Heading 8407", tt.text)
			if tt.name == "truncated by the data" {
				r.Note = "TRUNCATED in this copy"
			}
			res := Parse(r)
			if res.Rule == nil {
				t.Fatalf("parsed as a note: %+v", res.Note)
			}
			if res.Rule.Status != rules.Failed || !strings.Contains(res.Rule.Failure, tt.reason) {
				t.Errorf("status %s, failure %q; want failed with %q\n%s", res.Rule.Status, res.Rule.Failure, tt.reason, rules.Outline(res.Rule))
			}
		})
	}
}

// TestConditionKeys checks that each wording of a named condition gives its
// stable key, the one a workbook column "Fact: <key>" uses.
func TestConditionKeys(t *testing.T) {
	tests := []struct{ clause, key string }{
		{"the good is both cut (or knit to shape) and sewn or otherwise assembled in the territory of one or more of the USMCA countries", "cut-knit-sewn-in-territory"},
		{"the good is both cut and sewn or otherwise assembled in the territory of one or more of the USMCA countries", "cut-sewn-in-territory"},
		{"the good is cut or knit to shape, or both, and sewn or otherwise assembled in the territory of one or more of the USMCA countries", "cut-or-knit-sewn-in-territory"},
		{"the nonoriginating alcoholic ingredients constitute no more than 10 percent of the alcoholic content of the good by volume", "nom-alcoholic-ingredients-max-10pct-volume"},
		{"the nonoriginating materials of subheading 1302.39 do not exceed 50 percent by weight of the good", "nom-materials-max-50pct-weight"},
		{"the nonoriginating cocoa powder of heading 1805 constitutes no more than 35 percent by weight of the cocoa powder", "nom-cocoa-powder-max-35pct-weight"},
		{"the nonoriginating feedstock of subheadings 2711.12 through 2711.14 constitutes no more than 49 percent by volume of the good", "nom-feedstock-max-49pct-volume"},
		{"the good resulting from such change is the product of a chemical reaction", "chemical-reaction"},
		{"at least 70 percent by weight of the materials of headings 7208 through 7229 or headings 7301 through 7326 is originating", "originating-materials-min-70pct-weight"},
		{"the originating polymer content of headings 3901 through 3915 is not less than 50 percent by weight of the total polymer content", "originating-polymer-min-50pct-weight"},
		{"if bar or rod is used, the cross-sectional area of the bar or rod is reduced by at least 50 percent", "bar-rod-reduced-50pct"},
		{"a single juice ingredient, or juice ingredients from a single non-USMCA country, constitute in single strength form no more than 60 percent by volume of the good", "single-juice-max-60pct-volume"},
	}
	for _, tt := range tests {
		c, ok := matchCondition(tt.clause)
		if !ok {
			t.Errorf("%q not recognised", tt.clause)
			continue
		}
		if c.Key != tt.key || c.Question == "" || c.Text == "" {
			t.Errorf("%q: key %q question %q, want key %q", tt.clause, c.Key, c.Question, tt.key)
		}
	}
	// Two conditions joined by "and", each with "and" inside.
	got, ok := splitConditions("the nonoriginating sugar of chapter 17 constitutes no more than 35 percent by weight of the sugar and the nonoriginating cocoa powder of heading 1805 constitutes no more than 35 percent by weight of the cocoa powder")
	if !ok || len(got) != 2 || got[0].Key != "nom-sugar-max-35pct-weight" || got[1].Key != "nom-cocoa-powder-max-35pct-weight" {
		t.Errorf("split into %+v", got)
	}
}

// TestChecks checks the flags a rule that contradicts itself gets.
func TestChecks(t *testing.T) {
	tests := []struct {
		name, text, flag string
	}{
		{
			"an RVC branch admits what the other branch never excepted",
			// Rule 209 of chapter 84 as first transcribed, before the data
			// restored "except from heading 8473" to branch (A).
			"209. (A) A change to heading 8472 from any other heading; or (B) A change to heading 8472 from heading 8473, whether or not there is also a change from any other heading, provided there is a regional value content of not less than: (1) 60 percent where the transaction value method is used; or (2) 50 percent where the net cost method is used.",
			"branch (B) admits heading 8473 only with an RVC, but branch (A) already admits it",
		},
		{
			"a branch for other goods than the rule",
			"30. For a good of subheading 8409.99 for use in a passenger vehicle or light truck: (A) No change in tariff classification to a good of subheading 8409.91, provided there is a regional value content of not less than 75 percent under the net cost method.",
			"branch (A) is for subheading 8409.91 but the rule is for subheading 8409.99",
		},
		{
			"an exception that excepts nothing",
			"44. A change to subheading 8414.30 from any other subheading, except from tariff item 8414.30.40.",
			"excepts tariff item 8414.30.40, which lies within the goods' own subheading",
		},
		{
			"labels out of sequence",
			"1. (A) A change to heading 8472 from any other heading; or (C) A change to heading 8472 from heading 8473, whether or not there is also a change from any other heading, provided there is a regional value content of not less than 50 percent under the net cost method.",
			"branch labels run (A) (C), out of sequence",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Parse(rec("84", 1, "1", "", tt.text)).Rule
			if r.Status == rules.Failed {
				t.Fatalf("failed: %s", r.Failure)
			}
			found := false
			for _, f := range r.Flags {
				found = found || strings.Contains(f, tt.flag)
			}
			if !found {
				t.Errorf("flags %q, want one containing %q", r.Flags, tt.flag)
			}
		})
	}
	restored := Parse(rec("84", 1, "209", "", "209. (A) A change to heading 8472 from any other heading, except from heading 8473; or (B) A change to heading 8472 from heading 8473, whether or not there is also a change from any other heading, provided there is a regional value content of not less than 50 percent under the net cost method.")).Rule
	if len(restored.Flags) > 0 {
		t.Errorf("the restored rule is flagged: %q", restored.Flags)
	}
}

// TestLink checks what linking the records of a chapter settles: the uses
// of "any other good" rules and of rules that state none, conflicts and
// gaps between versions.
func TestLink(t *testing.T) {
	pv := rec("84", 1, "27", "", "27. For a good of subheading 8409.91 for use in a passenger vehicle or light truck: (A) No change in tariff classification to a good of subheading 8409.91, provided there is a regional value content of not less than 75 percent under the net cost method.")
	ht := rec("84", 2, "28", "", "28. For a good of subheading 8409.91 for use in a heavy truck: (A) No change in tariff classification to a good of subheading 8409.91, provided there is a regional value content of not less than 70 percent under the net cost method.")
	silent := rec("84", 3, "29", "", "29. (A) A change to subheading 8409.91 from any other heading; or (B) No change in tariff classification to a good of subheading 8409.91, provided there is a regional value content of not less than 50 percent under the net cost method.")
	other := rec("84", 4, "30", "", "30. For any other good of subheading 8409.91: (A) A change to subheading 8409.91 from any other heading.")
	res := parseAll([]Record{pv, ht, silent, other})
	r := func(i int) *rules.Rule { return res[i].Rule }
	if r(0).Uses != rules.PassengerVehicle|rules.LightTruck || r(1).Uses != rules.HeavyTruck {
		t.Errorf("stated uses: %s, %s", r(0).Uses, r(1).Uses)
	}
	if r(2).Uses != rules.OtherUse || r(2).UseBasis != "other" || len(r(2).Assumptions) == 0 {
		t.Errorf("a rule stating no use beside use-specific rules: uses %s (%s), assumptions %q", r(2).Uses, r(2).UseBasis, r(2).Assumptions)
	}
	if r(3).Uses != rules.OtherUse || len(r(3).Assumptions) != 0 {
		t.Errorf("\"any other good\": uses %s, assumptions %q", r(3).Uses, r(3).Assumptions)
	}
	if len(r(2).Flags) == 0 || !strings.Contains(r(2).Flags[0], "same goods, use, trade and dates") {
		t.Errorf("two rules for the other uses of 8409.91 are not flagged: %q", r(2).Flags)
	}

	early := Record{Chapter: "86", Seq: 1, From: "2020-07-01", Text: "Beginning on July 1, 2020 until January 1, 2023, the following rule of origin shall apply to subheading 8607.91: (a) A change to subheading 8607.91 from any other heading."}
	late := Record{Chapter: "86", Seq: 2, From: "2023-07-01", Text: "Beginning on July 1, 2023, and thereafter, the following rules of origin shall apply to subheading 8607.91: (a) A change to subheading 8607.91 from any other chapter."}
	res = parseAll([]Record{early, late})
	if res[0].Rule.Period.To != "2022-12-31" {
		t.Errorf("the early version ends %s, want 2022-12-31", res[0].Rule.Period.To)
	}
	if len(res[0].Rule.Flags) == 0 || !strings.Contains(res[0].Rule.Flags[0], "from 2023-01-01 to 2023-06-30") {
		t.Errorf("the gap is not flagged: %q", res[0].Rule.Flags)
	}
}

// TestTrade checks that the trade a rule is limited to comes from the text
// when it says so, else from the record's label.
func TestTrade(t *testing.T) {
	stated := Parse(rec("57", 3, "chapter rule 1, Mexico-US trade", "", "Chapter rule 1: For the purposes of trade between the territory of Mexico and the territory of the United States of goods of subheadings 5703.20 through 5703.30 the following rule of origin applies: (a) A change to subheadings 5703.20 through 5703.30 from any other chapter.")).Rule
	if stated.Trade != rules.MexicoUS || !stated.TradeStated {
		t.Errorf("stated: %s (stated %v)", stated.Trade, stated.TradeStated)
	}
	labelled := Parse(rec("51", 4, "subheading rule for 5112.11, Canada-US trade", "", "(a) A change to subheading 5112.11 from any other heading.")).Rule
	if labelled.Trade != rules.CanadaUS || labelled.TradeStated {
		t.Errorf("labelled: %s (stated %v)", labelled.Trade, labelled.TradeStated)
	}
	conflict := Parse(rec("57", 6, "heading rule for 5704, Canada-US trade", "", "Heading rule: For the purposes of trade between the territory of Mexico and the territory of the United States of goods of heading 5704 the following rule of origin applies: (a) A change to heading 5704 from any other chapter.")).Rule
	if len(conflict.Flags) == 0 {
		t.Error("a text and a label that disagree on the trade are not flagged")
	}
}
