package hs

import (
	"fmt"
	"strings"
)

// Code is a normalised HS or HTS code: 2 to 10 ASCII digits, no punctuation.
// The zero value is not a valid code.
type Code string

// Level is a depth of the nomenclature.
type Level int

// The levels of the nomenclature, by number of digits (UR §1(3)).
const (
	Chapter    Level = 2
	Heading    Level = 4
	Subheading Level = 6
	TariffItem Level = 8
	StatLine   Level = 10
)

// String names the level: "chapter", "heading", "subheading", "tariff item"
// or "statistical suffix".
func (l Level) String() string {
	switch l {
	case Chapter:
		return "chapter"
	case Heading:
		return "heading"
	case Subheading:
		return "subheading"
	case TariffItem:
		return "tariff item"
	case StatLine:
		return "statistical suffix"
	}
	return fmt.Sprintf("level(%d)", int(l))
}

// ParseError says why a text is not an HS code.
type ParseError struct {
	Input  string
	Reason string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("%q is not an HS/HTS code: %s", e.Input, e.Reason)
}

// Parse normalises s to a Code. It accepts dots, spaces, hyphens and
// non-breaking spaces as separators ("8708.30.50", "8708 30 5010",
// "870830") and requires between minDigits and maxDigits digits after
// removing them. Separators must sit between digits.
func Parse(s string, minDigits, maxDigits int) (Code, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return "", &ParseError{Input: s, Reason: "it is empty"}
	}
	var b strings.Builder
	b.Grow(len(t))
	lastSep := true // no separator may lead
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
			lastSep = false
		case r == '.' || r == ' ' || r == '-' || r == '\u00a0':
			if lastSep {
				return "", &ParseError{Input: s, Reason: "separators must sit between digits"}
			}
			lastSep = true
		default:
			return "", &ParseError{Input: s, Reason: fmt.Sprintf("%q is not a digit", r)}
		}
	}
	if lastSep {
		return "", &ParseError{Input: s, Reason: "it ends with a separator"}
	}
	d := b.String()
	if len(d) < minDigits || len(d) > maxDigits {
		want := fmt.Sprintf("%d to %d digits", minDigits, maxDigits)
		if minDigits == maxDigits {
			want = fmt.Sprintf("%d digits", minDigits)
		}
		return "", &ParseError{Input: s, Reason: fmt.Sprintf("it has %d digits, want %s", len(d), want)}
	}
	if len(d)%2 == 1 {
		return "", &ParseError{Input: s, Reason: fmt.Sprintf("it has an odd number of digits (%d); was a leading zero lost?", len(d))}
	}
	return Code(d), nil
}

// MustParse is Parse for codes known to be valid (tests, generated tables).
func MustParse(s string) Code {
	c, err := Parse(s, 2, 10)
	if err != nil {
		panic(err)
	}
	return c
}

// Len is the number of digits.
func (c Code) Len() int { return len(c) }

// Level is the level of the nomenclature the code names.
func (c Code) Level() Level { return Level(len(c)) }

// Truncate returns the code cut to the given level, or c itself when it is
// shorter than that level.
func (c Code) Truncate(l Level) Code {
	if len(c) <= int(l) {
		return c
	}
	return c[:l]
}

// Chapter is the first two digits.
func (c Code) Chapter() Code { return c.Truncate(Chapter) }

// Heading is the first four digits.
func (c Code) Heading() Code { return c.Truncate(Heading) }

// Subheading is the first six digits.
func (c Code) Subheading() Code { return c.Truncate(Subheading) }

// Item is the first eight digits (the tariff item).
func (c Code) Item() Code { return c.Truncate(TariffItem) }

// HasPrefix reports whether c lies within p (p is c or an ancestor of c).
func (c Code) HasPrefix(p Code) bool { return strings.HasPrefix(string(c), string(p)) }

// String formats the code the way the HTS prints it: 87, 8708, 8708.30,
// 8708.30.50, 8708.30.50.10.
func (c Code) String() string {
	s := string(c)
	switch {
	case len(s) <= 4:
		return s
	case len(s) <= 6:
		return s[:4] + "." + s[4:]
	case len(s) <= 8:
		return s[:4] + "." + s[4:6] + "." + s[6:]
	default:
		return s[:4] + "." + s[4:6] + "." + s[6:8] + "." + s[8:]
	}
}
