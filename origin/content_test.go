package origin

import (
	"fmt"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// multiLevelGood is a good of customs value 1000.00 USD whose producer adds
// 100.00 of its own US value, with lines from the US, Canada, Mexico, China
// and one of unknown country, and a Mexican sub-assembly with inputs:
//
//	A  purchased  US  200.00  (8708.99)
//	B  purchased  CA  150.00  (8708.29)
//	C  self-produced MX 300.00, with inputs
//	   C1 purchased CN 120.00 (7208.51, steel)
//	   C2 purchased US  80.00 (7604.29, aluminum)
//	   so C's own processing in MX is 300 − (120 + 80) = 100.00
//	D  purchased  no country 50.00 (8544.42, declares copper content 20.00)
//	E  indirect   US  30.00 (not a part of the good: left out)
func multiLevelGood() *Good {
	return &Good{
		ID: "G", Currency: "USD", CustomsValue: nd("1000"), USValueAdded: nd("100"),
		Materials: []*Material{
			{PartNumber: "A", Country: "US", Value: d("200"), HTS: "870899", Kind: KindMaterial, Ref: "BOM row 2"},
			{PartNumber: "B", Country: "CA", Value: d("150"), HTS: "870829", Kind: KindMaterial, Ref: "BOM row 3"},
			{PartNumber: "C", Country: "MX", Value: d("300"), Kind: KindSelfProduced, Ref: "BOM row 4", Children: []*Material{
				{PartNumber: "C1", Country: "CN", Value: d("120"), HTS: "720851", Kind: KindMaterial, Ref: "BOM row 5"},
				{PartNumber: "C2", Country: "US", Value: d("80"), HTS: "760429", Kind: KindMaterial, Ref: "BOM row 6"},
			}},
			{PartNumber: "D", Value: d("50"), HTS: "854442", CopperContent: nd("20"), Kind: KindMaterial, Ref: "BOM row 7"},
			{PartNumber: "E", Country: "US", Value: d("30"), Kind: KindIndirect, Ref: "BOM row 8"},
		},
	}
}

// TestContentOfMultiLevel checks content by country and US content (the
// Section 232 non-US content basis, Proclamation 10908 cl. (2) and 90 FR
// 21450) by hand:
//
//	US  = A 200 + C2 80            = 280.00
//	CA  = B                        = 150.00
//	MX  = C's own processing       = 100.00
//	CN  = C1                       = 120.00
//	unknown = D                    =  50.00 (non-US, flagged)
//	materials = 700.00 (E, indirect, left out)
//	US content = 280 + US value added 100        = 380.00
//	non-US content = customs value 1000 − 380    = 620.00
func TestContentOfMultiLevel(t *testing.T) {
	c := ContentOf(multiLevelGood())
	var got []string
	for _, cv := range c.ByCountry {
		got = append(got, fmt.Sprintf("%s=%s", cv.Country, cv.Value.StringFixed(2)))
	}
	if want := "US=280.00 CA=150.00 MX=100.00 CN=120.00 =50.00"; strings.Join(got, " ") != want {
		t.Errorf("by country = %q, want %q", strings.Join(got, " "), want)
	}
	checks := []struct {
		name string
		got  decimal.Decimal
		want string
	}{
		{"materials", c.Materials, "700"},
		{"US materials", c.USMaterials, "280"},
		{"US content", c.USContent, "380"},
		{"non-US content", c.NonUSContent.Decimal, "620"},
	}
	for _, ck := range checks {
		if !ck.got.Equal(d(ck.want)) {
			t.Errorf("%s = %s, want %s", ck.name, ck.got, ck.want)
		}
	}
	if len(c.Unknown) != 1 || c.Unknown[0] != "BOM row 7" {
		t.Errorf("unknown = %v, want [BOM row 7]", c.Unknown)
	}
	if share, ok := c.USShare(); !ok || !share.Equal(d("38")) {
		t.Errorf("US share = %s %v, want 38", share, ok)
	}
	if !strings.Contains(strings.Join(c.Notes, "\n"), "indirect") {
		t.Errorf("notes do not say the indirect line was left out: %q", c.Notes)
	}
}

// TestMetalContent: steel from the chapter 72 line (120.00), aluminum from
// the chapter 76 line (80.00), copper declared on a chapter 85 line (20.00,
// not the line's 50.00).
func TestMetalContent(t *testing.T) {
	mc := MetalOf(multiLevelGood())
	for _, tc := range []struct {
		metal Metal
		want  string
	}{{Steel, "120"}, {Aluminum, "80"}, {Copper, "20"}} {
		if !mc.Of(tc.metal).Equal(d(tc.want)) {
			t.Errorf("%s = %s, want %s", tc.metal, mc.Of(tc.metal), tc.want)
		}
	}
	methods := map[string]string{}
	for _, l := range mc.Lines {
		methods[l.Ref] = l.Method
	}
	if methods["BOM row 5"] != "chapter 72" || methods["BOM row 6"] != "chapter 76" || methods["BOM row 7"] != "declared" {
		t.Errorf("methods = %v", methods)
	}
}

func TestContentWithoutValueOrWithTooMuchUSContent(t *testing.T) {
	for _, tc := range []struct {
		name  string
		value decimal.NullDecimal
		note  string
	}{
		{"no value", decimal.NullDecimal{}, "no customs value"},
		{"US content above value", nd("300"), "exceeds the good's value"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := multiLevelGood()
			g.CustomsValue = tc.value
			c := ContentOf(g)
			if c.NonUSContent.Valid {
				t.Errorf("non-US content = %s, want none", c.NonUSContent.Decimal)
			}
			if !strings.Contains(strings.Join(c.Notes, "\n"), tc.note) {
				t.Errorf("notes %q lack %q", c.Notes, tc.note)
			}
		})
	}
}

// TestContentNeverChangesVerdict: the same good with and without US value
// added gets the same status.
func TestContentNeverChangesVerdict(t *testing.T) {
	a, b := multiLevelGood(), multiLevelGood()
	b.USValueAdded = decimal.NullDecimal{}
	ra, rb := Evaluate(a, Options{}), Evaluate(b, Options{})
	if ra.Status != rb.Status || ra.Content == nil || !ra.Content.USContent.Equal(d("380")) || !rb.Content.USContent.Equal(d("280")) {
		t.Errorf("statuses %s/%s, content %+v / %+v", ra.Status, rb.Status, ra.Content, rb.Content)
	}
}
