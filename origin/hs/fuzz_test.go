package hs

import (
	"errors"
	"strings"
	"testing"
)

// FuzzParse checks Parse against what it promises: it never panics; a code
// it returns is the input's digits in order, within the bounds, of even
// length, and survives a round trip through String; an error is a
// ParseError naming the input.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"8708.30.50", " 8708 30 5010 ", "870830", "8504.40-95", "0101.21.00.10",
		"", "8708..30", ".870830", "870830.", "8708", "87083050101", "1012100", "8708.3O", "８７０８３０",
		"8708\u00a030", "\u00a08708", "8708\u2003", "\xff8708"} {
		f.Add(s, 6, 10)
	}
	f.Add("87", 2, 10)
	f.Add("8708", 4, 4)
	f.Fuzz(func(t *testing.T, s string, minDigits, maxDigits int) {
		c, err := Parse(s, minDigits, maxDigits)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s {
				t.Fatalf("Parse(%q) error %v is not a ParseError for the input", s, err)
			}
			if c != "" {
				t.Fatalf("Parse(%q) returned %q with an error", s, c)
			}
			return
		}
		var digits strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] >= '0' && s[i] <= '9' {
				digits.WriteByte(s[i])
			}
		}
		if string(c) != digits.String() {
			t.Fatalf("Parse(%q) = %q, want the input's digits %q", s, c, digits.String())
		}
		if n := len(c); n < minDigits || n > maxDigits || n%2 != 0 || n == 0 {
			t.Fatalf("Parse(%q, %d, %d) = %q: %d digits", s, minDigits, maxDigits, c, n)
		}
		back, err := Parse(c.String(), minDigits, maxDigits)
		if err != nil || back != c {
			t.Fatalf("round trip of %q through %q gave %q, %v", c, c.String(), back, err)
		}
	})
}
