package certificate

import (
	"io"
	"testing"

	"golang.org/x/image/font/sfnt"
)

// BenchmarkFontLoad is the one-time cost of parsing the two embedded fonts
// to ask which characters they print (glyphs does it once per run, and
// only when a certification is validated).
func BenchmarkFontLoad(b *testing.B) {
	for b.Loop() {
		for _, ttf := range [][]byte{fontRegular, fontBold} {
			if _, err := sfnt.Parse(ttf); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	d := validDetails()
	for b.Loop() {
		if _, err := d.Validate(today); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWritePDF(b *testing.B) {
	c := fixtureDocument(b).Certification
	for b.Loop() {
		if err := WritePDF(io.Discard, c, pdfOpts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteXLSX(b *testing.B) {
	c := fixtureDocument(b).Certification
	for b.Loop() {
		if err := WriteXLSX(io.Discard, c, pdfOpts); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteJSON(b *testing.B) {
	d := fixtureDocument(b)
	for b.Loop() {
		if err := WriteJSON(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
