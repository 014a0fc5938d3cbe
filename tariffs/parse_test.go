package tariffs

import (
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

// term is a compact way to write expected terms: percent or amount/unit.
type wantTerm struct {
	pct, den, amt string
	unit          Unit
	basis         string
}

func TestParseRate(t *testing.T) {
	// Every input below is printed in the 2025 HTS (Revision 25), in the
	// General, Column 2 or USMCA (S/S+) group of the Special column.
	tests := []struct {
		in    string
		kind  Kind
		terms []wantTerm
		class TextClass
	}{
		{"Free", Free, nil, ""},
		{"", NoRate, nil, ""},
		{"4.4%", AdValorem, []wantTerm{{pct: "4.4"}}, ""},
		{"2.5%", AdValorem, []wantTerm{{pct: "2.5"}}, ""},
		{"33 1/3%", AdValorem, []wantTerm{{pct: "100", den: "3"}}, ""},
		{"1.5¢/kg", Specific, []wantTerm{{amt: "0.015", unit: "kg"}}, ""},
		{"$1.035/kg (S+)"[:9], Specific, []wantTerm{{amt: "1.035", unit: "kg"}}, ""},
		{"$2.146/kg", Specific, []wantTerm{{amt: "2.146", unit: "kg"}}, ""},
		{"68¢/head", Specific, []wantTerm{{amt: "0.68", unit: "No."}}, ""},
		{"25¢ each", Specific, []wantTerm{{amt: "0.25", unit: "No."}}, ""},
		{"$1.50 each", Specific, []wantTerm{{amt: "1.5", unit: "No."}}, ""},
		{"23.7¢/pf.liter", Specific, []wantTerm{{amt: "0.237", unit: "pf.liters"}}, ""},
		{"4.5¢/ liter", Specific, []wantTerm{{amt: "0.045", unit: "liters"}}, ""},
		{"38.4¢/1000", Specific, []wantTerm{{amt: "0.384", unit: "thousands"}}, ""},
		{"$1/1,000 pins + 35%", Compound, []wantTerm{{amt: "1", unit: "thousands"}, {pct: "35"}}, ""},
		{"$2.50/thou- sand + 40%", Compound, []wantTerm{{amt: "2.5", unit: "thousands"}, {pct: "40"}}, ""},
		{"0.3¢/line/ gross + 4.5%", Text, nil, TextOther},
		{"2.8¢/doz.", Specific, []wantTerm{{amt: "0.028", unit: "doz."}}, ""},
		{"10.5¢/bbl", Specific, []wantTerm{{amt: "0.105", unit: "bbl"}}, ""},
		{"$1.13/m3", Specific, []wantTerm{{amt: "1.13", unit: "m3"}}, ""},
		{"18.7¢/clean kg", Specific, []wantTerm{{amt: "0.187", unit: "clean kg"}}, ""},
		{"3.7¢/kg on drained weight", Specific, []wantTerm{{amt: "0.037", unit: "kg", basis: "on drained weight"}}, ""},
		{"$1.32/t, including weight of container", Specific, []wantTerm{{amt: "1.32", unit: "t", basis: "including weight of container"}}, ""},
		{"2.5% on the value of the lead content", AdValorem, []wantTerm{{pct: "2.5", basis: "on the value of the lead content"}}, ""},
		{"3 percent of the fair retail value", AdValorem, []wantTerm{{pct: "3", basis: "of the fair retail value"}}, ""},
		{"46.3¢/kg + 14.9%", Compound, []wantTerm{{amt: "0.463", unit: "kg"}, {pct: "14.9"}}, ""},
		{"$1.035/kg + 13.6%", Compound, []wantTerm{{amt: "1.035", unit: "kg"}, {pct: "13.6"}}, ""},
		{"15.4¢/kg +40%", Compound, []wantTerm{{amt: "0.154", unit: "kg"}, {pct: "40"}}, ""},
		{"$1.58/pr. + 66%", Compound, []wantTerm{{amt: "1.58", unit: "prs."}, {pct: "66"}}, ""},
		{"36¢ each + 5.6% + 2¢/jewel", Compound, []wantTerm{{amt: "0.36", unit: "No."}, {pct: "5.6"}, {amt: "0.02", unit: "jewel"}}, ""},
		{"4.4¢/liter + 31.4¢/pf. liter", Compound, []wantTerm{{amt: "0.044", unit: "liters"}, {amt: "0.314", unit: "pf.liters"}}, ""},
		{"3.9% on the movement and case+ 5.3% on the battery", Compound, []wantTerm{{pct: "3.9", basis: "on the movement and case"}, {pct: "5.3", basis: "on the battery"}}, ""},
		{"0.7¢/kg on copper content + 0.7¢/kg on lead content", Compound, []wantTerm{{amt: "0.007", unit: "kg", basis: "on copper content"}, {amt: "0.007", unit: "kg", basis: "on lead content"}}, ""},
		{"43¢ each + 2.8¢/jewel over 7 + 3.7% on the case", Compound, []wantTerm{{amt: "0.43", unit: "No."}, {amt: "0.028", unit: "jewel", basis: "over 7"}, {pct: "3.7", basis: "on the case"}}, ""},
		{"The duty provided in the applicable subheading + 50%.", Text, nil, TextApplicable},
		{"The rate applicable to the natural juice in heading 2009", Text, nil, TextApplicable},
		{"See 9823.07.01-9823.07.07", Text, nil, TextSee},
		{"See additional U.S. note 1", Text, nil, TextSee},
		{"Free, under bond, as prescribed in U.S. note 1 to this subchapter", Text, nil, TextConditional},
		{"No change", Text, nil, TextNoChange},
		{"3.6606¢/kg less 0.020668¢/kg for each degree under 100 degrees (and fractions of a degree in proportion) but not less than 3.143854¢/kg", Text, nil, TextFormula},
		{"4.3% + 1.7¢/jewel + 0.2¢ for each other piece or part, but if consisting in part of a plate or a set of plates the total duty shall not exceed the duty for the complete movement", Text, nil, TextFormula},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			r := ParseRate(tt.in)
			if r.Kind != tt.kind {
				t.Fatalf("kind = %v, want %v", r.Kind, tt.kind)
			}
			if r.TextClass != tt.class {
				t.Errorf("text class = %q, want %q", r.TextClass, tt.class)
			}
			if len(r.Terms) != len(tt.terms) {
				t.Fatalf("got %d terms, want %d", len(r.Terms), len(tt.terms))
			}
			for i, w := range tt.terms {
				g := r.Terms[i]
				if !g.Percent.Equal(dec(w.pct)) || !g.Amount.Equal(dec(w.amt)) || g.Unit != w.unit || g.Basis != w.basis {
					t.Errorf("term %d = {pct %s, amt %s, unit %q, basis %q}, want %+v", i, g.Percent, g.Amount, g.Unit, g.Basis, w)
				}
				if w.den != "" && decimal.NewFromInt(g.PercentDen).Cmp(dec(w.den)) != 0 {
					t.Errorf("term %d denominator = %d, want %s", i, g.PercentDen, w.den)
				}
			}
		})
	}
}

func TestSplitSpecial(t *testing.T) {
	// Real Special-column texts of the 2025 HTS.
	tests := []struct {
		in      string
		rate    string
		program string
		ok      bool
		groups  int
	}{
		{"Free (A,AU,B,BH,CL,CO,D,E,IL,JO,KR,MA,OM,P,PA,PE,S,SG)", "Free", "S", true, 1},
		{"Free (A+,AU,B,BH,CL,CO,D,E,IL,JO,MA,OM,P,PA,PE,S,SG)25% (KR)", "Free", "S", true, 2},
		{"Free \n(A+, AU, BH, CL, CO, D, E, IL, JO, KR, MA, OM,P, PA, PE, S, SG)", "Free", "S", true, 1},
		{"Free (BH,CL,JO,KR,MA,OM,P,PE,SG) 3¢/kg + 0.9% (PA) See 9822.04.25 (AU) See 9823.07.01-9823.07.07 (S+) See 9918.04.60, 9918.04.62 (CO)", "See 9823.07.01-9823.07.07", "S+", true, 5},
		{"30.5¢/kg + 8.5% (S+)", "30.5¢/kg + 8.5%", "S+", true, 1},
		{"Free (A,AU,BH,CL,CO,D,IL,JO,KR, MA,NP,OM,P,PA,PE,S,SG) 16.6% (E)", "Free", "S", true, 2},
		{"Free (BH,CL,JO,MA,OM,P,PE,SG) 7.5¢/kg (KR) See 9823.04.01-9823.04.54 (S+) See 9908.04.05 (IL) See 9918.04.50, 9918.04.58 (CO) See 9919.04.50, 9919.04.57, 9919.04.67 (PA (PA)", "See 9823.04.01-9823.04.54", "S+", true, 6},
		{"Free (MA)", "", "", false, 1},
		{"The duty provided in the applicable subheading + 200% (AU, BH, CA, CL, CO, E, IL, JO, KR, MA, MX, OM, P, PA, PE, SG)", "", "", false, 1},
		{"No change", "", "", false, 1},
		{"Free (See U.S. note 4 of this subchapter)", "", "", false, 1},
	}
	for _, tt := range tests {
		rate, prog, ok := USMCAGroup(tt.in)
		if rate != tt.rate || prog != tt.program || ok != tt.ok {
			t.Errorf("USMCAGroup(%q) = %q, %q, %v; want %q, %q, %v", tt.in, rate, prog, ok, tt.rate, tt.program, tt.ok)
		}
		if g := SplitSpecial(tt.in); len(g) != tt.groups {
			t.Errorf("SplitSpecial(%q) has %d groups, want %d: %q", tt.in, len(g), tt.groups, g)
		}
	}
	// The doubled "(PA (PA)" must not leak into the rate text.
	g := SplitSpecial("See 9919.04.50, 9919.04.57, 9919.04.67 (PA (PA)")
	if want := []SpecialGroup{{Rate: "See 9919.04.50, 9919.04.57, 9919.04.67", Programs: []string{"PA"}}}; !reflect.DeepEqual(g, want) {
		t.Errorf("doubled list: got %q, want %q", g, want)
	}
}

func dec(s string) decimal.Decimal {
	if s == "" {
		return decimal.Zero
	}
	return decimal.RequireFromString(s)
}
