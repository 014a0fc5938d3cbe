package rules

import (
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

func TestRefContains(t *testing.T) {
	split := &Edition{Obsolete: []hs.Code{"940390"}, Successors: []hs.Code{"940391", "940399"}, Note: "HS 2017 9403.90 became HS 2022 9403.91, 9403.99"}
	shared := &Edition{Obsolete: []hs.Code{"851770"}, Successors: []hs.Code{"851771", "851779", "852411"}, Partial: true, Note: "HS 2017 8517.70 became …"}
	goneItem := &Edition{Obsolete: []hs.Code{"19019038"}, Partial: true, Note: "tariff item 1901.90.38 is not in the 2025 HTS"}
	tests := []struct {
		name   string
		ref    Ref
		code   string
		want   Tri
		mapped bool
	}{
		{"heading holds its subheading", Ref{From: "8407", To: "8407"}, "840790", Yes, false},
		{"heading holds a 10-digit line", Ref{From: "8407", To: "8407"}, "8407901020", Yes, false},
		{"other heading", Ref{From: "8407", To: "8407"}, "840991", No, false},
		{"range start", Ref{From: "7208", To: "7229"}, "7208", Yes, false},
		{"range end", Ref{From: "7208", To: "7229"}, "722990", Yes, false},
		{"range interior", Ref{From: "7208", To: "7229"}, "721310", Yes, false},
		{"past range end", Ref{From: "7208", To: "7229"}, "7301", No, false},
		{"chapter", Ref{From: "04", To: "04"}, "040110", Yes, false},
		{"coarse code inside a tariff item's subheading", Ref{From: "84669315", To: "84669315"}, "846693", Maybe, false},
		{"coarse code outside", Ref{From: "84669315", To: "84669315"}, "846694", No, false},
		{"chapter-only code against a heading range", Ref{From: "7208", To: "7229"}, "72", Maybe, false},
		{"same subheading, other tariff item", Ref{From: "84159040", To: "84159040"}, "84159080", No, false},
		{"exact split successor", Ref{From: "940390", To: "940390", Edition: split}, "940391", Yes, true},
		{"successor's statistical line", Ref{From: "940390", To: "940390", Edition: split}, "9403991000", Yes, true},
		{"partial successor", Ref{From: "851762", To: "851770", Edition: shared}, "852411", Maybe, true},
		{"range numerically", Ref{From: "851762", To: "851770", Edition: shared}, "851769", Yes, false},
		{"item gone from the HTS, same subheading", Ref{From: "19019038", To: "19019038", Edition: goneItem}, "19019091", Maybe, true},
		{"item gone from the HTS, other subheading", Ref{From: "19019038", To: "19019038", Edition: goneItem}, "19011000", No, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := tt.ref.Contains(hs.Code(tt.code))
			if m.In != tt.want || m.Mapped != tt.mapped {
				t.Errorf("%s contains %s = %v mapped=%v (%s), want %v mapped=%v", tt.ref, tt.code, m.In, m.Mapped, m.Why, tt.want, tt.mapped)
			}
		})
	}
}

func TestRefsString(t *testing.T) {
	tests := []struct {
		refs Refs
		want string
	}{
		{Refs{{From: "8407", To: "8407"}}, "heading 8407"},
		{Refs{{From: "7208", To: "7229"}, {From: "7301", To: "7326"}}, "headings 7208 through 7229 or 7301 through 7326"},
		{Refs{{From: "8407", To: "8407"}, {From: "870899", To: "870899"}}, "heading 8407 or subheading 8708.99"},
		{Refs{{From: "19019032", To: "19019032"}, {From: "19019033", To: "19019033"}, {From: "19019034", To: "19019034"}}, "tariff items 1901.90.32, 1901.90.33 or 1901.90.34"},
		{Refs{{From: "54", To: "55"}}, "chapters 54 through 55"},
	}
	for _, tt := range tests {
		if got := tt.refs.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
}

func TestPeriod(t *testing.T) {
	early := Period{From: "2020-07-01", To: "2025-06-30"}
	late := Period{From: "2025-07-01"}
	for _, tt := range []struct {
		p    Period
		d    Date
		want bool
	}{
		{early, "2020-07-01", true},
		{early, "2025-06-30", true},
		{early, "2025-07-01", false},
		{late, "2025-06-30", false},
		{late, "2031-01-01", true},
		{early, "2020-06-30", false},
	} {
		if got := tt.p.Contains(tt.d); got != tt.want {
			t.Errorf("%s contains %s = %v, want %v", tt.p, tt.d, got, tt.want)
		}
	}
	if early.Overlaps(late) {
		t.Errorf("%s overlaps %s", early, late)
	}
}

func TestRoute(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Trade
	}{
		{"CA-US", CanadaUS}, {"us-ca", CanadaUS}, {"MX-US", MexicoUS}, {"US-MX", MexicoUS},
		{"CA-MX", OtherTrade}, {"US-US", OtherTrade},
	} {
		r, err := ParseRoute(tt.in)
		if err != nil {
			t.Fatalf("ParseRoute(%q): %v", tt.in, err)
		}
		if r.Trade() != tt.want {
			t.Errorf("%s is %s, want %s", tt.in, r.Trade(), tt.want)
		}
	}
	for _, bad := range []string{"", "CA", "CA-CN", "CAUS"} {
		if _, err := ParseRoute(bad); err == nil {
			t.Errorf("ParseRoute(%q) accepted", bad)
		}
	}
	if !CanadaUS.Admits(Route{"US", "CA"}) || CanadaUS.Admits(Route{"MX", "US"}) || !OtherTrade.Admits(Route{"CA", "MX"}) || !AllTrade.Admits(Route{}) {
		t.Error("Admits gives the wrong answer")
	}
}
