package auto

import (
	"strings"
	"testing"
)

// FuzzDecode: the decoder of the compact form never panics, and what it
// accepts encodes again.
func FuzzDecode(f *testing.F) {
	f.Add(embedded)
	lines := strings.SplitN(embedded, "\n", 40)
	f.Add(strings.Join(lines[:len(lines)-1], "\n"))
	f.Add(magic + "\nV|1|8701.10|870110<870110|||a good||nc:60:2020-07-01:\n")
	f.Add(magic + "\nE|A.1|ex 8708.29;8482.10..8482.80|Body stampings||0||870829<870829*|k|c\n")
	f.Fuzz(func(t *testing.T, s string) {
		tab, err := Decode(s)
		if err != nil {
			return
		}
		if _, err := tab.Encode(); err != nil && !strings.Contains(err.Error(), "separator") {
			t.Fatalf("decoded tables do not encode: %v", err)
		}
		for i := range tab.Entries {
			tab.Match(&tab.Entries[i], "870829", noFacts)
		}
	})
}
