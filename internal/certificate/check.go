package certificate

import (
	"fmt"
	"net/mail"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Limits on the length of what a certificate prints, in characters.
const (
	maxLine    = 200 // a name, a title, a telephone, an email, an invoice number
	maxAddress = 400
	maxDesc    = 1000 // a good's description
)

// usmcaCountries are the countries a party's address may be in: the
// exporter's is the place of export and the producer's the place of
// production, both in a Party's territory, and the importer's is in the
// territory of a Party (Annex 5-A elements 3–5).
var usmcaCountries = []string{"US", "CA", "MX"}

// cleanText normalises text to be printed: Unicode NFC, so that a name
// typed with combining accents ("Pe\u0301rez") prints as "Pérez"; no
// leading or trailing blanks; runs of blanks inside a line made one space.
// Line breaks are kept when multiline (addresses), else made spaces.
func cleanText(s string, multiline bool) string {
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	var kept []string
	for _, l := range lines {
		l = strings.Join(strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' }), " ")
		if l != "" {
			kept = append(kept, l)
		}
	}
	if multiline {
		return strings.Join(kept, "\n")
	}
	return strings.Join(kept, " ")
}

// textProblem says what keeps text from being printed on a certificate:
// an invalid byte, a control character, a character the font cannot print,
// or too many characters. It returns "" for good text.
func textProblem(s string, limit int) (string, error) {
	if !utf8.ValidString(s) {
		return "is not valid UTF-8 text", nil
	}
	for _, r := range s {
		if r != '\n' && (unicode.IsControl(r) || r == '\u2028' || r == '\u2029') {
			return fmt.Sprintf("contains the control character U+%04X", r), nil
		}
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return fmt.Sprintf("is %d characters long, more than the %d a certificate prints", n, limit), nil
	}
	bad, err := unprintable(s)
	if err != nil {
		return "", err
	}
	if len(bad) > 0 {
		var names []string
		for _, r := range bad[:min(len(bad), 5)] {
			names = append(names, fmt.Sprintf("%q (U+%04X)", r, r))
		}
		return "contains " + strings.Join(names, ", ") + ", which the certificate's font cannot print", nil
	}
	return "", nil
}

// emailProblem says why an email address is malformed, "" when it is not.
// It wants a bare address, name@domain.tld, without a display name.
func emailProblem(s string) string {
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" || a.Address != s {
		return fmt.Sprintf("%q is not an email address", s)
	}
	_, domain, _ := strings.Cut(s, "@")
	if !strings.Contains(domain, ".") || strings.HasSuffix(domain, ".") || strings.HasPrefix(domain, ".") {
		return fmt.Sprintf("%q is not an email address: its domain %q has no top-level domain", s, domain)
	}
	return ""
}

// E.164 numbers have at most 15 digits; with its area code, no number in
// North America has fewer than 10, and no international number fewer than 7.
const (
	minPhoneDigits = 7
	maxPhoneDigits = 15
)

// phoneSeparators are the characters allowed between a telephone number's
// digits.
const phoneSeparators = " ().-/"

// phoneProblem says why a telephone number is malformed, "" when it is not:
// digits with the usual separators, an optional leading +, and an optional
// extension ("ext. 204", "x204").
func phoneProblem(s string) string {
	body := strings.TrimPrefix(withoutExtension(s), "+")
	digits := 0
	for i, r := range body {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case i > 0 && strings.ContainsRune(phoneSeparators, r), i == 0 && r == '(':
		default:
			return fmt.Sprintf("%q is not a telephone number: write it with digits, spaces, ( ) - . / and an optional leading +", s)
		}
	}
	switch {
	case digits < minPhoneDigits:
		return fmt.Sprintf("%q is not a telephone number: it has %d digits, fewer than %d", s, digits, minPhoneDigits)
	case digits > maxPhoneDigits:
		return fmt.Sprintf("%q is not a telephone number: it has %d digits, more than the %d an international number may have", s, digits, maxPhoneDigits)
	}
	return ""
}

// withoutExtension cuts an extension of up to 6 digits off the end of a
// telephone number: "+1 313 555 0142 ext. 204" → "+1 313 555 0142".
func withoutExtension(s string) string {
	lower := strings.ToLower(s)
	for _, mark := range []string{"ext.", "ext", "x"} {
		i := strings.LastIndex(lower, mark)
		if i <= 0 {
			continue
		}
		ext := strings.TrimSpace(s[i+len(mark):])
		if ext != "" && len(ext) <= 6 && strings.Trim(ext, "0123456789") == "" {
			return strings.TrimSpace(s[:i])
		}
	}
	return s
}

// countryCode normalises a country code and reports whether it is a USMCA
// country's.
func countryCode(s string) (string, bool) {
	c := strings.ToUpper(strings.TrimSpace(s))
	return c, slices.Contains(usmcaCountries, c)
}
