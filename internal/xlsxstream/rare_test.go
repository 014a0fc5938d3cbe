package xlsxstream

import (
	"bytes"
	"testing"
)

// indexRare finds an end tag exactly where bytes.Index does, including at
// the edges of the buffer and after near misses.
func TestIndexRare(t *testing.T) {
	for _, s := range []string{"", "w", "w>", "</row", "</row>", "row></row>", "<c r=\"A1\"><v>w</v></c></ro></row>", "</x:row>", "ww>w></row>x", "</row"} {
		for _, end := range []string{"</row>", "</x:row>"} {
			if got, want := indexRare([]byte(s), []byte(end)), bytes.Index([]byte(s), []byte(end)); got != want {
				t.Errorf("indexRare(%q, %q) = %d, want %d", s, end, got, want)
			}
		}
	}
}

func FuzzIndexRare(f *testing.F) {
	f.Add([]byte("<c><v>1</v></c></row>"), []byte("</row>"))
	f.Fuzz(func(t *testing.T, s, end []byte) {
		if len(end) < 2 {
			return
		}
		if got, want := indexRare(s, end), bytes.Index(s, end); got != want {
			t.Fatalf("indexRare(%q, %q) = %d, want %d", s, end, got, want)
		}
	})
}
