package certificate

import (
	"errors"
	"strings"
	"testing"
)

// TestValidateRejects changes one element of complete details at a time
// and checks that validation names that field, says what is wrong, and
// gives a fix.
func TestValidateRejects(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(d *Details)
		field string
		msg   string // a fragment of the message
	}{
		// 1. Role.
		{"role missing", func(d *Details) { d.Certifier.Role = "" }, "certifier.role", "missing"},
		{"role not allowed", func(d *Details) { d.Certifier.Role = "seller" }, "certifier.role", `"seller" is not a role`},
		// 2. Certifier.
		{"certifier name missing", func(d *Details) { d.Certifier.Name = "  " }, "certifier.name", "missing"},
		{"certifier title missing", func(d *Details) { d.Certifier.Title = "" }, "certifier.title", "missing"},
		{"certifier address missing", func(d *Details) { d.Certifier.Address = "" }, "certifier.address", "missing"},
		{"certifier country missing", func(d *Details) { d.Certifier.Country = "" }, "certifier.country", "missing"},
		{"certifier country outside USMCA", func(d *Details) { d.Certifier.Country = "DE" }, "certifier.country", `"DE" is not the code of a USMCA country`},
		{"certifier country spelt out", func(d *Details) { d.Certifier.Country = "Mexico" }, "certifier.country", "not the code"},
		{"certifier telephone missing", func(d *Details) { d.Certifier.Telephone = "" }, "certifier.telephone", "missing"},
		{"certifier telephone with letters", func(d *Details) { d.Certifier.Telephone = "+52 81 FRENOS" }, "certifier.telephone", "is not a telephone number"},
		{"certifier telephone too short", func(d *Details) { d.Certifier.Telephone = "555-01" }, "certifier.telephone", "fewer than 7"},
		{"certifier telephone too long", func(d *Details) { d.Certifier.Telephone = "+52 81 5555 0100 0100 99" }, "certifier.telephone", "more than the 15"},
		{"certifier email missing", func(d *Details) { d.Certifier.Email = "" }, "certifier.email", "missing"},
		{"certifier email without domain", func(d *Details) { d.Certifier.Email = "maria.perez@" }, "certifier.email", "is not an email address"},
		{"certifier email without top-level domain", func(d *Details) { d.Certifier.Email = "maria@localhost" }, "certifier.email", "no top-level domain"},
		{"certifier email with a display name", func(d *Details) { d.Certifier.Email = "María <maria@frenos.example>" }, "certifier.email", "is not an email address"},
		{"certifier name with a control character", func(d *Details) { d.Certifier.Name = "María\x07" }, "certifier.name", "control character U+0007"},
		{"certifier name the font cannot print", func(d *Details) { d.Certifier.Name = "María 🚚" }, "certifier.name", "cannot print"},
		{"certifier name too long", func(d *Details) { d.Certifier.Name = strings.Repeat("a", 201) }, "certifier.name", "201 characters"},
		// 3. Exporter.
		{"exporter missing", func(d *Details) { d.Exporter = nil }, "exporter", "missing"},
		{"exporter unknown to an importer", func(d *Details) {
			d.Certifier.Role = "importer"
			d.Importer = nil
			d.Exporter = &PartyDetails{Word: "unknown"}
		},
			"exporter", "only by a producer"},
		{"exporter given a producer's word", func(d *Details) { d.Exporter = &PartyDetails{Word: "various"} }, "exporter", `"various" is not a word`},
		{"exporter email malformed", func(d *Details) { d.Exporter.Email = "envios at exportadora" }, "exporter.email", "is not an email address"},
		{"exporter address missing", func(d *Details) { d.Exporter.Address = "" }, "exporter.address", "missing"},
		// 4. Producer.
		{"producer missing when another certifies", func(d *Details) { d.Certifier.Role = "exporter"; d.Producer = nil }, "producer", "missing"},
		{"producer cannot be various when it certifies", func(d *Details) { d.Producer = &PartyDetails{Word: "various"} }, "producer", `the certifier is the producer, so the producer cannot be "various"`},
		{"producer telephone malformed", func(d *Details) {
			d.Producer = &PartyDetails{Contact: Contact{Name: "P", Address: "A", Country: "MX", Telephone: "n/a", Email: "p@p.example"}}
		},
			"producer.telephone", "is not a telephone number"},
		{"producer as exporter when the exporter is unknown", func(d *Details) {
			d.Exporter = &PartyDetails{Word: "unknown"}
			d.Producer = &PartyDetails{Word: "exporter"}
		},
			"producer", "the exporter's details are not known"},
		// 5. Importer.
		{"importer unknown to the importer", func(d *Details) { d.Certifier.Role = "importer"; d.Importer = &PartyDetails{Word: "unknown"} }, "importer", `so the importer cannot be "unknown"`},
		{"importer outside USMCA", func(d *Details) { d.Importer.Country = "FR" }, "importer.country", `"FR" is not the code`},
		{"importer name missing", func(d *Details) { d.Importer.Name = "" }, "importer.name", "missing"},
		// 6 and 8. What the certification covers.
		{"neither blanket period nor invoice", func(d *Details) { d.BlanketPeriod = nil }, "blanket_period", "must say which shipments it covers"},
		{"both blanket period and invoice", func(d *Details) { d.Invoice = "INV-1" }, "invoice", "has no single invoice number"},
		{"blanket period over 12 months", func(d *Details) { d.BlanketPeriod.To = "2027-01-01" }, "blanket_period.to", "longer than 12 months"},
		{"blanket period ending before it starts", func(d *Details) { d.BlanketPeriod.To = "2025-12-31" }, "blanket_period.to", "before it starts"},
		{"blanket period without its end", func(d *Details) { d.BlanketPeriod.To = "" }, "blanket_period.to", "missing"},
		{"blanket period start malformed", func(d *Details) { d.BlanketPeriod.From = "01/01/2026" }, "blanket_period.from", `"01/01/2026" is not a date`},
		{"invoice with a control character", func(d *Details) { d.BlanketPeriod = nil; d.Invoice = "INV\t1\x00" }, "invoice", "control character"},
		// 9. Date.
		{"signature date malformed", func(d *Details) { d.Date = "2026-02-30" }, "date", "is not a date"},
		{"signature date in the future", func(d *Details) { d.Date = "2026-11-28" }, "date", "after today"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDetails()
			tt.edit(&d)
			_, err := d.Validate(today)
			var ve *ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate = %v, want a ValidationError", err)
			}
			for _, p := range ve.Problems {
				if p.Field == tt.field && strings.Contains(p.Message, tt.msg) {
					if p.Fix == "" {
						t.Errorf("%s: no fix given", p.Field)
					}
					return
				}
			}
			t.Errorf("no problem on %s containing %q; got:\n%v", tt.field, tt.msg, err)
		})
	}
}

// TestValidateAccepts checks details that must pass, and what they become.
func TestValidateAccepts(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(d *Details)
		check func(t *testing.T, c Certification)
	}{
		{"complete details", func(*Details) {}, func(t *testing.T, c Certification) {
			if c.Certifier.Role != Producer || c.Producer.Standing != SameAsCertifier || c.Producer.Contact.Name != "Frenos del Norte, S.A. de C.V." {
				t.Errorf("producer = %+v", c.Producer)
			}
			if c.BlanketPeriod == nil || c.BlanketPeriod.To != "2026-12-31" || c.InvoiceNumber != nil {
				t.Errorf("coverage = %v, %v", c.BlanketPeriod, c.InvoiceNumber)
			}
			if c.Signature.Date != "2026-11-27" || c.Signature.Statement != Statement || c.Signature.Name != "María José Pérez Núñez" {
				t.Errorf("signature = %+v", c.Signature)
			}
		}},
		{"importer not given: unknown", func(d *Details) { d.Importer = nil }, func(t *testing.T, c Certification) {
			if c.Importer.Standing != Unknown || *c.Importer.Statement != "Unknown" || c.Importer.Contact != nil {
				t.Errorf("importer = %+v", c.Importer)
			}
		}},
		{"certifier's own party not given: the certifier", func(d *Details) { d.Certifier.Role = "exporter"; d.Exporter = nil }, func(t *testing.T, c Certification) {
			if c.Exporter.Standing != SameAsCertifier || c.Exporter.Contact.Country != "MX" {
				t.Errorf("exporter = %+v", c.Exporter)
			}
		}},
		{"producer confidential", func(d *Details) {
			d.Certifier.Role = "exporter"
			d.Producer = &PartyDetails{Word: "Available-Upon-Request"}
		}, func(t *testing.T, c Certification) {
			if *c.Producer.Statement != "Available upon request by the importing authorities" {
				t.Errorf("producer = %+v", c.Producer)
			}
		}},
		{"producer various", func(d *Details) { d.Certifier.Role = "exporter"; d.Producer = &PartyDetails{Word: "various"} }, func(t *testing.T, c Certification) {
			if *c.Producer.Statement != "Various" || c.Producer.Contact != nil {
				t.Errorf("producer = %+v", c.Producer)
			}
		}},
		{"producer is the exporter", func(d *Details) { d.Certifier.Role = "exporter"; d.Producer = &PartyDetails{Word: "exporter"} }, func(t *testing.T, c Certification) {
			if c.Producer.Contact == nil || c.Producer.Contact.Name != "Exportadora Regiomontana S.A." {
				t.Errorf("producer = %+v", c.Producer)
			}
		}},
		{"exporter unknown to the producer", func(d *Details) { d.Exporter = &PartyDetails{Word: "unknown"} }, func(t *testing.T, c Certification) {
			if c.Exporter.Standing != Unknown {
				t.Errorf("exporter = %+v", c.Exporter)
			}
		}},
		{"single shipment", func(d *Details) { d.BlanketPeriod = &PeriodDetails{}; d.Invoice = " INV-2026-0042 " }, func(t *testing.T, c Certification) {
			if c.BlanketPeriod != nil || c.InvoiceNumber == nil || *c.InvoiceNumber != "INV-2026-0042" {
				t.Errorf("coverage = %v, %v", c.BlanketPeriod, c.InvoiceNumber)
			}
		}},
		{"blanket period of exactly 12 months from the end of a month", func(d *Details) { d.BlanketPeriod = &PeriodDetails{From: "2026-03-31", To: "2027-03-30"} }, nil},
		{"blanket period of one day", func(d *Details) { d.BlanketPeriod = &PeriodDetails{From: "2026-05-04", To: "2026-05-04"} }, nil},
		{"signature dated earlier", func(d *Details) { d.Date = "2026-01-02" }, func(t *testing.T, c Certification) {
			if c.Signature.Date != "2026-01-02" {
				t.Errorf("date = %s", c.Signature.Date)
			}
		}},
		{"names typed with combining accents print composed", func(d *Details) { d.Certifier.Name = "Mari\u0301a Pe\u0301rez" }, func(t *testing.T, c Certification) {
			if c.Certifier.Name != "María Pérez" {
				t.Errorf("name = %q, want NFC", c.Certifier.Name)
			}
		}},
		{"blanks tidied, lower-case codes and roles", func(d *Details) {
			d.Certifier.Role, d.Certifier.Country, d.Certifier.Title = " Producer ", "mx", "  Gerente   de\tCumplimiento "
		}, func(t *testing.T, c Certification) {
			if c.Certifier.Role != Producer || c.Certifier.Country != "MX" || c.Certifier.Title != "Gerente de Cumplimiento" {
				t.Errorf("certifier = %+v", c.Certifier)
			}
		}},
		{"telephone forms", func(d *Details) {
			d.Certifier.Telephone = "(81) 5555-0100 x204"
			d.Importer.Telephone = "1.514.555.0199 ext. 12"
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := validDetails()
			tt.edit(&d)
			c := mustValidate(t, d)
			if tt.check != nil {
				tt.check(t, c)
			}
		})
	}
}

// TestValidateListsEveryProblem checks that one run names every problem,
// so the user fixes them all at once.
func TestValidateListsEveryProblem(t *testing.T) {
	_, err := Details{}.Validate(today)
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("Validate(empty) = %v", err)
	}
	want := []string{"certifier.role", "certifier.name", "certifier.address", "certifier.country", "certifier.telephone", "certifier.email",
		"certifier.title", "exporter", "producer", "blanket_period"}
	var got []string
	for _, p := range ve.Problems {
		got = append(got, p.Field)
	}
	for _, w := range want {
		if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+w+" ") {
			t.Errorf("no problem on %s; got %v", w, got)
		}
	}
	if !strings.Contains(err.Error(), "\n  certifier.email: missing; give the certifier's email address") {
		t.Errorf("the error does not list problems one a line:\n%s", err)
	}
}
