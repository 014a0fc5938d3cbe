package origin

import (
	"strings"
	"testing"
	"time"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestVNMRollUp(t *testing.T) {
	asOf := date("2026-06-01")
	tests := []struct {
		name        string
		materials   []*Material
		want        string
		assumptions []AssumptionCode
	}{
		{
			name: "purchased originating material counts 0 even with non-originating inside",
			materials: []*Material{{PartNumber: "SUB", Origin: Originating, Value: d("50"), Children: []*Material{
				{PartNumber: "CHIP", Origin: NonOriginating, Value: d("20")},
			}}},
			want:        "0",
			assumptions: []AssumptionCode{AssumeChildrenIgnored},
		},
		{
			name: "self-produced, not designated: its non-originating inputs count, not its value",
			materials: []*Material{{PartNumber: "SUB", Kind: KindSelfProduced, Origin: Originating, Value: d("50"), Children: []*Material{
				{PartNumber: "CHIP", Origin: NonOriginating, Value: d("20")},
				{PartNumber: "PCB", Origin: Originating, Value: d("10")},
			}}},
			want: "20",
		},
		{
			name: "self-produced two levels deep",
			materials: []*Material{{PartNumber: "A", Kind: KindSelfProduced, Value: d("90"), Children: []*Material{
				{PartNumber: "B", Kind: KindSelfProduced, Value: d("40"), Children: []*Material{
					{PartNumber: "B1", Origin: NonOriginating, Value: d("7")},
				}},
				{PartNumber: "A1", Origin: NonOriginating, Value: d("5")},
			}}},
			want: "12",
		},
		{
			name: "designated intermediate that is originating counts 0",
			materials: []*Material{{PartNumber: "INT", Kind: KindIntermediate, Origin: Originating, Value: d("60"), Children: []*Material{
				{PartNumber: "STEEL", Origin: NonOriginating, Value: d("30")},
			}}},
			want: "0",
		},
		{
			name: "designated intermediate that is not originating counts at its value",
			materials: []*Material{{PartNumber: "INT", Kind: KindIntermediate, Origin: NonOriginating, Value: d("60"), Children: []*Material{
				{PartNumber: "STEEL", Origin: NonOriginating, Value: d("30")},
			}}},
			want: "60",
		},
		{
			name: "material used alongside an intermediate still counts (UR §7(5)(b))",
			materials: []*Material{
				{PartNumber: "INT", Kind: KindIntermediate, Origin: Originating, Value: d("60")},
				{PartNumber: "BOLT", Origin: NonOriginating, Value: d("3")},
			},
			want: "3",
		},
		{
			name: "indirect materials are originating wherever made",
			materials: []*Material{
				{PartNumber: "OIL", Kind: KindIndirect, Origin: NonOriginating, Country: "CN", Value: d("2")},
			},
			want: "0",
		},
		{
			name: "retail packaging and accessories count by their own origin; shipping packing never",
			materials: []*Material{
				{PartNumber: "BOX", Kind: KindPackaging, Origin: NonOriginating, Value: d("1.5")},
				{PartNumber: "MANUAL", Kind: KindAccessory, Origin: NonOriginating, Value: d("0.5")},
				{PartNumber: "PALLET", Kind: KindPacking, Origin: NonOriginating, Value: d("4")},
			},
			want: "2",
		},
		{
			name:        "unknown origin is non-originating and flagged",
			materials:   []*Material{{PartNumber: "X", Origin: UnknownOrigin, Value: d("9.99")}},
			want:        "9.99",
			assumptions: []AssumptionCode{AssumeUnknownOrigin},
		},
		{
			name:        "expired certification makes an originating line non-originating",
			materials:   []*Material{{PartNumber: "X", Origin: Originating, Certification: "C-1", CertifiedUntil: date("2026-05-31"), Value: d("8")}},
			want:        "8",
			assumptions: []AssumptionCode{AssumeExpiredCertificate},
		},
		{
			name:      "certification valid on the as-of date",
			materials: []*Material{{PartNumber: "X", Origin: Originating, Certification: "C-1", CertifiedUntil: date("2026-06-01"), Value: d("8")}},
			want:      "0",
		},
		{
			name:      "material in another currency converted at the recorded rate",
			materials: []*Material{{PartNumber: "X", Origin: NonOriginating, Value: d("100"), Currency: "MXN", ExchangeRate: nd("0.0585")}},
			want:      "5.85",
		},
		{
			name:        "supplier statement: only the supplier's VNM counts",
			materials:   []*Material{{PartNumber: "X", Origin: NonOriginating, Value: d("100"), SupplierVNM: nd("35")}},
			want:        "35",
			assumptions: []AssumptionCode{AssumeAccumulation},
		},
		{
			name:        "self-produced without inputs, non-originating: counted whole",
			materials:   []*Material{{PartNumber: "S", Kind: KindSelfProduced, Origin: NonOriginating, Value: d("11")}},
			want:        "11",
			assumptions: []AssumptionCode{AssumeNoInputsListed},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Good{Currency: "USD", Materials: tt.materials}
			v, err := ComputeVNM(g, asOf)
			if err != nil {
				t.Fatal(err)
			}
			if !v.Total.Equal(d(tt.want)) {
				t.Errorf("VNM = %s, want %s", v.Total, tt.want)
				for _, l := range v.Lines {
					t.Logf("  %s %s counted %s: %s", l.Material.PartNumber, l.Treatment, l.Counted, l.Why)
				}
			}
			var got []AssumptionCode
			for _, a := range v.Assumptions {
				got = append(got, a.Code)
			}
			if strings.Join(codeStrings(got), ",") != strings.Join(codeStrings(tt.assumptions), ",") {
				t.Errorf("assumptions = %v, want %v", got, tt.assumptions)
			}
		})
	}
}

func codeStrings(cs []AssumptionCode) []string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return s
}

func TestVNMCurrencyWithoutRate(t *testing.T) {
	g := &Good{Currency: "USD", Materials: []*Material{{PartNumber: "X", Ref: "BOM row 7", Origin: NonOriginating, Value: d("100"), Currency: "EUR"}}}
	_, err := ComputeVNM(g, time.Time{})
	want := "BOM row 7: X is valued in EUR but the good is in USD, and no exchange rate is given"
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v, want %q", err, want)
	}
	res := Evaluate(g, Options{})
	if res.Status != StatusError || len(res.Errors) != 1 || res.Errors[0] != want {
		t.Errorf("Evaluate: status %s errors %v", res.Status, res.Errors)
	}
}

func TestWithoutRuleBaseNeverQualifies(t *testing.T) {
	g := &Good{TransactionValue: nd("10"), Materials: []*Material{{PartNumber: "X", Origin: Originating, Value: d("1")}}}
	res := Evaluate(g, Options{})
	if res.Status != NeedsReview {
		t.Fatalf("status %s, want needs-review when no rule base is given", res.Status)
	}
}
