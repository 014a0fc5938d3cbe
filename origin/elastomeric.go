package origin

import "github.com/roo-trade/roo/origin/hs"

//go:generate go run ./internal/elastgen

// elastomericLine is one code of the US schedule whose description says the
// material is or contains elastomeric yarn or rubber thread.
type elastomericLine struct {
	code hs.Code
	desc string
}

// elastomericMaterial says whether a material's code is, by the schedule's
// own words, elastomeric yarn or rubber thread or a fabric containing them,
// and the words: its elastomeric weight cannot be taken as zero when the
// workbook leaves it blank (USMCA Art. 6.1.2–6.1.3; 19 USC 4531(f)(4); UR
// §5(6)(b), §5(7)(a); issue 17 item 2). A code shorter than a listed line
// counts when the line is within it: the material may be of that line.
func elastomericMaterial(c hs.Code) (string, bool) {
	if c == "" {
		return "", false
	}
	for _, l := range elastomericLines {
		if c.HasPrefix(l.code) || l.code.HasPrefix(c) {
			return l.desc, true
		}
	}
	return "", false
}
