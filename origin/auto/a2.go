package auto

import "github.com/roo-trade/roo/origin/hs"

// Parts lists the Table A.2 column-1 parts, in the order printed:
// Engines, Transmissions, Body and chassis, Axles, Suspension systems,
// Steering systems, Advanced batteries.
func (t *Tables) Parts() []string {
	var out []string
	for i := range t.Entries {
		e := &t.Entries[i]
		if e.Table == TableA2 && !e.Component {
			out = appendOnce(out, e.Part)
		}
	}
	return out
}

// CorePartOf says which Table A.2 column-1 part a material of the HS 2022
// code may be: every line of column 1 is an "ex" provision, so a match
// says only that the material may be the part.
func (t *Tables) CorePartOf(code hs.Code) (string, bool) {
	for _, e := range t.Lines(code, TableA2) {
		if !e.Component {
			return e.Part, true
		}
	}
	return "", false
}

// IsComponent reports whether a material of the HS 2022 code may be one of
// the column-2 components Table A.2 lists for the part. Counting a material
// that only may be one makes the option of UR §14(7) stricter, never more
// lenient.
func (t *Tables) IsComponent(code hs.Code, part string) bool {
	for _, e := range t.Lines(code, TableA2) {
		if e.Component && e.Part == part {
			return true
		}
	}
	return false
}

// PartNamed finds a column-1 part by name, ignoring case and accepting the
// singular ("engine", "body and chassis", "advanced battery").
func (t *Tables) PartNamed(name string) (string, bool) {
	k := foldName(name)
	for _, p := range t.Parts() {
		f := foldName(p)
		if f == k || f == k+"s" || f == k+"es" || trimS(f) == k || (len(k) > 1 && k[len(k)-1] == 'y' && f == k[:len(k)-1]+"ies") {
			return p, true
		}
	}
	return "", false
}

func foldName(s string) string {
	var b []rune
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			b = append(b, r+'a'-'A')
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b = append(b, r)
		}
	}
	return string(b)
}

func trimS(s string) string {
	if len(s) > 1 && s[len(s)-1] == 's' {
		return s[:len(s)-1]
	}
	return s
}
