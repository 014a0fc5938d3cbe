package origin

import (
	"strings"
	"testing"
)

// TestITGoodsGeneralNote11p: HTSUS General Note 11(p) (USMCA Art. 2.10,
// Table 2.10.1) deems the listed goods originating "when imported into the
// customs territory of the United States from another USMCA country",
// notwithstanding Chapter 4. CBP HQ H312426: Chinese-origin computers (of
// 8471.50 among others) passed through a Mexican plant without change
// were held USMCA originating (issue 17 item 8).
func TestITGoodsGeneralNote11p(t *testing.T) {
	// unit is a good made of one Chinese material its rule excepts, so
	// Chapter 4 alone refuses it (8471.30 and 8471.50 are excepted from
	// each other's rules, ch. 84 rules 200 and 202).
	unit := func(code, material, producer, importer string) *Good {
		var ms []*Material
		if material != "" {
			ms = append(ms, mat("UNIT", material, NonOriginating, "450"))
			ms[0].Country = "CN"
		}
		g := good(code, "500", "", ms...)
		g.ProducerCountry, g.ImportingCountry = producer, importer
		return g
	}
	tests := []struct {
		name      string
		good      *Good
		facts     map[string]bool
		status    Status
		criterion string
		reason    string
	}{
		{"a Chinese digital processing unit through Mexico into the US (HQ H312426)", unit("8471.50.01", "8471.30.01", "MX", "US"), nil, Qualifies, "E", "General Note 11(p)"},
		{"a Chinese laptop of 8471.30 through Canada into the US", unit("8471.30.01", "8471.41.01", "CA", "US"), nil, Qualifies, "E", "Automated data processing machines"},
		{"the same laptop into Canada: GN 11(p) is United States law", unit("8471.30.01", "8471.41.01", "MX", "CA"), nil, DoesNotQualify, "", "only when imported into the United States"},
		{"a good produced in the US is not imported from another USMCA country", unit("8471.30.01", "8471.41.01", "US", "US"), nil, DoesNotQualify, "", ""},
		{"a part of 8443.99: what the note describes is asked", unit("8443.99.20", "", "MX", "US"), nil, NeedsReview, "", "gn11p"},
		{"a part of 8443.99 of a facsimile machine: not the note's (no materials listed: Chapter 4 asks)", unit("8443.99.20", "", "MX", "US"), map[string]bool{"gn11p-parts-of-844331-844332": false}, NeedsReview, "", "wholly-obtained"},
		{"a part of 8443.99 of a printer of 8443.31", unit("8443.99.20", "", "MX", "US"), map[string]bool{"gn11p-parts-of-844331-844332": true}, Qualifies, "E", "8443.31 or 8443.32"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.facts {
				tt.good.Facts[k] = v
			}
			res := evaluate(t, tt.good)
			all := strings.Join(res.Reasons, "\n") + " " + factKeys(res.MissingFacts)
			if res.Status != tt.status || res.Criterion != tt.criterion {
				t.Fatalf("status %s criterion %q, want %s %q\n%s", res.Status, res.Criterion, tt.status, tt.criterion, all)
			}
			if !strings.Contains(all, tt.reason) {
				t.Errorf("result does not say %q:\n%s", tt.reason, all)
			}
			if tt.criterion == "E" && !strings.Contains(res.Rule, "General Note 11(p)") {
				t.Errorf("rule %q, want the General Note 11(p) citation", res.Rule)
			}
		})
	}
}

// TestITGoodsNotForMaterials: General Note 11(p) deems goods originating
// "when imported into the customs territory of the United States"; a
// self-produced material checked under its own rule (an intermediate
// material, UR §8(7)) is not imported, so the note does not make it
// originating, and its non-originating inputs still count.
func TestITGoodsNotForMaterials(t *testing.T) {
	unit := good("8471.50.01", "500", "", mat("UNIT", "8471.30.01", NonOriginating, "450"))
	res := Evaluate(unit, Options{Rules: base(t), AsOf: date("2026-07-01"), depth: 1})
	if res.Status == Qualifies || res.Criterion == "E" {
		t.Fatalf("an intermediate material of 8471.50 was made originating by GN 11(p): %s %s", res.Status, res.Criterion)
	}
	if res := evaluate(t, unit); res.Criterion != "E" {
		t.Fatalf("the same good imported into the US from Mexico: criterion %q, want E", res.Criterion)
	}
}
