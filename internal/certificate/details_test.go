package certificate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadDetailsExample reads the documented example the README points
// to: it must be complete as it stands.
func TestReadDetailsExample(t *testing.T) {
	fh, err := os.Open(filepath.Join("..", "..", "testdata", "certifier.example.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	d, err := ReadDetails(fh)
	if err != nil {
		t.Fatal(err)
	}
	c := mustValidate(t, d)
	if c.Certifier.Name != "María José Pérez Núñez" || c.Exporter.Standing != SameAsCertifier || c.Importer.Contact == nil || c.BlanketPeriod == nil {
		t.Errorf("example read as %+v", c)
	}
}

func TestReadDetailsErrors(t *testing.T) {
	tests := []struct{ name, json, want string }{
		{"misspelt field", `{"certifier": {"emial": "a@b.example"}}`, `line 1: "emial" is not a field of the details file (did you mean "email"?)`},
		{"misspelt party field", `{"importer": {"name": "X", "phone": "1"}}`, `line 1: "phone" is not a field of the details file (did you mean "telephone"?)`},
		{"misspelt field on its own line", "{\n  \"comment\": \"x\",\n  \"certifer\": {}\n}", `line 3: "certifer" is not a field of the details file (did you mean "certifier"?)`},
		{"party given as a number", `{"importer": 7}`, "give the party as an object"},
		{"wrong type", `{"invoice": 42}`, "field invoice: number given where string is expected"},
		{"syntax error with its line", "{\n  \"invoice\": \"A\",\n  oops\n}", "line 3"},
		{"two objects", `{} {}`, "text after the JSON object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadDetails(strings.NewReader(tt.json))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ReadDetails = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestReadDetailsParties(t *testing.T) {
	d, err := ReadDetails(strings.NewReader(`{"exporter": "certifier", "producer": "various", "importer": null,
		"blanket_period": {"from": "2026-01-01", "to": "2026-06-30"}}`))
	if err != nil {
		t.Fatal(err)
	}
	if d.Exporter == nil || d.Exporter.Word != "certifier" || d.Producer.Word != "various" || d.Importer != nil || d.BlanketPeriod.To != "2026-06-30" {
		t.Errorf("read %+v", d)
	}
}

// TestSet checks the --set paths: each reaches its field, a word replaces
// details and details replace a word.
func TestSet(t *testing.T) {
	var d Details
	for _, s := range [][2]string{
		{"certifier.role", "exporter"}, {"Certifier.Email", "ana@example.com"},
		{"importer", "unknown"}, {"producer.name", "Fábrica"}, {"producer.country", "CA"},
		{"exporter.name", "X"}, {"exporter", "certifier"},
		{"blanket_period.to", "2026-12-31"}, {"invoice", "INV-9"}, {"date", "2026-11-01"},
	} {
		if err := d.Set(s[0], s[1]); err != nil {
			t.Fatalf("Set(%s): %v", s[0], err)
		}
	}
	if d.Certifier.Role != "exporter" || d.Certifier.Email != "ana@example.com" {
		t.Errorf("certifier = %+v", d.Certifier)
	}
	if d.Importer.Word != "unknown" || d.Producer.Word != "" || d.Producer.Name != "Fábrica" || d.Producer.Country != "CA" {
		t.Errorf("importer %+v, producer %+v", d.Importer, d.Producer)
	}
	if d.Exporter.Word != "certifier" || d.Exporter.Name != "" {
		t.Errorf("exporter = %+v: the word must replace the details", d.Exporter)
	}
	if d.BlanketPeriod.To != "2026-12-31" || d.Invoice != "INV-9" || d.Date != "2026-11-01" {
		t.Errorf("terms = %+v %q %q", d.BlanketPeriod, d.Invoice, d.Date)
	}
	if err := d.Set("importer", ""); err != nil || d.Importer != nil {
		t.Errorf("clearing the importer: %v, %+v", err, d.Importer)
	}
	err := d.Set("certifier.phone", "1")
	if err == nil || !strings.Contains(err.Error(), "certifier.telephone") {
		t.Errorf("Set(unknown) = %v, want the list of fields", err)
	}
	if got := len(Fields()); got != 8+3*6+4 {
		t.Errorf("%d fields", got)
	}
}
