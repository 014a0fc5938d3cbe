package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeSummaryPDF(t *testing.T) []byte {
	t.Helper()
	goods := fixtureGoods()
	var buf bytes.Buffer
	w := NewSummaryPDFWriter(&buf, SummaryPDFOptions{RooVersion: "v0.test", Created: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)})
	for _, g := range goods {
		if err := w.Good(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(fixtureFiles(), fixtureSummary(goods)); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSummaryPDF: -o summary.pdf is one page a manager can read: the
// counts, the duty, the goods most at risk; the same bytes every time.
func TestSummaryPDF(t *testing.T) {
	data := writeSummaryPDF(t)
	if !bytes.Equal(data, writeSummaryPDF(t)) {
		t.Error("two summaries of the same results differ")
	}
	if n := bytes.Count(data, []byte("/Type /Page\n")) + bytes.Count(data, []byte("/Type /Page ")); n > 1 {
		t.Errorf("%d pages, want one", n)
	}
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext not installed: the text of the summary is not checked")
	}
	path := filepath.Join(t.TempDir(), "s.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	text := string(out)
	if strings.Count(text, "\f") > 1 {
		t.Errorf("the summary runs over one page")
	}
	goods := fixtureGoods()
	sum := fixtureSummary(goods)
	for _, want := range []string{
		"USMCA origin portfolio summary",
		"as of 2026-11-27", // a hyphen, extracted as typed
		"Verdicts", "Duty a year", "Goods most at risk",
		"Regional value content of the goods closest to their threshold",
		"Non-originating value by country of origin",
		"Not a certification of origin",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("summary lacks %q:\n%s", want, text)
		}
	}
	for _, g := range goods {
		if g.Status != "qualifies" && !strings.Contains(text, g.GoodID) {
			t.Errorf("the good %s (%s) is not among the goods at risk", g.GoodID, g.Status)
		}
	}
	if sum.Goods == 0 || !strings.Contains(text, itoa(sum.Goods)+" goods") {
		t.Errorf("summary does not count the %d goods", sum.Goods)
	}
}
