package tariffs

import (
	"strings"
	"testing"
)

// FuzzReadOverlays: an overlay file never panics the reader, and a base
// other than the customs value is only accepted with an ad valorem rate.
func FuzzReadOverlays(f *testing.F) {
	f.Add("hts_prefix,countries,spares,base,rate,from,to,label,source\n8704.31.01,CA MX,none,non-us-content,25%,2025-04-03,,x,y\n")
	f.Add("hts_prefix,countries,applies_to,rate,from,to,label\n8708,MX,non-qualifying,25%,2025-05-03,,old\n")
	f.Add("hts_prefix,spares,base,rate,from\n72,usmca-qualifying,steel-content,$1.20/kg + 5%,2025-01-01\n")
	f.Fuzz(func(t *testing.T, in string) {
		ovs, err := ReadOverlays(strings.NewReader(in), "f.csv")
		if err != nil {
			return
		}
		for _, o := range ovs {
			if o.Base != BaseCustomsValue && o.Rate.Kind != AdValorem && o.Rate.Kind != Free {
				t.Fatalf("base %s with rate %q", o.Base, o.Rate.Text)
			}
		}
	})
}
