package hs

import (
	"strings"
	"testing"
)

// links renders a mapping's links as "940391 940399", with * after partial
// ones.
func links(m Mapping) string {
	var parts []string
	for i := range m.Len() {
		l := m.At(i)
		s := string(l.To)
		if l.Partial {
			s += "*"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " ")
}

func TestSuccessors(t *testing.T) {
	tests := []struct {
		name    string
		code    Code
		from    Edition
		ok      bool
		links   string // "" for none; a prefix when it ends in "..."
		rel     Relationship
		changed bool
		doubt   bool
	}{
		{"split (USMCA 94-4 cites it)", "940390", HS2017, true, "940391 940399", OneToMany, true, false},
		{"split read in HS 2012", "940390", HS2012, true, "940391 940399", OneToMany, true, false},
		{"split, and parts to display modules, semiconductors and e-waste", "851770", HS2017, true,
			"851771 851779 852411* 852412* 852419* 852491* 852492* 852499* 852990* 854151* 854159* 854921* 854929* 854931* 854939* 854991* 854999*", ManyToMany, true, false},
		{"waste batteries moved to heading 8549", "854810", HS2017, true,
			"852411* 852412* 852419* 852491* 852492* 852499* 852990* 854151* 854159* 854911 854912 854913 854914 854919 854921* 854929* 854931* 854939* 854991* 854999*", ManyToMany, true, false},
		{"renumbered 1:1 (fish flours to new heading 0309)", "030510", HS2017, true, "030910", OneToOne, true, false},
		{"renumbered within its heading", "701919", HS2017, true, "701913", OneToOne, true, false},
		{"unchanged in all editions", "010121", HS2017, true, "010121", OneToOne, false, false},
		{"kept, lost display modules to 8524", "870830", HS2012, true, "852411* 852412* 852419* 852491* 852492* 852499* 852990* 870830", ManyToMany, true, false},
		{"split in HS 2017, HS 2012 only", "220290", HS2012, true, "220291 220299 300693*", ManyToMany, true, false},
		{"tractors split (USMCA 87 cites 8701.20)", "870120", HS2017, true, "870121 870122 870123 870124 870129", OneToMany, true, false},
		{"read in HS 2022", "870830", HS2022, true, "870830", OneToOne, false, false},
		{"no row in the UN table", "300219", HS2017, true, "", NoCounterpart, true, true},
		{"rows missing for the 8541.51/.59 split", "854150", HS2017, true, "854921* ...", ManyToMany, true, true},
		{"not an HS 2017 code", "851771", HS2017, false, "", NoCounterpart, false, false},
		{"not an HS 2022 code", "940390", HS2022, false, "", NoCounterpart, false, false},
		{"a heading", "9403", HS2017, false, "", NoCounterpart, false, false},
		{"older than HS 2012", "410310", HS2012, false, "", NoCounterpart, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, ok := Successors(tt.code, tt.from)
			if ok != tt.ok {
				t.Fatalf("Successors(%s, %s) ok = %v, want %v", tt.code, tt.from, ok, tt.ok)
			}
			if !ok {
				if m.Len() != 0 {
					t.Errorf("a failed lookup has links %s", links(m))
				}
				return
			}
			got := links(m)
			if prefix, cut := strings.CutSuffix(tt.links, "..."); cut {
				if !strings.HasPrefix(got, prefix) {
					t.Errorf("links = %s, want %s...", got, prefix)
				}
			} else if got != tt.links {
				t.Errorf("links = %s, want %s", got, tt.links)
			}
			if m.From != tt.code || m.Edition != tt.from {
				t.Errorf("mapping is from %s %s", m.From, m.Edition)
			}
			if r := m.Relationship(); r != tt.rel {
				t.Errorf("Relationship = %s, want %s", r, tt.rel)
			}
			if m.Changed() != tt.changed {
				t.Errorf("Changed = %v, want %v", m.Changed(), tt.changed)
			}
			if (m.Doubt() != "") != tt.doubt {
				t.Errorf("Doubt = %q", m.Doubt())
			}
		})
	}
}

// What the brief asked to check about 8548.10: the data moves its goods
// wholly to 8549.11-8549.19 (waste batteries) and, in part, to the new
// e-waste, display-module and semiconductor subheadings.
func TestWaste854810MovedTo8549(t *testing.T) {
	m, _ := Successors("854810", HS2017)
	for i := range m.Len() {
		l := m.At(i)
		if !l.Partial && l.To.Heading() != "8549" {
			t.Errorf("8548.10 goes wholly to %s, outside heading 8549", l.To)
		}
	}
	if !m.Contains("854911") || m.Contains("854800") {
		t.Errorf("8548.10 -> %s", links(m))
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		code    Code
		ok      bool
		edition Edition
		changed bool
	}{
		{"870830", true, HS2022, false},
		{"940390", true, HS2017, true},
		{"854810", true, HS2017, true},
		{"847310", true, HS2012, true}, // rule 84-212 cites it; split away in HS 2017
		{"870190", true, HS2012, true},
		{"701919", true, HS2022, false}, // valid in HS 2022: read there, not as HS 2017's 7019.19
		{"410310", false, 0, false},     // rule 41-7: older than HS 2012
		{"550310", false, 0, false},
		{"8708", false, 0, false},
	}
	for _, tt := range tests {
		m, ok := Resolve(tt.code)
		if ok != tt.ok || m.Edition != tt.edition || (ok && m.Changed() != tt.changed) {
			t.Errorf("Resolve(%s) = %v, %v; want edition %s, changed %v, ok %v", tt.code, m, ok, tt.edition, tt.changed, tt.ok)
		}
	}
}

func TestScopeChanges(t *testing.T) {
	tests := []struct {
		code Code
		want EditionSet
	}{
		{"010121", 0},
		{"701919", EditionSet(HS2017 | HS2012)}, // meant what is now 7019.13
		{"852990", EditionSet(HS2017 | HS2012)}, // lost display modules to 8524
		{"851771", 0},                           // did not exist before
		{"940390", EditionSet(HS2017 | HS2012)},
	}
	for _, tt := range tests {
		if got := ScopeChanges(tt.code); got != tt.want {
			t.Errorf("ScopeChanges(%s) = %s, want %s", tt.code, got, tt.want)
		}
	}
}

func TestMappingString(t *testing.T) {
	m, _ := Successors("940390", HS2017)
	if got, want := m.String(), "9403.90 (HS 2017) -> 9403.91, 9403.99 (1:n)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	m, _ = Successors("300219", HS2017)
	if got := m.String(); !strings.HasPrefix(got, "3002.19 (HS 2017) -> nothing (none); doubtful: ") {
		t.Errorf("String() = %q", got)
	}
	if got := m.Codes(); len(got) != 0 {
		t.Errorf("Codes() = %v", got)
	}
	m, _ = Successors("870830", HS2022)
	if got := m.Codes(); len(got) != 1 || got[0] != "870830" || m.Links()[0] != (Link{To: "870830"}) {
		t.Errorf("identity Codes() = %v, Links() = %v", got, m.Links())
	}
}

// Every link of the embedded table points at an HS 2022 subheading and
// starts from a subheading of its edition; HS 2022's subheadings are all
// reached from each older edition.
func TestEmbeddedCorrelationsAgreeWithNomenclature(t *testing.T) {
	c := correlationData()
	for _, ed := range [...]Edition{HS2017, HS2012} {
		tb := c.table(ed)
		reached := map[Code]bool{}
		for i, old := range tb.olds {
			if !EditionsOf(old).Has(ed) || len(old) != 6 {
				t.Errorf("%s: %s is not a subheading of that edition", ed, old)
			}
			for _, l := range tb.links[tb.spans[i].start:tb.spans[i].end] {
				if e, ok := Lookup(l.To); !ok || len(e.Code) != 6 {
					t.Errorf("%s: %s links to %s, not an HS 2022 subheading", ed, old, l.To)
				}
				reached[l.To] = true
			}
		}
		for _, e := range nomenclatureData().hs22 {
			if len(e.Code) == 6 && !reached[e.Code] && !e.Editions.Has(ed) {
				t.Errorf("%s: HS 2022 %s is new but no %s code leads to it", ed, e.Code, ed)
			}
		}
	}
}
