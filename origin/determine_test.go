package origin

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

func base(t *testing.T) *rules.Base {
	t.Helper()
	b, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mat is a purchased material line.
func mat(part, code string, status OriginStatus, value string) *Material {
	m := &Material{PartNumber: part, Origin: status, Value: d(value), Ref: "BOM " + part}
	if code != "" {
		m.HTS = hs.MustParse(code)
	}
	return m
}

func good(code string, tv, nc string, ms ...*Material) *Good {
	g := &Good{ID: "G", HTS: hs.MustParse(code), ProducerCountry: "MX", ImportingCountry: "US", Currency: "USD", Materials: ms, Facts: map[string]bool{}}
	if tv != "" {
		g.TransactionValue = nd(tv)
	}
	if nc != "" {
		g.NetCost = nd(nc)
	}
	return g
}

func evaluate(t *testing.T, g *Good) Result {
	t.Helper()
	return Evaluate(g, Options{Rules: base(t), AsOf: date("2026-07-01")})
}

func factKeys(fs []Fact) string {
	var ks []string
	for _, f := range fs {
		ks = append(ks, f.Key)
	}
	return strings.Join(ks, ",")
}

func TestDetermination(t *testing.T) {
	tests := []struct {
		name      string
		good      *Good
		facts     map[string]bool
		status    Status
		criterion string
		rule      string // prefix of the citation applied or held to
		facts2    string // the missing facts, comma-separated
		reason    string // a fragment of the reasons
	}{
		{
			name: "power supply: every non-originating material changes subheading (ch. 85 rule 7)",
			good: good("8504.40.95", "42", "35.10",
				mat("XFMR", "8504.31.40", NonOriginating, "5.60"),
				mat("IC", "8542.39.00", NonOriginating, "3.40"),
				mat("ENC", "7616.99.51", Originating, "3.90")),
			status: Qualifies, criterion: "B", rule: "GN 11(o) ch. 85 rule 7",
		},
		{
			name: "tariff-item rule before the subheading rule (8504.40.60 except from 8471.49)",
			good: good("8504.40.60", "42", "",
				mat("PART", "8471.49.00", NonOriginating, "10")),
			status: DoesNotQualify, rule: "GN 11(o) ch. 85 rule 6",
		},
		{
			name: "a material of the good's own subheading is admitted under de minimis (10% of TV)",
			good: good("8504.40.95", "42", "",
				mat("XFMR", "8504.31.40", NonOriginating, "5.60"),
				mat("MODULE", "8504.40.95", NonOriginating, "4.20")),
			status: Qualifies, criterion: "B", reason: "admitted under de minimis: 4.20 is 10.0% of the transaction value 42.00, within 10%",
		},
		{
			name: "just over de minimis: the same-subheading material fails; criterion D asks whether it is a part",
			good: good("8504.40.95", "42", "",
				mat("MODULE", "8504.40.95", NonOriginating, "4.21")),
			status: NeedsReview, facts2: FactPartsSameSubheading,
		},
		{
			name: "criterion D with the parts fact answered: RVC 60% TV met",
			good: good("8504.40.95", "42", "",
				mat("MODULE", "8504.40.95", NonOriginating, "16.80")),
			facts:  map[string]bool{FactPartsSameSubheading: true},
			status: Qualifies, criterion: "D",
		},
		{
			name: "criterion D fails on its RVC: does not qualify",
			good: good("8504.40.95", "42", "33",
				mat("MODULE", "8504.40.95", NonOriginating, "16.81")),
			facts:  map[string]bool{FactPartsSameSubheading: true},
			status: DoesNotQualify,
		},
		{
			// 19 USC 4531(c)(1)(D): criterion D covers only materials
			// provided for as parts of the good. Its RVC by transaction
			// value (59.98%) fails and no net cost is given, but the
			// workbook's "no" ends the criterion: no question for a net cost.
			name: "criterion D: an explicit no to the parts fact ends it before the net cost is asked for (issue 17 item 6)",
			good: good("8504.40.95", "42", "",
				mat("MODULE", "8504.40.95", NonOriginating, "16.81")),
			facts:  map[string]bool{FactPartsSameSubheading: false},
			status: DoesNotQualify, reason: "criterion D does not apply: the workbook states the materials of the good's own provision are not parts of it",
		},
		{
			name: "exclusively from originating materials: criterion C",
			good: good("8504.40.95", "42", "",
				mat("XFMR", "8504.31.40", Originating, "5.60")),
			status: Qualifies, criterion: "C",
		},
		{
			name: "unknown origin is non-originating: C no longer applies, B does",
			good: good("8504.40.95", "42", "",
				mat("XFMR", "8504.31.40", UnknownOrigin, "5.60")),
			status: Qualifies, criterion: "B",
		},
		{
			name:   "no materials at all: needs review, never C",
			good:   good("8504.40.95", "42", ""),
			status: NeedsReview, facts2: FactWhollyObtained,
		},
		{
			name:   "wholly obtained by the workbook's statement",
			good:   good("0101.21", "1000", ""),
			facts:  map[string]bool{FactWhollyObtained: true},
			status: Qualifies, criterion: "A",
		},
		{
			name: "RVC branch with a net-cost-only threshold, met (ch. 87 rule 28(D), aftermarket use)",
			good: func() *Good {
				g := good("8708.30.50", "31", "26.50", mat("ROTOR", "8708.30.50", NonOriginating, "12.40"))
				g.VehicleUse = UseAftermarket
				return g
			}(),
			facts:  map[string]bool{"product-mounted-brake-linings": false, "material-mounted-brake-linings-or-parts-of-1096": true},
			status: Qualifies, criterion: "B", rule: "GN 11(o) ch. 87 rule 28(D)",
		},
		{
			name:   "a rule that depends on the vehicle use, not given: needs review naming it",
			good:   good("8708.30.50", "31", "26.50", mat("ROTOR", "7325.10.00", NonOriginating, "12.40")),
			status: NeedsReview, reason: "which rule applies depends on an input",
		},
		{
			name:   "a condition the BOM cannot show (alcohol by volume, ch. 22 rule 9): needs the fact",
			good:   good("2208.30", "20", "", mat("SPIRIT", "2208.30", NonOriginating, "1")),
			status: NeedsReview, facts2: "nom-alcoholic-ingredients-max-10pct-volume",
		},
		{
			name:   "the same condition answered no: does not qualify",
			good:   good("2208.30", "20", "", mat("SPIRIT", "2208.30", NonOriginating, "1")),
			facts:  map[string]bool{"nom-alcoholic-ingredients-max-10pct-volume": false},
			status: DoesNotQualify,
		},
		{
			name:   "no rule data for chapter 64: needs review, never a guessed rule",
			good:   good("6403.99", "50", "", mat("SOLE", "4016.99", NonOriginating, "1")),
			status: NeedsReview, reason: "no rule data",
		},
		{
			name:   "a material without an HTS code cannot be tested",
			good:   good("8504.40.95", "42", "", mat("MYSTERY", "", UnknownOrigin, "9")),
			status: NeedsReview,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.facts {
				tt.good.Facts[k] = v
			}
			res := evaluate(t, tt.good)
			if res.Status != tt.status {
				t.Fatalf("status %s, want %s\nreasons: %s\nmissing: %s %v", res.Status, tt.status, strings.Join(res.Reasons, "\n  "), factKeys(res.MissingFacts), res.MissingInputs)
			}
			if res.Criterion != tt.criterion {
				t.Errorf("criterion %q, want %q (%s)", res.Criterion, tt.criterion, res.Reasons)
			}
			if tt.rule != "" && !strings.HasPrefix(res.Rule, tt.rule) {
				t.Errorf("rule %q, want %q", res.Rule, tt.rule)
			}
			if tt.facts2 != "" && factKeys(res.MissingFacts) != tt.facts2 {
				t.Errorf("missing facts %q, want %q", factKeys(res.MissingFacts), tt.facts2)
			}
			if tt.reason != "" && !strings.Contains(strings.Join(res.Reasons, "\n"), tt.reason) {
				t.Errorf("reasons do not say %q:\n%s", tt.reason, strings.Join(res.Reasons, "\n"))
			}
		})
	}
}
