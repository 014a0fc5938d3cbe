package report

import "bytes"

// appendIndent appends to dst the compact JSON of src laid out as
// encoding/json's Indent lays it out — every element of an object or array
// on its own line, beginning with prefix and one indent per level of
// nesting, a space after each colon, empty objects and arrays as {} and []
// — and returns the result. src must be valid JSON without whitespace
// between tokens, as json.Marshal and an Encoder without indentation write
// it; the output is then byte for byte that of json.Indent
// (TestAppendIndentMatchesEncodingJSON). Indent validates as it goes, one
// state-machine step per byte, and was a sixth of roo's CPU on large
// portfolios; this only has to find the strings, which it copies whole.
func appendIndent(dst, src []byte, prefix, indent string) []byte {
	depth := 0
	open := false // after { or [: the line break waits for the next token
	newline := func() {
		dst = append(dst, '\n')
		dst = append(dst, prefix...)
		for range depth {
			dst = append(dst, indent...)
		}
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if open && c != '}' && c != ']' {
			open = false
			depth++
			newline()
		}
		switch c {
		case '"':
			j := closingQuote(src, i+1)
			dst = append(dst, src[i:j+1]...)
			i = j
		case '{', '[':
			open = true
			dst = append(dst, c)
		case ',':
			dst = append(dst, c)
			newline()
		case ':':
			dst = append(dst, c, ' ')
		case '}', ']':
			if open {
				open = false
			} else {
				depth--
				newline()
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
	}
	return dst
}

// closingQuote returns the index of the quote that ends the string whose
// text starts at from: the first quote not escaped, that is not preceded
// by an odd number of backslashes. A string left open ends with src.
func closingQuote(src []byte, from int) int {
	for {
		k := bytes.IndexByte(src[from:], '"')
		if k < 0 {
			return len(src) - 1
		}
		q := from + k
		n := 0
		for b := q - 1; b >= from && src[b] == '\\'; b-- {
			n++
		}
		if n%2 == 0 {
			return q
		}
		from = q + 1
	}
}
