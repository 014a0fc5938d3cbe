package certificate

import (
	"fmt"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// The PDF embeds the Go fonts (Go Regular and Go Bold, from the x/image
// module excelize already depends on): TrueType fonts with the accented
// Latin letters of English, French and Spanish names (é, ç, ñ, ü…), Greek
// and Cyrillic, under a BSD-style licence. fpdf embeds the subset it uses.
var (
	fontRegular = goregular.TTF
	fontBold    = gobold.TTF
)

// glyphs are the parsed fonts, to ask which characters they can print;
// parsed on first use, by the commands that write a certificate only.
var glyphs = sync.OnceValues(func() ([]*sfnt.Font, error) {
	var out []*sfnt.Font
	for _, ttf := range [][]byte{fontRegular, fontBold} {
		f, err := sfnt.Parse(ttf)
		if err != nil {
			return nil, fmt.Errorf("the certificate's embedded font cannot be read: %w", err)
		}
		out = append(out, f)
	}
	return out, nil
})

// unprintable returns the characters of s that a font of the certificate
// has no glyph for, each once, in order; line breaks are not asked about.
func unprintable(s string) ([]rune, error) {
	fonts, err := glyphs()
	if err != nil {
		return nil, err
	}
	var buf sfnt.Buffer
	var out []rune
	seen := map[rune]bool{}
	for _, r := range s {
		if r == '\n' || seen[r] {
			continue
		}
		seen[r] = true
		for _, f := range fonts {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				out = append(out, r)
				break
			}
		}
	}
	return out, nil
}
