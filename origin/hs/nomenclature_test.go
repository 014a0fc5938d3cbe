package hs

import (
	"strings"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		code     Code
		want     bool
		descPart string
	}{
		{"87", true, "Vehicles; other than railway or tramway rolling stock"},
		{"8708", true, "Motor vehicles; parts and accessories"},
		{"870830", true, "Vehicle parts; brakes, servo-brakes and parts thereof"},
		{"8549", true, "Electrical and electronic waste and scrap"}, // new in HS 2022
		{"854911", true, "lead-acid accumulators"},
		{"854810", false, ""}, // HS 2017 and 2012 only
		{"940390", false, ""},
		{"99", false, ""}, // Comtrade's "not specified according to kind", not HS
		{"9999", false, ""},
		{"999999", false, ""},
		{"77", false, ""}, // reserved chapter
		{"98", false, ""}, // national chapter (HTS special provisions)
		{"87083050", false, ""},
		{"", false, ""},
	}
	for _, tt := range tests {
		e, ok := Lookup(tt.code)
		if ok != tt.want || !strings.Contains(e.Description, tt.descPart) {
			t.Errorf("Lookup(%q) = %v, %v; want found=%v with %q", tt.code, e, ok, tt.want, tt.descPart)
		}
		if ok && (e.Code != tt.code || !e.Editions.Has(HS2022)) {
			t.Errorf("Lookup(%q) = %+v", tt.code, e)
		}
		if Exists(tt.code) != tt.want {
			t.Errorf("Exists(%q) = %v", tt.code, !tt.want)
		}
	}
}

func TestEntryString(t *testing.T) {
	e, _ := Lookup("870830")
	if got, want := e.String(), "8708.30 Vehicle parts; brakes, servo-brakes and parts thereof"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestEditionsOf(t *testing.T) {
	all := EditionSet(HS2022 | HS2017 | HS2012)
	tests := []struct {
		code Code
		want EditionSet
	}{
		{"010121", all},
		{"0101", all},
		{"851771", EditionSet(HS2022)},          // split out of 8517.70
		{"851770", EditionSet(HS2017 | HS2012)}, // cited by USMCA rule 85-49
		{"220290", EditionSet(HS2012)},          // split in HS 2017
		{"701919", all},                         // reused: another meaning in HS 2022
		{"8803", EditionSet(HS2017 | HS2012)},   // heading moved to 8807
		{"2848", EditionSet(HS2012)},            // heading deleted in HS 2017
		{"410310", 0},                           // cited by rule 41-7, older than HS 2012
		{"550310", 0},                           // cited in chapter 58, older than HS 2012
		{"999999", 0},
	}
	for _, tt := range tests {
		if got := EditionsOf(tt.code); got != tt.want {
			t.Errorf("EditionsOf(%s) = %s, want %s", tt.code, got, tt.want)
		}
	}
}

func TestLookupAny(t *testing.T) {
	e, ok := LookupAny("854810")
	if !ok || !strings.HasPrefix(e.Description, "Waste and scrap of primary cells") || e.Editions != EditionSet(HS2017|HS2012) {
		t.Errorf("LookupAny(854810) = %+v, %v", e, ok)
	}
	if e, ok := LookupAny("870830"); !ok || !e.Editions.Has(HS2022) {
		t.Errorf("LookupAny(870830) = %+v, %v", e, ok)
	}
	if _, ok := LookupAny("410310"); ok {
		t.Errorf("LookupAny(410310) found a code no edition has")
	}
}

// The WCO's published sizes of each edition: 96 chapters in use (77 is
// reserved), 1,228 headings and 5,612 subheadings in HS 2022; 5,387
// subheadings in HS 2017; 5,205 in HS 2012.
func TestEditionSizes(t *testing.T) {
	count := map[Edition]map[int]int{HS2022: {}, HS2017: {}, HS2012: {}}
	n := nomenclatureData()
	for _, list := range [][]Entry{n.hs22, n.others} {
		for _, e := range list {
			for ed := range count {
				if e.Editions.Has(ed) {
					count[ed][len(e.Code)]++
				}
			}
		}
	}
	want := map[Edition][3]int{HS2022: {96, 1228, 5612}, HS2017: {96, 1222, 5387}, HS2012: {96, 1224, 5205}}
	for ed, w := range want {
		got := [3]int{count[ed][2], count[ed][4], count[ed][6]}
		if got != w {
			t.Errorf("%s has %v chapters, headings, subheadings; want %v", ed, got, w)
		}
	}
}

func TestUndivided(t *testing.T) {
	tests := []struct {
		heading Code
		want    bool
	}{
		{"8503", true},    // parts of motors: 8503.00
		{"0409", true},    // natural honey: 0409.00
		{"8548", true},    // undivided since HS 2022 (8548.10 went to 8549)
		{"0410", false},   // undivided until HS 2017 (0410.00), split in HS 2022
		{"8708", false},   // many subheadings
		{"9403", false},   // 9403.10 ... 9403.99
		{"850300", false}, // a subheading, not a heading
		{"85", false},
		{"9999", false},
	}
	for _, tt := range tests {
		if got := Undivided(tt.heading); got != tt.want {
			t.Errorf("Undivided(%s) = %v, want %v", tt.heading, got, tt.want)
		}
	}
}

func TestSubheadings(t *testing.T) {
	tests := []struct {
		heading Code
		want    string
	}{
		{"9403", "940310 940320 940330 940340 940350 940360 940370 940382 940383 940389 940391 940399"},
		{"8503", "850300"},
		{"8548", "854800"},
		{"8549", "854911 854912 854913 854914 854919 854921 854929 854931 854939 854991 854999"},
		{"9999", ""},
		{"94", ""},
	}
	for _, tt := range tests {
		var codes []string
		for _, e := range Subheadings(tt.heading) {
			codes = append(codes, string(e.Code))
		}
		if got := strings.Join(codes, " "); got != tt.want {
			t.Errorf("Subheadings(%s) = %s, want %s", tt.heading, got, tt.want)
		}
	}
	s := Subheadings("8503")
	s[0].Code = "999999"
	if Subheadings("8503")[0].Code != "850300" {
		t.Errorf("a caller's change to the returned slice reached the embedded data")
	}
}

func TestPathOf(t *testing.T) {
	tests := []struct {
		code Code
		want string // codes of the path
		ok   bool
	}{
		{"8708305010", "87 8708 870830", true},
		{"870830", "87 8708 870830", true},
		{"8708", "87 8708", true},
		{"87", "87", true},
		{"854810", "", false},
		{"9801001000", "", false},
		{"8", "", false},
	}
	for _, tt := range tests {
		p, ok := PathOf(tt.code)
		var codes []string
		for _, e := range p.Entries() {
			codes = append(codes, string(e.Code))
		}
		if got := strings.Join(codes, " "); ok != tt.ok || got != tt.want {
			t.Errorf("PathOf(%s) = %s, %v; want %s, %v", tt.code, got, ok, tt.want, tt.ok)
		}
	}
	p, _ := PathOf("870830")
	want := "87 Vehicles; other than railway or tramway rolling stock, and parts and accessories thereof > " +
		"8708 Motor vehicles; parts and accessories, of heading no. 8701 to 8705 > " +
		"8708.30 Vehicle parts; brakes, servo-brakes and parts thereof"
	if p.String() != want {
		t.Errorf("Path.String() = %q, want %q", p.String(), want)
	}
}

// UN Comtrade cuts descriptions at 255 characters; roo marks the cut rather
// than showing a sentence that stops mid-word as if it were whole.
func TestCutDescriptionsAreMarked(t *testing.T) {
	e, _ := Lookup("382769")
	if !strings.HasSuffix(e.Description, "not containing …") {
		t.Errorf("382769: %q", e.Description)
	}
	e, _ = Lookup("870830")
	if strings.HasSuffix(e.Description, "…") {
		t.Errorf("870830 is whole but marked cut: %q", e.Description)
	}
}

func TestEditionSetString(t *testing.T) {
	tests := []struct {
		s    EditionSet
		want string
	}{
		{0, "no HS edition"},
		{EditionSet(HS2017), "HS 2017"},
		{EditionSet(HS2017 | HS2012), "HS 2017 and HS 2012"},
		{EditionSet(HS2022 | HS2017 | HS2012), "HS 2022, HS 2017 and HS 2012"},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%08b.String() = %q, want %q", uint8(tt.s), got, tt.want)
		}
	}
	if s := EditionSet(HS2017 | HS2012); s.Newest() != HS2017 || s.Without(HS2017).Newest() != HS2012 {
		t.Errorf("Newest/Without wrong")
	}
}
