package certificate

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
)

var pdfOpts = FileOptions{RooVersion: "v0.test", Created: today}

func writePDF(t *testing.T, c Certification) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WritePDF(&buf, c, pdfOpts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pdfText extracts a PDF's text with pdftotext (poppler-utils), in the
// order it was drawn, with every run of blanks and line breaks made one
// space. The test is skipped when pdftotext is not installed.
func pdfText(t *testing.T, data []byte) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext is not installed (apt-get install poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "c.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-raw", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// elementTexts are the texts of every element of a certification, as a
// reader of the PDF must find them.
func elementTexts(c Certification) []string {
	var want []string
	add := func(s ...string) { want = append(want, s...) }
	add(strings.ToUpper(titleDocument), titleSubtitle)
	add(titleRole, "[X] "+c.Certifier.Role.Title())
	add(titleCertifier, c.Certifier.Name, "Title: "+c.Certifier.Title, c.Certifier.Company)
	add(strings.Split(c.Certifier.Address, "\n")...)
	add("Country: "+c.Certifier.Country, "Telephone: "+c.Certifier.Telephone, "Email: "+c.Certifier.Email)
	for _, p := range []struct {
		title string
		party Party
	}{{titleExporter, c.Exporter}, {titleProducer, c.Producer}, {titleImporter, c.Importer}} {
		add(p.title)
		add(partyLines(p.party)...)
	}
	add(titleGoods)
	add(goodsHeaders...)
	for _, g := range c.Goods {
		add(goodsRow(g)...)
	}
	if c.InvoiceNumber != nil {
		add(titleInvoice, *c.InvoiceNumber)
	}
	add(titleBlanket, blanketLine(c))
	add(titleSignature, Statement, "Signature:", "Name: "+c.Signature.Name, "Title: "+c.Signature.Title, "Date: "+c.Signature.Date)
	return want
}

// TestPDFTextHasEveryElement reads the PDF back as text and finds every
// element in it, accented names included, and no good that was refused.
func TestPDFTextHasEveryElement(t *testing.T) {
	blanket := fixtureDocument(t).Certification
	d := validDetails()
	d.BlanketPeriod, d.Invoice = nil, "INV-2026-0042"
	d.Exporter = &PartyDetails{Word: "unknown"}
	single := NewBuilder(mustValidate(t, d))
	single.Add("f.xlsx", []origin.Result{qualifying("ARN-TAB-01", "Arnés eléctrico de tablero", "8544.30.00", "2026-11-27", "B", "GN 11(o) ch. 85 rule 114(B)", hs.Subheading)})
	doc, err := single.Document("v")
	if err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]Certification{"blanket": blanket, "single shipment": doc.Certification} {
		t.Run(name, func(t *testing.T) {
			text := pdfText(t, writePDF(t, c))
			for _, want := range elementTexts(c) {
				if !strings.Contains(text, strings.Join(strings.Fields(want), " ")) {
					t.Errorf("the PDF's text lacks %q", want)
				}
			}
			for _, must := range []string{"María José Pérez Núñez", "Pièces d'auto Côté Ltée", "Montréal (Québec)"} {
				if !strings.Contains(text, must) {
					t.Errorf("accented text %q does not print", must)
				}
			}
			if strings.Contains(text, "BRK-CAL-200") {
				t.Error("a refused good is on the certification")
			}
			if !strings.Contains(text, "page 1 of 1") {
				t.Errorf("no page count in the footer: %s", text)
			}
		})
	}
}

// TestPDFPages runs a long goods table over several pages: its header is
// repeated on each, every good is there, and the footer counts the pages.
func TestPDFPages(t *testing.T) {
	b := NewBuilder(mustValidate(t, validDetails()))
	const n = 70
	for i := range n {
		desc := fmt.Sprintf("Part %02d, %s", i, strings.Repeat("long description ", i%4))
		b.Add("f.xlsx", []origin.Result{qualifying(fmt.Sprintf("GOOD-%02d", i), desc, "8708.30.50", "2026-01-01", "B", "GN 11(o) ch. 87 rule 28(C)", hs.Subheading)})
	}
	// A word wider than its column is broken, not lost.
	b.Add("f.xlsx", []origin.Result{qualifying("GOOD-LONG", strings.Repeat("Ж", 120), "8708.30.50", "2026-01-01", "B", "GN 11(o) ch. 87 rule 28(C)", hs.Subheading)})
	d, err := b.Document("v")
	if err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, writePDF(t, d.Certification))
	pages := strings.Count(text, "USMCA certification of origin — page ")
	if pages < 3 {
		t.Fatalf("%d pages for %d goods", pages, n)
	}
	if !strings.Contains(text, fmt.Sprintf("page %d of %d", pages, pages)) {
		t.Errorf("the last page is not numbered %d of %d", pages, pages)
	}
	if got := strings.Count(text, "Origin criterion"); got < pages-1 {
		t.Errorf("the table header appears %d times over %d pages", got, pages)
	}
	for i := range n {
		if !strings.Contains(text, fmt.Sprintf("GOOD-%02d", i)) {
			t.Errorf("GOOD-%02d is missing", i)
		}
	}
	if !strings.Contains(strings.ReplaceAll(text, " ", ""), strings.Repeat("Ж", 120)) {
		t.Error("the long word is not all there")
	}
	if !strings.Contains(text, Statement) {
		t.Error("the statement is not whole after the table")
	}
}

// TestPDFSameBytes: the same certification and date give the same file.
func TestPDFSameBytes(t *testing.T) {
	c := fixtureDocument(t).Certification
	a, b := writePDF(t, c), writePDF(t, c)
	if !bytes.Equal(a, b) {
		t.Error("two PDFs of the same certification differ")
	}
	if !bytes.HasPrefix(a, []byte("%PDF-")) {
		t.Errorf("not a PDF: %q", a[:min(len(a), 16)])
	}
	// The fonts are embedded: the file carries a FontFile2 stream.
	if !bytes.Contains(a, []byte("/FontFile2")) {
		t.Error("the fonts are not embedded")
	}
}
