package report

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"unicode/utf8"
)

// Text from the analyst's cells reaches the terminal in the table and
// explain output. A cell holding ESC sequences could move the cursor, clear
// the screen, retitle the window or overwrite "DOES NOT QUALIFY" with
// "QUALIFIES"; a carriage return could overwrite a line; bidi overrides
// (U+202A–U+202E, U+2066–U+2069) could reorder what is shown. terminalWriter
// shows every such character escaped (\x1b, \r, \u202e), keeping only the
// newlines and tabs of the layout, and the colours of the ANSI styler,
// which it writes as a private-use marker that it alone turns into ESC.

// styleMark stands for ESC in what the ANSI styler writes.
const styleMark = '\ue000'

// terminalWriter escapes control and bidi characters on their way to w.
type terminalWriter struct {
	w     io.Writer
	marks bool   // the styler's markers become ESC (the table); else escaped
	carry []byte // an incomplete character or colour at the end of a write
	buf   bytes.Buffer
}

func newTerminalWriter(w io.Writer, marks bool) *terminalWriter {
	return &terminalWriter{w: w, marks: marks}
}

func (t *terminalWriter) Write(p []byte) (int, error) {
	data := append(t.carry, p...)
	t.carry = nil
	t.buf.Reset()
	for i := 0; i < len(data); {
		if !utf8.FullRune(data[i:]) {
			t.carry = append([]byte(nil), data[i:]...)
			break
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == styleMark && t.marks {
			if n, ok, partial := styleAt(data[i+size:]); ok {
				t.buf.WriteByte(0x1b)
				t.buf.Write(data[i+size : i+size+n])
				i += size + n
				continue
			} else if partial {
				t.carry = append([]byte(nil), data[i:]...)
				break
			}
		}
		t.buf.WriteString(TerminalText(string(data[i : i+size])))
		i += size
	}
	if _, err := t.w.Write(t.buf.Bytes()); err != nil {
		return 0, err
	}
	return len(p), nil
}

// styleAt reports whether b starts with one of the colour codes the ANSI
// styler writes ("[32m", "[0m", …), and its length; partial when b may be
// the start of one cut by the end of a write.
func styleAt(b []byte) (n int, ok, partial bool) {
	for _, code := range []string{"[0m", "[1m", "[2m", "[31m", "[32m", "[33m", "[35m"} {
		if bytes.HasPrefix(b, []byte(code)) {
			return len(code), true, false
		}
		if len(b) < len(code) && bytes.HasPrefix([]byte(code), b) {
			partial = true
		}
	}
	return 0, false, partial
}

// TerminalText escapes the characters of s that a terminal would act on
// rather than show: C0 controls but newline and tab, DEL, C1 controls, and
// the bidi embeddings, overrides and isolates.
func TerminalText(s string) string {
	var b []byte
	for i, r := range s {
		if !unsafeRune(r) {
			if b != nil {
				b = utf8.AppendRune(b, r)
			}
			continue
		}
		if b == nil {
			b = append(make([]byte, 0, len(s)+8), s[:i]...)
		}
		if r < 0x100 {
			b = fmt.Appendf(b, `\x%02x`, r)
		} else {
			b = fmt.Appendf(b, `\u%04x`, r)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

func unsafeRune(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == styleMark:
		return true
	}
	return false
}

// terminalGood is a copy of g with every string escaped by TerminalText,
// so that no text from a cell can carry the styler's marker or a control
// character into the table.
func terminalGood(g Good) Good {
	return escapeValue(reflect.ValueOf(g)).Interface().(Good)
}

// escapeValue copies v, escaping its strings, however deep.
func escapeValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.String:
		return reflect.ValueOf(TerminalText(v.String())).Convert(v.Type())
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		n := reflect.New(v.Type().Elem())
		n.Elem().Set(escapeValue(v.Elem()))
		return n
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			n.Index(i).Set(escapeValue(v.Index(i)))
		}
		return n
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		n := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			n.SetMapIndex(escapeValue(it.Key()), escapeValue(it.Value()))
		}
		return n
	case reflect.Struct:
		n := reflect.New(v.Type()).Elem()
		n.Set(v)
		for i := range v.NumField() {
			if n.Field(i).CanSet() {
				n.Field(i).Set(escapeValue(v.Field(i)))
			}
		}
		return n
	}
	return v
}
