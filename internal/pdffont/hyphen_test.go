package pdffont

import (
	"bytes"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// TestTextHyphen: in the fonts the PDF embeds, the hyphen-minus of
// "2026-01-01" and "MOT-7K5" is a hyphen, narrower than an en dash, not
// the Go fonts' minus-wide glyph; other characters are untouched.
func TestTextHyphen(t *testing.T) {
	regular, bold := Fonts()
	for name, pair := range map[string][2][]byte{"regular": {goregular.TTF, regular}, "bold": {gobold.TTF, bold}} {
		orig, fixed := parse(t, pair[0]), parse(t, pair[1])
		hyphen, endash := width(t, fixed, '-'), width(t, fixed, '–')
		if hyphen >= endash {
			t.Errorf("%s: hyphen %v wide, not narrower than the en dash %v", name, hyphen, endash)
		}
		if was := width(t, orig, '-'); was < endash {
			t.Errorf("%s: the original hyphen (%v) was already narrow: the fix is moot", name, was)
		}
		if hyphen != width(t, orig, '\u00ad') {
			t.Errorf("%s: hyphen width %v, want the soft hyphen's %v", name, hyphen, width(t, orig, '\u00ad'))
		}
		for _, r := range "0aZé–" {
			if width(t, orig, r) != width(t, fixed, r) {
				t.Errorf("%s: %q changed width", name, r)
			}
		}
		if bytes.Equal(pair[0], pair[1]) {
			t.Errorf("%s: font unchanged", name)
		}
	}
}

func parse(t *testing.T, ttf []byte) *sfnt.Font {
	t.Helper()
	f, err := sfnt.Parse(ttf)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func width(t *testing.T, f *sfnt.Font, r rune) fixed.Int26_6 {
	t.Helper()
	var b sfnt.Buffer
	i, err := f.GlyphIndex(&b, r)
	if err != nil || i == 0 {
		t.Fatalf("no glyph for %q", r)
	}
	bounds, _, err := f.GlyphBounds(&b, i, fixed.I(1000), font.HintingNone)
	if err != nil {
		t.Fatal(err)
	}
	return bounds.Max.X - bounds.Min.X
}
