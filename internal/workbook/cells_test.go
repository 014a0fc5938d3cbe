package workbook

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

func TestParseNumber(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"4.4000000000000004", "4.4", ""},
		{"1.1000000000000001", "1.1", ""},
		{"0.1", "0.1", ""},
		{"1234567890.123456789", "1234567890.12346", ""},
		{"-3", "-3", ""},
		{"1E-5", "0.00001", ""},
		{"1.0000000000000001E-5", "0.00001", ""},
		{" 12.50 ", "12.5", ""},
		{"999999999999999", "999999999999999", ""},
		{"1000000000000000", "", "1000000000000000 is implausibly large for a bill of materials"},
		{"1e9999", "", "1e9999 is implausibly large for a bill of materials"},
		{"1e99999", "", `"1e99999" is not a number`},
		{"12,50", "", `"12,50" is not a number`},
		{"TRUE", "", `"TRUE" is not a number`},
		{"", "", `"" is not a number`},
		{".", "", `"." is not a number`},
		{"1.2.3", "", `"1.2.3" is not a number`},
		{"NaN", "", `"NaN" is not a number`},
		{"Infinity", "", `"Infinity" is not a number`},
		{"#DIV/0!", "", "the cell holds the Excel error #DIV/0!"},
	}
	for _, tt := range tests {
		got, p := parseNumber(tt.in)
		if tt.err != "" {
			if p == nil || p.message != tt.err {
				t.Errorf("parseNumber(%q) problem = %v, want %q", tt.in, p, tt.err)
			}
			continue
		}
		if p != nil || got.String() != tt.want {
			t.Errorf("parseNumber(%q) = %s, %v; want %s", tt.in, got, p, tt.want)
		}
	}
}

func TestParseDateSerials(t *testing.T) {
	tests := []struct {
		in       string
		date1904 bool
		want     string
	}{
		{"46204", false, "2026-07-01"},
		{"46204.75", false, "2026-07-01"}, // time of day dropped
		{"1", false, "1900-01-01"},
		{"59", false, "1900-02-28"},
		{"61", false, "1900-03-01"},
		{"44742", true, "2026-07-01"},
		{"2026-07-01", false, "2026-07-01"},
		{"2026-07-01T13:45:00", false, "2026-07-01"},
	}
	for _, tt := range tests {
		got, p := parseDate(tt.in, tt.date1904, true)
		if p != nil || got.Format("2006-01-02") != tt.want {
			t.Errorf("parseDate(%q, 1904=%v) = %s, %v; want %s", tt.in, tt.date1904, got.Format("2006-01-02"), p, tt.want)
		}
	}
	if _, p := parseDate("46204", false, false); p == nil {
		t.Error("a serial number in a CSV must not be read as a date")
	}
}

// Enumerated columns take their words in full, in English, Spanish or
// French; abbreviations that would be guesses are errors (issue 13).
func TestStrictVocabularies(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want origin.OriginStatus
	}{
		{"originating", origin.Originating}, {"Non-originating", origin.NonOriginating}, {"UNKNOWN", origin.UnknownOrigin},
		{"originario", origin.Originating}, {"No originario", origin.NonOriginating}, {"originaire", origin.Originating}, {"non originaire", origin.NonOriginating},
		{"y", ""}, {"yes", ""}, {"true", ""}, {"o", ""}, {"orig", ""}, {"no", ""}, {"n", ""}, {"USMCA", ""},
	} {
		got, p := parseOrigin(tt.in)
		if got != tt.want || (tt.want == "") != (p != nil) {
			t.Errorf("parseOrigin(%q) = %q, %v; want %q", tt.in, got, p, tt.want)
		}
	}
	for _, in := range []string{"component", "make", "sub-assembly", "tool"} {
		if _, p := parseKind(in); p == nil {
			t.Errorf("parseKind(%q) accepted", in)
		}
	}
	for _, in := range []string{"pv", "LT", "ht"} {
		if _, p := parseUse(in); p == nil {
			t.Errorf("parseUse(%q) accepted", in)
		}
	}
	for in, want := range map[string]bool{"yes": true, "Sí": true, "oui": true, "no": false, "non": false} {
		if got, p := parseYesNo(in); p != nil || got != want {
			t.Errorf("parseYesNo(%q) = %v, %v", in, got, p)
		}
	}
	for _, in := range []string{"y", "x", "1", "true", "vrai"} {
		if _, p := parseYesNo(in); p == nil {
			t.Errorf("parseYesNo(%q) accepted", in)
		}
	}
}

// The bound of 10^15 on amounts and quantities is exact at its edge, in
// every form Excel writes a number.
func TestNumberBound(t *testing.T) {
	for _, tt := range []struct {
		in    string
		large bool
	}{
		{"999999999999999", false},
		{"9.99999999999999E+14", false},
		{"999999999999999.4", false},
		{"1000000000000000", true},
		{"1E+15", true},
		{"1E15", true},
		{"-1E+15", true},
		{"-999999999999999", false},
		{"0.000001", false},
		{"1E-300", false},
		{"0", false},
		{"-0", false},
		{"12000000000000000000000", true},
	} {
		_, p := parseNumber(tt.in)
		if got := p != nil && strings.Contains(p.message, "implausibly large"); got != tt.large {
			t.Errorf("parseNumber(%q): implausibly large %v, want %v (problem %v)", tt.in, got, tt.large, p)
		}
	}
}

// The fast path for plain numbers gives the very decimal the full parse
// gives — same coefficient, same exponent, so the same text everywhere —
// and leaves everything else to it.
func TestPlainDecimalMatchesParse(t *testing.T) {
	for _, s := range []string{"0", "-0", "+0.000", "1", "-1", "+7", "1.50", "0.045", ".5", "12345.6789", "999999999999999",
		"99999999999999.9", "-0.000000000000001", "007", "1.", "1e3", "1.2.3", "", "-", "+.", "1,5", "1234567890123456", " 1"} {
		checkPlainDecimal(t, s)
	}
}

func FuzzPlainDecimal(f *testing.F) {
	f.Add("12.50")
	f.Add("-0.045")
	f.Fuzz(func(t *testing.T, s string) { checkPlainDecimal(t, s) })
}

func checkPlainDecimal(t *testing.T, s string) {
	t.Helper()
	got, ok := plainDecimal(s)
	if !ok {
		return
	}
	want, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatalf("plainDecimal(%q) = %s, but the full parse refuses it: %v", s, got, err)
	}
	if want.IsZero() {
		want = decimal.Zero
	}
	want = roundSignificant(want, significantDigits)
	if got.Coefficient().Cmp(want.Coefficient()) != 0 || got.Exponent() != want.Exponent() {
		t.Fatalf("plainDecimal(%q) = %s×10^%d, full parse %s×10^%d", s, got.Coefficient(), got.Exponent(), want.Coefficient(), want.Exponent())
	}
	if p, problem := parseNumber(s); problem != nil || p.String() != want.String() {
		t.Fatalf("parseNumber(%q) = %s, %v; want %s", s, p, problem, want)
	}
}
