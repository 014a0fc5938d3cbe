package report

import "strings"

// formulaTriggers are the characters with which a spreadsheet starts a
// formula when it imports text (OWASP, "CSV Injection"): = + - @, and tab
// and carriage return, which some importers strip before looking. The
// full-width forms are included because some East Asian input methods and
// importers fold them to their ASCII counterparts.
const formulaTriggers = "=+-@\t\r＝＋－＠"

// looksLikeFormula reports whether a spreadsheet could read s as a formula:
// its first character, or its first character after leading blanks, is a
// formula trigger.
func looksLikeFormula(s string) bool {
	if s == "" {
		return false
	}
	if strings.ContainsRune(formulaTriggers, firstRune(s)) {
		return true
	}
	t := strings.TrimLeft(s, " \t\r\n\u00a0")
	return t != "" && strings.ContainsRune(formulaTriggers, firstRune(t))
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// SafeText returns s ready for a CSV cell that a spreadsheet may open: text
// that could start a formula gets a leading single quote, which spreadsheets
// show as text and never evaluate (the OWASP recommendation). Other text is
// returned unchanged.
func SafeText(s string) string {
	if looksLikeFormula(s) {
		return "'" + s
	}
	return s
}

// safeNumber returns s unchanged when it is a plain decimal number such as
// -2.450000 or 86.50 (a leading minus is then a sign, not a formula), and
// as SafeText would otherwise.
func safeNumber(s string) string {
	if isPlainDecimal(s) {
		return s
	}
	return SafeText(s)
}

// isPlainDecimal reports whether s is an optional minus sign, digits, and
// optionally a point followed by digits: the only form Money and the RVC
// figures take.
func isPlainDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasPoint := strings.Cut(s, ".")
	return allDigits(intPart) && (!hasPoint || allDigits(frac))
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
