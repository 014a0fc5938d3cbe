package certificate

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
)

// TestBuilderRefuses checks that only goods that qualify, at every date,
// under one criterion and rule, are certified; every other is refused with
// the determination's first reason.
func TestBuilderRefuses(t *testing.T) {
	disc := qualifying("BRK-ROT-310", "Vented brake disc", "8708.30.50", "2026-01-01", "B", "GN 11(o) ch. 87 rule 28(C)", hs.Subheading)
	at := func(r origin.Result, d string) origin.Result { r.AsOf = day(d); return r }
	tests := []struct {
		name    string
		results []origin.Result
		status  origin.Status
		asOf    string
		reason  string // a fragment of the reason
		also    []string
	}{
		{"does not qualify", []origin.Result{failing(disc, origin.DoesNotQualify, "2026-01-01", "rule 28(C) does not: CAST-9 fails", "second reason")},
			origin.DoesNotQualify, "2026-01-01", "rule 28(C) does not: CAST-9 fails", nil},
		{"needs review", []origin.Result{failing(disc, origin.NeedsReview, "2026-01-01", "needs the fact cut-and-sewn")},
			origin.NeedsReview, "2026-01-01", "needs the fact cut-and-sewn", nil},
		{"input errors", []origin.Result{{Good: disc.Good, Status: origin.StatusError, Errors: []string{"BOM row 4: value is negative"}, Reasons: []string{"later"}}},
			origin.StatusError, "", "BOM row 4: value is negative", nil},
		{"qualifies at the start of the period only", []origin.Result{disc, failing(disc, origin.DoesNotQualify, "2026-12-31", "the PAD-SET certification expired")},
			origin.DoesNotQualify, "2026-12-31", "the PAD-SET certification expired", []string{"2026-01-01"}},
		{"qualifies at the end of the period only", []origin.Result{failing(disc, origin.NeedsReview, "2026-01-01", "no rule in force"), at(disc, "2026-12-31")},
			origin.NeedsReview, "2026-01-01", "no rule in force", []string{"2026-12-31"}},
		{"another rule at the end of the period", func() []origin.Result {
			end := at(disc, "2026-12-31")
			end.Rule = "GN 11(o) ch. 87 rule 28(B)"
			return []origin.Result{disc, end}
		}(), origin.NeedsReview, "2026-12-31", "the determination changes within the blanket period: as of 2026-01-01 criterion B under GN 11(o) ch. 87 rule 28(C), as of 2026-12-31 criterion B under GN 11(o) ch. 87 rule 28(B)", nil},
		{"another criterion at the end of the period", func() []origin.Result {
			end := at(disc, "2026-12-31")
			end.Criterion, end.Rule = "D", "UR §3(4)"
			return []origin.Result{disc, end}
		}(), origin.NeedsReview, "2026-12-31", "criterion D under UR §3(4)", nil},
		{"a criterion certifications do not list", func() []origin.Result {
			r := disc
			r.Criterion = "F"
			return []origin.Result{r}
		}(), origin.StatusError, "", `origin criterion "F"`, nil},
		{"no description", func() []origin.Result {
			r := qualifying("X-1", "  ", "8708.30.50", "2026-01-01", "B", "R", hs.Subheading)
			return []origin.Result{r}
		}(), origin.StatusError, "", "the workbook gives no description of the good", nil},
		{"a description the font cannot print", func() []origin.Result {
			r := qualifying("X-1", "刹车盘", "8708.30.50", "2026-01-01", "B", "R", hs.Subheading)
			return []origin.Result{r}
		}(), origin.StatusError, "", "its description contains '刹'", nil},
		{"produced in another country than the producer's", func() []origin.Result {
			r := qualifying("PSU-240W", "Power supply", "8504.40.95", "2026-01-01", "B", "R", hs.Subheading)
			r.Good.ProducerCountry = "US"
			return []origin.Result{r}
		}(), origin.StatusError, "", "the good is produced in US, but the certification names the producer Frenos del Norte, S.A. de C.V. in MX", nil},
		{"imported into another country than the importer's", func() []origin.Result {
			r := qualifying("PSU-240W", "Power supply", "8504.40.95", "2026-01-01", "B", "R", hs.Subheading)
			r.Good.ImportingCountry = "US"
			return []origin.Result{r}
		}(), origin.StatusError, "", "the good is imported into US, but the certification names the importer Pièces d'auto Côté Ltée in CA", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder(mustValidate(t, validDetails()))
			r := b.Add("brake.xlsx", tt.results)
			if r == nil {
				t.Fatalf("certified; want refused")
			}
			if r.Status != tt.status || r.AsOf != tt.asOf || !strings.Contains(r.Reason, tt.reason) {
				t.Errorf("refusal = %s as of %q: %q; want %s as of %q: …%s…", r.Status, r.AsOf, r.Reason, tt.status, tt.asOf, tt.reason)
			}
			if !slices.Equal(r.QualifiesAsOf, nonNil(tt.also)) {
				t.Errorf("qualifies as of %q, want %q", r.QualifiesAsOf, tt.also)
			}
			if b.Certified() != 0 || len(b.Refused()) != 1 || r.File != "brake.xlsx" || r.GoodID == "" {
				t.Errorf("certified %d, refused %v", b.Certified(), b.Refused())
			}
			if _, err := b.Document("v"); !errors.Is(err, ErrNoGoods) {
				t.Errorf("Document with no good certified = %v, want ErrNoGoods", err)
			}
		})
	}
}

// TestBuilderCertifies checks what a certified good carries: the
// determination's criterion and rule exactly, and its classification to 6
// digits, or 8 under a tariff-item rule.
func TestBuilderCertifies(t *testing.T) {
	tests := []struct {
		name      string
		r         origin.Result
		hs        string
		digits    int
		criterion string
		rule      string // "" for none
		note      string
	}{
		{"subheading rule: six digits", qualifying("BRK-ROT-310", "Vented brake disc", "8708.30.50", "2026-01-01", "B", "GN 11(o) ch. 87 rule 28(C)", hs.Subheading),
			"8708.30", 6, "B", "GN 11(o) ch. 87 rule 28(C)", ""},
		{"heading rule: six digits", qualifying("H-1", "Good", "8544.30.00.00", "2026-01-01", "B", "GN 11(o) ch. 85 rule 114(B)", hs.Heading),
			"8544.30", 6, "B", "GN 11(o) ch. 85 rule 114(B)", ""},
		{"tariff-item rule: eight digits", qualifying("COCOA-SW", "Cocoa powder, sweetened", "1806.10.43.00", "2026-01-01", "B", "GN 11(o) ch. 18 rule 2", hs.TariffItem),
			"1806.10.43", 8, "B", "GN 11(o) ch. 18 rule 2", "check that it is the tariff item of CA"},
		{"an aftermarket part: the rule for any other good, no appendix", func() origin.Result {
			r := qualifying("BRK-ROT-310", "Vented brake disc, aftermarket", "8708.30.50", "2026-01-01", "B", "GN 11(o) ch. 87 rule 28(C)", hs.Subheading)
			r.Good.VehicleUse = origin.UseAftermarket
			return r
		}(), "8708.30", 6, "B", "GN 11(o) ch. 87 rule 28(C)", ""},
		{"criterion C: no rule", qualifying("C-1", "Good", "8504.40.95", "2026-01-01", "C", "", 0),
			"8504.40", 6, "C", "", ""},
		{"criterion D", qualifying("D-1", "Good", "8708.30.50", "2026-01-01", "D", "UR §3(4); 19 USC 4531(c)(1)(D)", 0),
			"8708.30", 6, "D", "UR §3(4); 19 USC 4531(c)(1)(D)", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBuilder(mustValidate(t, validDetails()))
			if r := b.Add("f.xlsx", []origin.Result{tt.r}); r != nil {
				t.Fatalf("refused: %s", r.Reason)
			}
			d, err := b.Document("v0.test")
			if err != nil {
				t.Fatal(err)
			}
			g := d.Certification.Goods[0]
			if g.HSClassification != tt.hs || g.HSDigits != tt.digits || g.Criterion != tt.criterion {
				t.Errorf("good = %s (%d digits), criterion %s; want %s (%d), %s", g.HSClassification, g.HSDigits, g.Criterion, tt.hs, tt.digits, tt.criterion)
			}
			switch {
			case tt.rule == "" && g.Rule != nil, tt.rule != "" && (g.Rule == nil || *g.Rule != tt.rule):
				t.Errorf("rule = %v, want %q", g.Rule, tt.rule)
			}
			if (tt.note == "") != (len(g.Notes) == 0) || tt.note != "" && !strings.Contains(g.Notes[0], tt.note) {
				t.Errorf("notes = %q, want %q", g.Notes, tt.note)
			}
			if !slices.Equal(g.DeterminedAsOf, []string{"2026-01-01"}) || !slices.Equal(g.Assumptions, []string{"the good is taken to have stayed under customs control"}) {
				t.Errorf("as of %q, assumptions %q", g.DeterminedAsOf, g.Assumptions)
			}
		})
	}
}

// TestBuilderMixed keeps the order of the goods and of the refusals.
func TestBuilderMixed(t *testing.T) {
	d := fixtureDocument(t)
	var ids []string
	for _, g := range d.Certification.Goods {
		ids = append(ids, g.GoodID)
	}
	if !slices.Equal(ids, []string{"BRK-ROT-310", "COCOA-SW"}) {
		t.Errorf("certified %v", ids)
	}
	if len(d.Refused) != 1 || d.Refused[0].GoodID != "BRK-CAL-200" {
		t.Errorf("refused %+v", d.Refused)
	}
	if g := d.Certification.Goods[0]; !slices.Equal(g.DeterminedAsOf, []string{"2026-01-01", "2026-12-31"}) {
		t.Errorf("determined as of %q", g.DeterminedAsOf)
	}
	if d.SchemaVersion != SchemaVersion || d.RooVersion != "v0.test" {
		t.Errorf("document header %d %q", d.SchemaVersion, d.RooVersion)
	}
}
