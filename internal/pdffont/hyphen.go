// Package pdffont holds the fonts roo's PDFs embed: the Go fonts (Go
// Regular and Go Bold, from the x/image module excelize already depends
// on), TrueType fonts with the accented Latin letters of English, French
// and Spanish names, under a BSD-style licence, with a text hyphen.
package pdffont

import (
	"encoding/binary"
	"fmt"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// Fonts returns the regular and bold fonts, made on first use.
var Fonts = sync.OnceValues(func() (regular, bold []byte) {
	return textHyphenFont(goregular.TTF), textHyphenFont(gobold.TTF)
})

// The Go fonts draw the hyphen-minus (U+002D) as a minus sign, as wide as an
// en dash, because they were made for program text: on the certificate
// "2026-01-01" and "MOT-7K5" read as "2026–01–01" and "MOT–7K5". The fonts'
// own soft hyphen (U+00AD) is a typographic hyphen. withTextHyphen copies
// that glyph's outline and advance over the hyphen-minus's, so a hyphen
// prints as a hyphen while the text stays U+002D (copied, searched and
// extracted from the PDF as typed).

// hyphenMinus and softHyphen are the characters whose glyphs are swapped.
const (
	hyphenMinus = 0x2D
	softHyphen  = 0xAD
)

// withTextHyphen returns a copy of a TrueType font whose hyphen-minus has
// the soft hyphen's glyph, or the font unchanged with an error when its
// tables are not as expected.
func withTextHyphen(ttf []byte, hyphenGlyph, softGlyph int) ([]byte, error) {
	tables, err := ttfTables(ttf)
	if err != nil {
		return ttf, err
	}
	var head, loca, glyf, hhea, hmtx [2]int
	for tag, t := range map[string]*[2]int{"head": &head, "loca": &loca, "glyf": &glyf, "hhea": &hhea, "hmtx": &hmtx} {
		v, ok := tables[tag]
		if !ok {
			return ttf, fmt.Errorf("font lacks the %s table", tag)
		}
		*t = v
	}
	long := binary.BigEndian.Uint16(ttf[head[0]+50:]) == 1
	glyphAt := func(g int) (int, int) {
		if long {
			a := binary.BigEndian.Uint32(ttf[loca[0]+4*g:])
			b := binary.BigEndian.Uint32(ttf[loca[0]+4*g+4:])
			return int(a), int(b)
		}
		a := binary.BigEndian.Uint16(ttf[loca[0]+2*g:])
		b := binary.BigEndian.Uint16(ttf[loca[0]+2*g+2:])
		return 2 * int(a), 2 * int(b)
	}
	hs, he := glyphAt(hyphenGlyph)
	ss, se := glyphAt(softGlyph)
	if se-ss > he-hs || se-ss == 0 {
		return ttf, fmt.Errorf("the soft hyphen's outline (%d bytes) does not fit the hyphen's (%d)", se-ss, he-hs)
	}
	out := append([]byte(nil), ttf...)
	dst := out[glyf[0]+hs : glyf[0]+he]
	clear(dst)
	copy(dst, ttf[glyf[0]+ss:glyf[0]+se])
	metrics := int(binary.BigEndian.Uint16(ttf[hhea[0]+34:]))
	if hyphenGlyph >= metrics || softGlyph >= metrics {
		return ttf, fmt.Errorf("font has shared advance widths for the hyphen glyphs")
	}
	copy(out[hmtx[0]+4*hyphenGlyph:hmtx[0]+4*hyphenGlyph+4], ttf[hmtx[0]+4*softGlyph:hmtx[0]+4*softGlyph+4])
	return out, nil
}

// ttfTables maps the tags of a TrueType font's tables to their offset and
// length.
func ttfTables(ttf []byte) (map[string][2]int, error) {
	if len(ttf) < 12 {
		return nil, fmt.Errorf("font too short")
	}
	n := int(binary.BigEndian.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, fmt.Errorf("font table directory truncated")
	}
	out := map[string][2]int{}
	for i := 0; i < n; i++ {
		rec := ttf[12+16*i:]
		off, ln := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if off+ln > len(ttf) {
			return nil, fmt.Errorf("font table %q out of bounds", rec[:4])
		}
		out[string(rec[:4])] = [2]int{off, ln}
	}
	return out, nil
}

// textHyphenFont is withTextHyphen for an embedded font, finding the two
// glyphs by the font's character map; on any doubt the font is unchanged
// (the hyphens then print wide, never wrong).
func textHyphenFont(ttf []byte) []byte {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return ttf
	}
	var buf sfnt.Buffer
	h, err1 := f.GlyphIndex(&buf, hyphenMinus)
	s, err2 := f.GlyphIndex(&buf, softHyphen)
	if err1 != nil || err2 != nil || h == 0 || s == 0 {
		return ttf
	}
	out, err := withTextHyphen(ttf, int(h), int(s))
	if err != nil {
		return ttf
	}
	return out
}
