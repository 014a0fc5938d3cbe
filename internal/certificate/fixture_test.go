package certificate

import (
	"testing"
	"time"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
)

// today is the date the tests run as of.
var today = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// validDetails is a complete set of details: a Mexican producer certifies
// for a Canadian importer, with accented names on both sides.
func validDetails() Details {
	return Details{
		Certifier: CertifierDetails{
			Role: "producer", Name: "María José Pérez Núñez", Title: "Gerente de Cumplimiento Aduanero",
			Company: "Frenos del Norte, S.A. de C.V.", Address: "Av. Industrial 1200\nApodaca, N.L. 66600",
			Country: "MX", Telephone: "+52 81 5555 0100", Email: "maria.perez@frenos-del-norte.example",
		},
		Exporter: &PartyDetails{Contact: Contact{Name: "Exportadora Regiomontana S.A.", Address: "Blvd. Díaz Ordaz 140, Monterrey, N.L. 64650",
			Country: "MX", Telephone: "+52 81 5555 0177", Email: "envios@exportadora.example"}},
		Producer: &PartyDetails{Word: "certifier"},
		Importer: &PartyDetails{Contact: Contact{Name: "Pièces d'auto Côté Ltée", Address: "4500 rue Saint-Denis, Montréal (Québec) H2J 2L3",
			Country: "CA", Telephone: "+1 514 555 0199", Email: "achats@pieces-cote.example"}},
		BlanketPeriod: &PeriodDetails{From: "2026-01-01", To: "2026-12-31"},
	}
}

// mustValidate validates details that must be complete.
func mustValidate(t testing.TB, d Details) Certification {
	t.Helper()
	c, err := d.Validate(today)
	if err != nil {
		t.Fatalf("Validate: %v", err)
	}
	return c
}

// qualifying is a determination that qualifies a good under a rule.
func qualifying(id, desc, code, asOf, criterion, rule string, level hs.Level) origin.Result {
	g := &origin.Good{ID: id, Description: desc, HTS: hs.MustParse(code), ProducerCountry: "MX", ImportingCountry: "CA"}
	return origin.Result{Good: g, AsOf: day(asOf), Status: origin.Qualifies, Criterion: criterion, Rule: rule, RuleLevel: level,
		Assumptions: []origin.Assumption{{Code: "transit", Message: "the good is taken to have stayed under customs control"}}}
}

// failing is a determination of the same good with another verdict.
func failing(r origin.Result, st origin.Status, asOf string, reasons ...string) origin.Result {
	return origin.Result{Good: r.Good, AsOf: day(asOf), Status: st, Reasons: reasons}
}

// fixtureDocument is a certification of two goods, one under a tariff-item
// rule, with one good refused.
func fixtureDocument(t testing.TB) Document {
	t.Helper()
	b := NewBuilder(mustValidate(t, validDetails()))
	disc := qualifying("BRK-ROT-310", "Vented brake disc, aftermarket", "8708.30.50", "2026-01-01", "B", "GN 11(o) ch. 87 rule 28(C)", hs.Subheading)
	disc2 := disc
	disc2.AsOf = day("2026-12-31")
	cocoa := qualifying("COCOA-SW", "Cocoa powder, sweetened, 65% sugar", "1806.10.43", "2026-01-01", "B", "GN 11(o) ch. 18 rule 2", hs.TariffItem)
	cocoa2 := cocoa
	cocoa2.AsOf = day("2026-12-31")
	caliper := qualifying("BRK-CAL-200", "Front disc brake caliper assembly", "8708.30.50", "2026-01-01", "B", "GN 11(o) ch. 87 rule 27(C)", hs.Subheading)
	for _, add := range []struct {
		file string
		rs   []origin.Result
	}{
		{"brake.xlsx", []origin.Result{disc, disc2}},
		{"cocoa.csv", []origin.Result{cocoa, cocoa2}},
		{"brake.xlsx", []origin.Result{caliper, failing(caliper, origin.DoesNotQualify, "2026-12-31", "GN 11(o) ch. 87 rule 27(C) does not: PAD-SET fails")}},
	} {
		b.Add(add.file, add.rs)
	}
	d, err := b.Document("v0.test")
	if err != nil {
		t.Fatal(err)
	}
	return d
}
