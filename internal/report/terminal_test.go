package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin"
)

// Characters from cells that a terminal would act on are shown escaped in
// the table; the styler's own colours still reach the terminal (issue 13).
func TestTableEscapesTerminalControls(t *testing.T) {
	tests := []struct{ desc, want string }{
		{"Motor\x1b[2J\x1b]0;pwned\x07", `Motor\x1b[2J\x1b]0;pwned\x07`},
		{"DOES NOT\rQUALIFIES", `DOES NOT\x0dQUALIFIES`},
		{"abc\u202edcba\u2066x\u2069", `abc\u202edcba\u2066x\u2069`},
		{"C1\u009b31m", `C1\x9b31m`},
		{"fake colour \ue000[31m", `fake colour \ue000[31m`},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		w := NewTableWriter(&buf, ANSI{})
		if err := w.Good(Good{GoodID: "G", Description: tt.desc, HTS: "8501.52", Status: origin.Qualifies}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, tt.want) {
			t.Errorf("%q printed as %q, want it to contain %q", tt.desc, out, tt.want)
		}
		if strings.Count(out, "\x1b") != 4 { // bold on/off, status on/off
			t.Errorf("%q: %d ESC in %q, want only the styler's 4", tt.desc, strings.Count(out, "\x1b"), out)
		}
	}
}

// A write cut inside a character or a colour code is joined to the next.
func TestTerminalWriterSplitWrites(t *testing.T) {
	var buf bytes.Buffer
	w := newTerminalWriter(&buf, true)
	in := string(styleMark) + "[32mé" + string(styleMark) + "[0m\x1b"
	for i := 0; i < len(in); i++ {
		w.Write([]byte{in[i]})
	}
	if got, want := buf.String(), "\x1b[32mé\x1b[0m\\x1b"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The explanation, which has no colours, escapes the marker too.
func TestExplainWriterEscapesAll(t *testing.T) {
	var buf bytes.Buffer
	newTerminalWriter(&buf, false).Write([]byte("part \x1b[31m \ue000[31m \u202e\n"))
	if got, want := buf.String(), `part \x1b[31m \ue000[31m \u202e`+"\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
