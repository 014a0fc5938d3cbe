package rules

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

// branch returns one branch of a rule of the embedded base.
func branch(t *testing.T, chapter string, seq int, label string) *Branch {
	t.Helper()
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.Rule(ID{Chapter: chapter, Seq: seq})
	if err != nil {
		t.Fatal(err)
	}
	for i := range r.Branches {
		if r.Branches[i].Label == label {
			return &r.Branches[i]
		}
	}
	t.Fatalf("rule %s has no branch (%s)", r.Citation(), label)
	return nil
}

func TestTestMaterial(t *testing.T) {
	tests := []struct {
		name          string
		chapter       string
		seq           int
		label         string
		good, mat     string
		want          Outcome
		reason        string // a part of the reason
		mapped, isSet bool
	}{
		// GN 11(o) ch. 87 rule 27(A): mounted brake linings from any other heading.
		{"change of heading", "87", 27, "A", "870830", "840790", Pass, "8407.90 → 8708.30: change of heading", false, false},
		{"same heading", "87", 27, "A", "870830", "870899", Fail, "no change of heading (8708 → 8708)", false, false},
		{"heading-only material in the same heading", "87", 27, "A", "870830", "8708", Fail, "no change of heading", false, false},
		{"chapter-only material", "87", 27, "A", "870830", "87", Undetermined, "too coarse", false, false},
		// ch. 84 rule 143: heading 8457 from any other heading, except from heading
		// 8459 or more than one of (A) 8413.50-8413.60 (B) 8466.93.15/.30/.53 (C)
		// 8501.32/8501.52 (D) 8537.10.
		{"excepted heading", "84", 150, "", "845710", "845929", Fail, "8459.29 is excepted (heading 8459)", false, false},
		{"member of a group", "84", 150, "", "845710", "841350", Undetermined, "more than one of the following", false, true},
		{"outside every group", "84", 150, "", "845710", "732690", Pass, "change of heading", false, false},
		// ch. 85 rule 20: 8508.11 from any other subheading, except from heading
		// 8501, subheading 8508.19 or housings of subheading 8508.70.
		{"described exception", "85", 30, "A", "850811", "850870", Undetermined, `fails if the material is "housings of subheading 8508.70"`, false, false},
		{"plain exception", "85", 30, "A", "850811", "850819", Fail, "excepted (subheading 8508.19)", false, false},
		{"excepted heading, 10 digits", "85", 30, "A", "850811", "8501104020", Fail, "excepted (heading 8501)", false, false},
		{"change of subheading", "85", 30, "A", "850811", "732690", Pass, "change of subheading", false, false},
		{"any other subheading beside a described source", "85", 30, "B", "850811", "850870", Pass, "change of subheading", false, false},
		// ch. 87 rule 27(B): from parts of mounted brake linings, brakes or
		// servo-brakes of subheadings 8708.30 or 8708.99, or any other heading.
		{"described source", "87", 27, "B", "870830", "870830", Undetermined, `passes only if the material is "parts of mounted brake linings, brakes or servo-brakes of subheadings 8708.30 or 8708.99"`, false, false},
		// ch. 94 rule 4(B): from subheading 9403.90, an HS 2017 code that HS 2022
		// split into 9403.91 and 9403.99.
		{"edition mapping decides", "94", 6, "B", "940360", "940391", Pass, "HS 2017 9403.90", true, false},
		// ch. 85 rule 16(A): except from tariff items 8548.10.05 or 8548.10.15,
		// items of a subheading HS 2022 moved to heading 8549.
		{"partial mapping of an excepted item", "85", 26, "A", "850710", "854911", Undetermined, "former subheading", true, false},
		// ch. 84 rule 51: tariff item 8415.90.40 from any other tariff item.
		{"6-digit material under a tariff-item rule", "84", 58, "", "84159040", "841590", Undetermined, "too coarse", false, false},
		{"other tariff item", "84", 58, "", "84159040", "84159080", Pass, "change of tariff item", false, false},
		{"same tariff item", "84", 58, "", "84159040", "8415904000", Fail, "no change of tariff item", false, false},
		{"6-digit good under a tariff-item rule", "84", 58, "", "841590", "841590", Undetermined, "too coarse", false, false},
		// ch. 51 rule for 5112.11 (Canada-US trade) (a): from yarn of combed camel
		// hair of 5108.20 or any other heading, except from … any other good of
		// heading 5108 ….
		{"'any other good' beside a described source", "51", 4, "a", "511211", "510820", Undetermined, "other than yarn of combed camel hair", false, false},
		{"'any other good' elsewhere in the heading", "51", 4, "a", "511211", "510810", Fail, "excepted", false, false},
		// No change in tariff classification required.
		{"no change required", "33", 4, "C", "330129", "330129", Pass, "no change in tariff classification is required", false, false},
		{"good outside the branch", "87", 27, "A", "870899", "840790", Undetermined, "not of this branch's goods", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := branch(t, tt.chapter, tt.seq, tt.label)
			res := b.TestMaterial(hs.Code(tt.good), hs.Code(tt.mat))
			if res.Outcome != tt.want || !strings.Contains(res.Reason, tt.reason) || res.Mapped != tt.mapped || res.NeedsSet != tt.isSet {
				t.Errorf("%s → %s: %s %q mapped=%v set=%v; want %s containing %q mapped=%v set=%v",
					tt.mat, tt.good, res.Outcome, res.Reason, res.Mapped, res.NeedsSet, tt.want, tt.reason, tt.mapped, tt.isSet)
			}
			if res.Outcome == Undetermined && strings.Contains(tt.reason, "material is") && len(res.Facts) == 0 {
				t.Errorf("undetermined by a description but no fact to ask: %+v", res)
			}
		})
	}
}

func TestTestMaterialsMoreThanOne(t *testing.T) {
	b := branch(t, "84", 150, "") // heading 8457, except from more than one of (A)…(D)
	tests := []struct {
		name string
		mats []hs.Code
		want Outcome
	}{
		{"two materials of one group", []hs.Code{"841350", "841360"}, Pass},
		{"materials of two groups", []hs.Code{"841350", "850132"}, Fail},
		{"one group and an ordinary material", []hs.Code{"841350", "732690"}, Pass},
		{"a second group only possibly", []hs.Code{"841350", "8501"}, Undetermined},
		{"one coarse material alone", []hs.Code{"846693"}, Pass},
		{"an excepted heading", []hs.Code{"845929"}, Fail},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := b.TestMaterials("845710", tt.mats)
			if res.Outcome != tt.want {
				t.Errorf("%v: %s (%s), want %s", tt.mats, res.Outcome, res.Reason, tt.want)
				for _, m := range res.Materials {
					t.Logf("  %s: %s %s", m.Material, m.Outcome, m.Reason)
				}
			}
			for _, m := range res.Materials {
				if m.NeedsSet && res.Outcome != Undetermined {
					t.Errorf("%s still needs the set after the set-level check", m.Material)
				}
			}
		})
	}
}
