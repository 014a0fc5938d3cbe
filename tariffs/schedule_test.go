package tariffs

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
)

func TestLine(t *testing.T) {
	s := mustUS(t)
	tests := []struct {
		code                    string
		item, desc              string
		general, usmca, program string
		col2                    string
		units                   []Unit
		stat                    int
	}{
		// A tariff item with its statistical lines.
		{"8501.10.40", "85011040", "Other", "4.4%", "Free", "S", "35%", []Unit{"No."}, 4},
		// A statistical line inherits the item's rates and keeps its units.
		{"8708.29.51.25", "87082951", "Truck caps", "2.5%", "Free", "S", "25%", []Unit{"No."}, 0},
		// An item printed only at 10 digits; its USMCA rate is an S+ reference.
		{"0402.99.90", "04029990", "Other", "46.3¢/kg + 14.9%", "See 9823.07.01-9823.07.07", "S+", "54.5¢/kg + 17.5%", []Unit{"kg", "kg cmsc"}, 0},
		// A line with no Special column: no USMCA rate.
		{"0101.21.00", "01012100", "Purebred breeding animals", "Free", "", "", "Free", []Unit{"No."}, 2},
		// S+ with a specific rate.
		{"1701.91.48", "17019148", "", "", "", "", "", nil, -1},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			l, err := s.Line(hs.MustParse(tt.code))
			if tt.stat < 0 {
				// Only check that the lookup works and the S+ program shows.
				if err != nil {
					t.Fatal(err)
				}
				if l.USMCAProgram != ProgramUSMCAPlus || l.USMCA.Kind == NoRate {
					t.Errorf("%s: USMCA = %s %q, want an S+ rate", tt.code, l.USMCAProgram, l.USMCA.Text)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(l.Item) != tt.item || l.Description != tt.desc {
				t.Errorf("item %s %q, want %s %q", l.Item, l.Description, tt.item, tt.desc)
			}
			if l.General.Text != tt.general || l.USMCA.Text != tt.usmca || l.USMCAProgram != tt.program || l.Column2.Text != tt.col2 {
				t.Errorf("rates %q / %s:%q / %q, want %q / %s:%q / %q", l.General.Text, l.USMCAProgram, l.USMCA.Text, l.Column2.Text, tt.general, tt.program, tt.usmca, tt.col2)
			}
			if !reflect.DeepEqual(l.Units, tt.units) {
				t.Errorf("units %q, want %q", l.Units, tt.units)
			}
			if len(l.Statistical) != tt.stat {
				t.Errorf("%d statistical lines, want %d", len(l.Statistical), tt.stat)
			}
			if l.Schedule.Revision != "2025 HTS Revision 25" {
				t.Errorf("revision %q", l.Schedule.Revision)
			}
		})
	}
}

func TestLinePath(t *testing.T) {
	l, err := mustUS(t).Line(hs.MustParse("8708.29.51"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Parts and accessories of the motor vehicles of headings 8701 to 8705:", "Other parts and accessories of bodies (including cabs):", "Other:"}
	if !reflect.DeepEqual(l.Path, want) {
		t.Errorf("path = %q, want %q", l.Path, want)
	}
}

func TestLineNotFound(t *testing.T) {
	s := mustUS(t)
	tests := []struct {
		code       string
		reason     string
		underFirst string // first line listed under it
	}{
		{"870829", "is a subheading", "8708291500"},
		{"87082959", "is not a tariff item", "8708291500"},
		{"8708295199", "is not a statistical line", "8708295110"},
		{"0000", "is a heading", ""},
	}
	for _, tt := range tests {
		_, err := s.Line(hs.MustParse(tt.code))
		var nf *NotFoundError
		if !errors.As(err, &nf) {
			t.Fatalf("%s: err = %v, want *NotFoundError", tt.code, err)
		}
		if !strings.Contains(nf.Error(), tt.reason) {
			t.Errorf("%s: %q does not say %q", tt.code, nf.Error(), tt.reason)
		}
		first := ""
		if len(nf.Under) > 0 {
			first = string(nf.Under[0].Code)
		}
		if first != tt.underFirst {
			t.Errorf("%s: first line under = %q, want %q", tt.code, first, tt.underFirst)
		}
		if tt.underFirst != "" && !strings.Contains(nf.Hint(), hs.Code(tt.underFirst).String()) {
			t.Errorf("%s: hint %q does not list %s", tt.code, nf.Hint(), tt.underFirst)
		}
	}
	// A 6-digit code lists only tariff items, not their statistical lines.
	_, err := s.Line(hs.MustParse("850110"))
	var nf *NotFoundError
	errors.As(err, &nf)
	for _, u := range nf.Under {
		if u.Code.Len() == 10 && u.Code.Item() == "85011040" {
			t.Errorf("statistical line %s listed under a subheading", u.Code)
		}
	}
}

// TestJSONExportMatchesCSV reads the USITC JSON export of chapter 85 (an
// earlier 2025 revision) and checks that it agrees with the embedded CSV
// revision on lines that did not change, and that it keeps footnotes.
func TestJSONExportMatchesCSV(t *testing.T) {
	dir := sharedData(t)
	s, err := LoadUSITC(os.DirFS(filepath.Join(dir, "hts", "usitc-json")), "85.json")
	if err != nil {
		t.Fatal(err)
	}
	l, err := s.Line(hs.MustParse("8501.10.40"))
	if err != nil {
		t.Fatal(err)
	}
	if l.General.Text != "4.4%" || l.USMCA.Text != "Free" || l.Column2.Text != "35%" {
		t.Errorf("8501.10.40 from JSON: %q %q %q", l.General.Text, l.USMCA.Text, l.Column2.Text)
	}
	if !strings.Contains(l.Footnotes, "9903.88") {
		t.Errorf("footnotes %q, want the 9903.88 reference the JSON carries", l.Footnotes)
	}
}

func TestReadUSITCFormats(t *testing.T) {
	// Minimal files in the two USITC export formats (structure only).
	csvText := "\uFEFFHTS Number,Indent,Description,Unit of Quantity,General Rate of Duty,Special Rate of Duty,Column 2 Rate of Duty,Quota Quantity,Additional Duties\n" +
		`"9999","0","Test heading:","","","","","",""` + "\n" +
		`"9999.10.00","1","Widgets","","1.5¢/kg + 2%","Free (A,S,SG)","10%","",""` + "\n" +
		`"9999.10.00.10","2","Blue","[""kg""]","","","","",""` + "\n"
	jsonText := `[{"htsno":"9999","indent":"0","description":"Test heading:","units":[],"general":"","special":"","other":"","footnotes":[]},
{"htsno":"9999.10.00","indent":"1","description":"Widgets","units":[],"general":"1.5¢/kg + 2%","special":"Free (A,S,SG)","other":"10%","footnotes":[{"columns":["general"],"value":"See 9903.88.01. ","type":"endnote"}]},
{"htsno":"9999.10.00.10","indent":"2","description":"Blue","units":["kg"],"general":"","special":"","other":"","footnotes":null}]`
	for name, text := range map[string]string{"hts-2026-revision-3.csv": csvText, "export.json": jsonText} {
		s, err := ReadUSITC(strings.NewReader(text), name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		l, err := s.Line(hs.MustParse("9999.10.00.10"))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if l.General.Kind != Compound || l.USMCA.Kind != Free || l.Column2.Text != "10%" || !reflect.DeepEqual(l.Units, []Unit{"kg"}) {
			t.Errorf("%s: line %+v", name, l)
		}
	}
	if s, _ := ReadUSITC(strings.NewReader(csvText), "hts-2026-revision-3.csv"); s.Revision != "2026 HTS Revision 3" {
		t.Errorf("revision from file name = %q", s.Revision)
	}
	if _, err := ReadUSITC(strings.NewReader("a,b\n1,2\n"), "x.csv"); err == nil || !strings.Contains(err.Error(), "not a USITC HTS CSV export") {
		t.Errorf("foreign CSV: err = %v", err)
	}
	if _, err := ReadUSITC(strings.NewReader(""), "x.csv"); err == nil {
		t.Error("empty file: no error")
	}
}

func TestReadPartnerCSV(t *testing.T) {
	in := "# Canada, user-supplied\ncode,description,unit,mfn,usmca\n8708.29.00.00,Other parts,No.,6%,Free\n8501.10.00,Motors,No.,$0.20/kg + 2%,Free\n"
	s, err := ReadPartnerCSV(strings.NewReader(in), "CA", "ca.csv")
	if err != nil {
		t.Fatal(err)
	}
	if s.Currency != "CAD" || s.Country != "CA" {
		t.Errorf("header %+v", s.Header)
	}
	l, err := s.Line(hs.MustParse("85011000"))
	if err != nil {
		t.Fatal(err)
	}
	if l.General.Kind != Compound || l.USMCA.Kind != Free {
		t.Errorf("line %+v", l)
	}
	bad := []struct{ in, want string }{
		{"code,mfn\n87082900,6%\n", `no "usmca" column`},
		{"code,mfn,usmca\n8708,6%,Free\n", "has 4 digits"},
		{"code,mfn,usmca\n87082900,,Free\n", "mfn rate is empty"},
		{"code,mfn,usmca\n87082900,6%,Free\n8708.29.00,6%,Free\n", "already given on line 2"},
	}
	for _, b := range bad {
		if _, err := ReadPartnerCSV(strings.NewReader(b.in), "MX", "mx.csv"); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%q: err = %v, want %q", b.in, err, b.want)
		}
	}
}

// sharedData returns the shared data directory or skips the test.
func sharedData(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("ROO_SHARED_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "data")
	}
	if _, err := os.Stat(filepath.Join(dir, "hts")); err != nil {
		t.Skipf("shared data not found at %s (set ROO_SHARED_DATA): %v", dir, err)
	}
	return dir
}
