package report

import "testing"

func TestSafeText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{injectHyperlink, "'" + injectHyperlink},
		{injectMinus, "'" + injectMinus},
		{injectAt, "'" + injectAt},
		{"+1+1", "'+1+1"},
		{"\t=1+1", "'\t=1+1"},
		{"\r=1+1", "'\r=1+1"},
		{"  =1+1", "'  =1+1"},                 // importers may trim the blanks first
		{"\u00a0@SUM(A1)", "'\u00a0@SUM(A1)"}, // and no-break spaces
		{"＝1+1", "'＝1+1"},                     // full-width equals sign
		{"-", "'-"},
		{"Front disc brake caliper", "Front disc brake caliper"},
		{"a=b", "a=b"},
		{"3-way valve", "3-way valve"},
		{"", ""},
		{"   ", "   "},
	} {
		if got := SafeText(tc.in); got != tc.want {
			t.Errorf("SafeText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSafeNumberKeepsSigns(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"-2.450000", "-2.450000"}, // a negative margin stays a number
		{"86.50", "86.50"},
		{"0.045", "0.045"},
		{"-0", "-0"},
		{"259500", "259500"},
		{"", ""},
		{"-5 brackets", "'-5 brackets"},
		{"-1e5", "'-1e5"},
		{"-.5", "'-.5"},
		{"-", "'-"},
		{"1.", "1."}, // not plain, but harmless: it cannot start a formula
	} {
		if got := safeNumber(tc.in); got != tc.want {
			t.Errorf("safeNumber(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
