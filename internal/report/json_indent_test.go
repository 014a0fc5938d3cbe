package report

import (
	"bytes"
	"encoding/json"
	"testing"
)

// indentCases are JSON values whose layout is easy to get wrong: strings
// holding the punctuation the layout acts on, backslashes before quotes,
// escapes, empty and nested containers.
var indentCases = []any{
	map[string]any{"a": []any{}, "b": map[string]any{}, "c": []any{[]any{}, map[string]any{"x": []any{1, 2}}}},
	[]string{`{"not":"json"}`, `a,b:c`, `[`, `]`, `}`, `back\slash`, `ends in \`, `\"`, `\\"`, `\\\"`, "tab\tnew\nline", "<b>&amp;</b>", "\u2028\u2029", "ü 中 🚚", ""},
	map[string]any{`key "quoted", with: colon`: `value {with} [brackets]`, "null": nil, "t": true, "f": false, "n": -1.5e-7},
	[]any{},
	map[string]any{},
	"just a string",
	42,
	nil,
}

func compactJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := json.NewEncoder(&buf).Encode(v); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

func checkIndent(t *testing.T, name string, src []byte) {
	t.Helper()
	for _, prefix := range []string{"", "  ", "    "} {
		var want bytes.Buffer
		if err := json.Indent(&want, src, prefix, "  "); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := appendIndent(nil, src, prefix, "  "); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s with prefix %q:\n got %s\nwant %s", name, prefix, got, want.Bytes())
		}
	}
}

// TestAppendIndentMatchesEncodingJSON: the JSON report is laid out byte for
// byte as encoding/json lays it out, for every good of the samples, the
// report fixtures and the awkward values above.
func TestAppendIndentMatchesEncodingJSON(t *testing.T) {
	goods, files := sampleGoods(t)
	goods = append(goods, fixtureGoods()...)
	for _, g := range goods {
		checkIndent(t, g.GoodID, compactJSON(t, g))
	}
	checkIndent(t, "files", compactJSON(t, files))
	checkIndent(t, "summary", compactJSON(t, fixtureSummary(goods)))
	for i, v := range indentCases {
		checkIndent(t, "case "+itoa(i), compactJSON(t, v))
	}
}

// FuzzAppendIndent compares the layout with json.Indent on any valid JSON,
// compacted as Marshal writes it.
func FuzzAppendIndent(f *testing.F) {
	for _, v := range indentCases {
		f.Add(compactJSON(f, v))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			return
		}
		var compact bytes.Buffer
		if err := json.Compact(&compact, data); err != nil {
			return
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "  ", "\t"); err != nil {
			t.Fatal(err)
		}
		if got := appendIndent(nil, compact.Bytes(), "  ", "\t"); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("layout of %q:\n got %q\nwant %q", compact.Bytes(), got, want.Bytes())
		}
	})
}
