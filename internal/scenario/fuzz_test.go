package scenario

import (
	"strings"
	"testing"
)

// FuzzRead: a scenario file never panics the reader; what it accepts has
// at least one change, each with a prefix.
func FuzzRead(f *testing.F) {
	f.Add("change,hts_prefix,value,from,label\nrvc-set,8704,90,2026-07-01,x\n")
	f.Add("change,hts_prefix,value,from\nus-content-floor,8703 8704;87,50,2027-01-01\n")
	f.Add("\uFEFFCHANGE,HTS_PREFIX,VALUE,FROM\nrvc-raise,87,5,2026-01-01\n# c\n")
	f.Add("change,hts_prefix,value,from\n\"rvc-set,87,1e400,2026-01-01\n")
	f.Fuzz(func(t *testing.T, in string) {
		sc, err := Read(strings.NewReader(in), "f.csv")
		if err != nil {
			return
		}
		if len(sc.Changes) == 0 {
			t.Fatal("accepted a scenario without changes")
		}
		for _, c := range sc.Changes {
			if len(c.Prefixes) == 0 {
				t.Fatalf("accepted a change without a prefix: %+v", c)
			}
		}
	})
}
