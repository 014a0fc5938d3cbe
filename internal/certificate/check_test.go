package certificate

import "testing"

func TestEmail(t *testing.T) {
	for s, ok := range map[string]bool{
		"maria.perez@frenos-del-norte.example": true,
		"a+b@sub.example.co.uk":                true,
		"achats@piecescote.ca":                 true,
		"maria.perez@":                         false,
		"@example.com":                         false,
		"maria@localhost":                      false,
		"maria@example.":                       false,
		"maria perez@example.com":              false,
		"María <maria@example.com>":            false,
		"maria@example.com, ana@example.com":   false,
	} {
		if got := emailProblem(s) == ""; got != ok {
			t.Errorf("%q: ok=%v, want %v (%s)", s, got, ok, emailProblem(s))
		}
	}
}

func TestTelephone(t *testing.T) {
	for s, ok := range map[string]bool{
		"+52 81 5555 0100":         true,
		"+1 (313) 555-0142":        true,
		"(81) 5555-0100 x204":      true,
		"1.514.555.0199 ext. 12":   true,
		"+1 313 555 0142 Ext 2041": true,
		"5555-0100":                true, // a local number: 8 digits
		"555-01":                   false,
		"+52 81 FRENOS":            false,
		"+52 +81 5555 0100":        false,
		"n/a":                      false,
		"1234567890123456":         false,
		"-52 81 5555 0100":         false,
	} {
		if got := phoneProblem(s) == ""; got != ok {
			t.Errorf("%q: ok=%v, want %v (%s)", s, got, ok, phoneProblem(s))
		}
	}
}

func TestTextProblem(t *testing.T) {
	for s, want := range map[string]string{
		"Pièces d'auto Côté Ltée, Montréal": "",
		"Señora Núñez, Ciudad Juárez":       "",
		"Straße, Zürich, Ærø, Łódź":         "",
		"Tokyo 東京":                          `contains '東' (U+6771), '京' (U+4EAC), which the certificate's font cannot print`,
		"bell\a":                            "contains the control character U+0007",
		"line\u2028separator":               "contains the control character U+2028",
		"bad \xff byte":                     "is not valid UTF-8 text",
	} {
		got, err := textProblem(s, maxLine)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("textProblem(%q) = %q, want %q", s, got, want)
		}
	}
}
