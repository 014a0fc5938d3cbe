package certificate

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestExampleDetails: the details file `roo certify --example` writes is
// the documented testdata example, and it is complete: it parses and
// validates, so a user who only edits its values gets a certification.
func TestExampleDetails(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "testdata", "certifier.example.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(doc, Example) {
		t.Fatal("internal/certificate/example_details.json differs from testdata/certifier.example.json: copy one over the other")
	}
	d, err := ReadDetails(bytes.NewReader(Example))
	if err != nil {
		t.Fatalf("the example does not parse: %v", err)
	}
	if _, err := d.Validate(time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatalf("the example does not validate: %v", err)
	}
}
