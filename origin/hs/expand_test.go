package hs

import (
	"strings"
	"testing"
)

func codes(cs []Code) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, " ")
}

func linkCodes(ls []Link) string {
	s := make([]string, len(ls))
	for i, l := range ls {
		s[i] = string(l.To)
		if l.Partial {
			s[i] += "*"
		}
	}
	return strings.Join(s, " ")
}

func TestExpandRange(t *testing.T) {
	tests := []struct {
		name     string
		lo, hi   Code
		edition  Edition
		members  string
		subs     string // a prefix when it ends in "..."
		nmembers int    // checked instead of members when members is ""
	}{
		{"subheadings (USMCA 84 rule on engines)", "840710", "840790", HS2022,
			"840710 840721 840729 840731 840732 840733 840734 840790",
			"840710 840721 840729 840731 840732 840733 840734 840790", 0},
		{"headings", "8407", "8408", HS2022, "", "840710 840721 ...", 11},
		{"heading to subheading", "8501", "850300", HS2022, "", "850110 ...", 0},
		{"USMCA 94-4: 9403.10 through 9403.89", "940310", "940389", HS2022,
			"940310 940320 940330 940340 940350 940360 940370 940382 940383 940389",
			"940310 940320 940330 940340 940350 940360 940370 940382 940383 940389", 0},
		// Rule 85-49 cites "8517.62 through 8517.70": an HS 2017 range. The
		// split of 8517.70 is whole; display modules, semiconductors and
		// e-waste also take goods from outside the range.
		{"HS 2017 range", "851762", "851770", HS2017, "851762 851769 851770",
			"851762 851769 851771 851779 852411* 852412* 852419* 852491* 852492* 852499* 852990* 854151* 854159* 854921* ...", 0},
		// Seats: the HS 2017 range covers all of 9401, so every HS 2022
		// subheading it reaches comes wholly from inside it.
		{"HS 2017 range, whole heading", "940110", "940190", HS2017, "",
			"940110 940120 940131 940139 940141 940149 940152 940153 940159 940161 940169 940171 940179 940180 940191 940199", 13},
		{"chapters", "50", "51", HS2022, "", "500100 500200 500300 500400 ...", 0},
		// Chapter 84 rules cite heading 8469 (typewriters), gone since HS 2017.
		{"HS 2012 heading", "8469", "8469", HS2012, "846900", "847290* 854921* ...", 0},
		// Heading 8107 (cadmium) was folded into 8112 in HS 2022; both of
		// its HS 2022 subheadings come wholly from it.
		{"HS 2017 heading", "8107", "8107", HS2017, "810720 810730 810790", "811261 811269", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x, err := ExpandRange(tt.lo, tt.hi)
			if err != nil {
				t.Fatal(err)
			}
			if x.Edition != tt.edition || x.Mapped() != (tt.edition != HS2022) || x.Lo != tt.lo || x.Hi != tt.hi {
				t.Errorf("read in %s (mapped %v), want %s", x.Edition, x.Mapped(), tt.edition)
			}
			if tt.members != "" && codes(x.Members) != tt.members {
				t.Errorf("members = %s, want %s", codes(x.Members), tt.members)
			}
			if tt.nmembers != 0 && len(x.Members) != tt.nmembers {
				t.Errorf("%d members %s, want %d", len(x.Members), codes(x.Members), tt.nmembers)
			}
			got := linkCodes(x.Subheadings)
			if prefix, cut := strings.CutSuffix(tt.subs, "..."); cut {
				if !strings.HasPrefix(got, prefix) {
					t.Errorf("subheadings = %s, want %s...", got, prefix)
				}
			} else if got != tt.subs {
				t.Errorf("subheadings = %s, want %s", got, tt.subs)
			}
			if len(x.Codes()) != len(x.Subheadings) {
				t.Errorf("Codes() has %d codes for %d links", len(x.Codes()), len(x.Subheadings))
			}
		})
	}
}

func TestExpandRangeErrors(t *testing.T) {
	tests := []struct {
		lo, hi  Code
		wantErr string
	}{
		{"840790", "840710", "its ends are reversed"},
		{"8408", "840790", "its ends are reversed"},
		{"851762", "851780", "8517.80 is in no HS edition; no edition has both"},
		{"041000", "041090", "0410.00 is in HS 2017 and HS 2012, 0410.90 is in HS 2022; no edition has both"},
		{"84731020", "84731040", "is not a chapter, heading or subheading"},
		{"8a", "85", "is not a chapter, heading or subheading"},
	}
	for _, tt := range tests {
		_, err := ExpandRange(tt.lo, tt.hi)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("ExpandRange(%s, %s) error = %v, want %q", tt.lo, tt.hi, err, tt.wantErr)
		}
	}
}

// A caller who knows the citing text is HS 2017 reads an HS 2022-valid range
// there, and sees the scope the codes had then.
func TestExpandRangeIn(t *testing.T) {
	x, err := ExpandRangeIn("701911", "701919", HS2017)
	if err != nil {
		t.Fatal(err)
	}
	if got := linkCodes(x.Subheadings); got != "701911 701912 701913" {
		t.Errorf("HS 2017 7019.11-7019.19 -> %s", got)
	}
	x, _ = ExpandRange("701911", "701919")
	if got := linkCodes(x.Subheadings); got != "701911 701912 701913 701914 701915 701919" || x.Mapped() {
		t.Errorf("HS 2022 7019.11-7019.19 -> %s", got)
	}
	x, err = ExpandRangeIn("854140", "854160", HS2017)
	if err != nil || len(x.Doubts) != 1 || x.Doubts[0].From != "854150" {
		t.Errorf("HS 2017 8541.40-8541.60: doubts %v, %v", x.Doubts, err)
	}
	if x, _ := ExpandRange("851762", "851770"); len(x.Doubts) != 0 {
		t.Errorf("8517.62-8517.70: doubts %v", x.Doubts)
	}
	if _, err := ExpandRangeIn("940390", "940399", HS2017); err == nil || !strings.Contains(err.Error(), "9403.99 is not in HS 2017") {
		t.Errorf("error = %v", err)
	}
	if _, err := ExpandRangeIn("9403", "9401", HS2017); err == nil {
		t.Errorf("reversed range accepted")
	}
}
