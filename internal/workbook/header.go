package workbook

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// normalize folds a header for matching: lower case, accents removed, and
// everything but letters and digits dropped ("Fracción  arancelaria" and
// "fraccion-arancelaria" both become "fraccionarancelaria").
func normalize(s string) string {
	// ASCII, the common case, without decomposing: the same result.
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return normalizeText(s)
		}
		plain = plain && (c >= 'a' && c <= 'z' || c >= '0' && c <= '9')
	}
	if plain {
		return s
	}
	b := make([]byte, 0, len(s)+2)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c == '#':
			b = append(b, 'n', 'o')
		}
	}
	return string(b)
}

// normalizeText is normalize for any text.
func normalizeText(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining accent: drop
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case r == '#':
			b.WriteString("no")
		}
	}
	return b.String()
}

// layoutSide is the side of the columns a layout's sheet holds.
var layoutSide = map[layout]side{layoutGoods: sideGoods, layoutBOM: sideBOM, layoutFlat: sideBOM, layoutFacts: sideFacts, layoutVehicle: sideVehicle}

// headerIndex maps normalised headers to canonical columns for one kind of sheet.
type headerIndex map[string]Col

// layout is the kind of sheet a header row is matched for.
type layout int

const (
	layoutGoods layout = iota
	layoutBOM
	layoutFlat
	layoutFacts
	layoutVehicle
)

func (l layout) String() string {
	return [...]string{"goods", "BOM", "flat (one sheet)", "facts", "vehicle"}[l]
}

// newHeaderIndex builds the alias table for a layout. In the flat layout the
// good's columns are matched only by aliases no BOM column also uses, so a
// bare "HTS code" is the material's and "Good HTS" the good's.
func newHeaderIndex(l layout) headerIndex {
	idx := headerIndex{}
	add := func(c Col, names []string) {
		for _, n := range names {
			k := normalize(n)
			if _, taken := idx[k]; !taken {
				idx[k] = c
			}
		}
	}
	want := layoutSide[l]
	for c := Col(0); c < numCols; c++ {
		if columns[c].side&want != 0 {
			add(c, []string{columns[c].name})
			add(c, columns[c].aliases)
			if l == layoutGoods {
				add(c, columns[c].flatAliases)
			}
		}
	}
	if l == layoutFlat {
		for c := Col(0); c < numCols; c++ {
			if columns[c].side&sideGoods != 0 {
				add(c, columns[c].flatAliases)
				add(c, columns[c].aliases) // only those no BOM column took
			}
		}
	}
	return idx
}

// headerMap is the result of matching a header row.
type headerMap struct {
	pos     [numCols]int   // column position (0-based) of each canonical column, or -1
	header  []string       // the header row as written
	facts   map[int]string // position → fact key, for "Fact: …" columns
	unknown []int          // positions of headers that matched nothing
	dup     map[Col][]int  // canonical columns matched by more than one header
}

func (h *headerMap) has(c Col) bool { return h.pos[c] >= 0 }

// matchHeader matches a header row against idx, honouring user mappings
// (canonical name → their header). It returns the number of headers matched.
func matchHeader(row []string, l layout, user map[Col]string) (*headerMap, int) {
	idx := newHeaderIndex(l)
	h := &headerMap{header: append([]string(nil), row...), facts: map[int]string{}, dup: map[Col][]int{}}
	for i := range h.pos {
		h.pos[i] = -1
	}
	userByHeader := resolveUserMap(user, l)
	matched := 0
	for i, cell := range row {
		k := normalize(cell)
		if k == "" {
			continue
		}
		c, ok := userByHeader[k]
		if !ok {
			c, ok = idx[k]
		}
		if !ok {
			if key, isFact := factKey(cell); isFact && (l == layoutGoods || l == layoutFlat) {
				h.facts[i] = key
				matched++
				continue
			}
			h.unknown = append(h.unknown, i)
			continue
		}
		if h.pos[c] >= 0 {
			h.dup[c] = append(h.dup[c], i)
			continue
		}
		h.pos[c] = i
		matched++
	}
	return h, matched
}

// resolveUserMap indexes --map entries by their normalised header. Where a
// canonical name stands for both a good column and a BOM column
// ("Description"), the one that belongs to this layout wins, the BOM's in the
// flat layout.
func resolveUserMap(user map[Col]string, l layout) map[string]Col {
	want := layoutSide[l]
	out := map[string]Col{}
	// Lower priority first, so that the layout's own side overwrites.
	for pass := 0; pass < 2; pass++ {
		for c := Col(0); c < numCols; c++ {
			their, ok := user[c]
			if !ok {
				continue
			}
			own := columns[c].side&want != 0
			if (pass == 0) == own {
				continue
			}
			if l != layoutFlat && !own {
				continue
			}
			out[normalize(their)] = c
		}
	}
	return out
}

// factKey recognises "Fact: cut-and-sewn" (and "Hecho:", "Fait :") headers
// and returns the normalised fact key.
func factKey(header string) (string, bool) {
	before, after, ok := strings.Cut(header, ":")
	if !ok {
		return "", false
	}
	p := normalize(before)
	for _, f := range factPrefixes {
		if p == f {
			key := FactKey(after)
			return key, key != ""
		}
	}
	return "", false
}

// FactKey normalises a fact name as a workbook gives it to the key rules
// use: lower case, accents removed, words joined by hyphens.
func FactKey(s string) string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	return strings.Join(words, "-")
}

// ParseMap parses --map values of the form 'Canonical=Their header'.
func ParseMap(specs []string) (map[Col]string, error) {
	out := map[Col]string{}
	specific := map[Col]bool{} // set by a "Good …" name; a shared name does not override it
	byName := map[string][]Col{}
	for c := Col(0); c < numCols; c++ {
		k := normalize(columns[c].name)
		byName[k] = append(byName[k], c)
	}
	for _, s := range specs {
		canon, their, ok := strings.Cut(s, "=")
		if !ok || strings.TrimSpace(canon) == "" || strings.TrimSpace(their) == "" {
			return nil, fmt.Errorf("invalid --map %q: want 'Canonical column=Your header', e.g. --map 'HTS code=Tariff No'", s)
		}
		cs := byName[normalize(canon)]
		isSpecific := false
		if len(cs) == 0 {
			cs, isSpecific = mapAliases[normalize(canon)], true
		}
		if len(cs) == 0 {
			return nil, fmt.Errorf("invalid --map %q: %q is not a roo column; columns are: %s", s, strings.TrimSpace(canon), strings.Join(canonicalNames(), ", "))
		}
		for _, c := range cs {
			if specific[c] && !isSpecific {
				continue
			}
			out[c] = strings.TrimSpace(their)
			specific[c] = specific[c] || isSpecific
		}
	}
	return out, nil
}

// mapAliases lets --map name the good's columns that share a name with a BOM
// column ("Good HTS code=…", "Good description=…").
var mapAliases = map[string][]Col{
	normalize("Good HTS code"):    {ColGoodHTS},
	normalize("Good description"): {ColGoodDescription},
	normalize("Good currency"):    {ColGoodCurrency},
	normalize("Good quantity"):    {ColGoodQuantity},
}

func canonicalNames() []string {
	seen := map[string]bool{}
	var names []string
	for c := Col(0); c < numCols; c++ {
		if n := columns[c].name; !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	names = append(names, "Good HTS code", "Good description", "Good currency", "Good quantity")
	sort.Strings(names)
	return names
}
