package report

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/tariffs"
)

// A rate text that a spreadsheet could run as a formula reaches roo
// tariff's CSV quoted as text (OWASP, "CSV Injection"), whatever trigger it
// starts with: the ASCII ones, tab, carriage return, their full-width forms,
// or any of them after leading blanks. Schedules loaded with --hts or
// --schedule are the user's files, so their texts are untrusted.
func TestTariffCSVGuardsFormulas(t *testing.T) {
	tests := []struct{ name, text string }{
		{"equals", "=HYPERLINK(\"http://x\")"},
		{"plus", "+1+1"},
		{"minus", "-2+3"},
		{"at", "@SUM(A1)"},
		{"tab", "\t=1+1"},
		{"carriage return", "\r=1+1"},
		{"full-width equals", "＝1+1"},
		{"full-width plus", "＋1"},
		{"full-width minus", "－1"},
		{"full-width at", "＠SUM(A1)"},
		{"leading blanks", "   =1+1"},
		{"leading no-break space", "\u00a0=1+1"},
	}
	h := tariffs.Header{Country: "CA", Revision: "test", Currency: "CAD"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rate := tariffs.Rate{Text: tt.text, Kind: tariffs.Text}
			l := tariffs.Line{Code: hs.MustParse("8708.29.00"), Item: hs.MustParse("8708.29.00"), General: rate, USMCA: rate, Schedule: h}
			v := decimal.RequireFromString("100")
			var b bytes.Buffer
			if err := NewTariff(l, h, &v, nil).Print(&b, "csv"); err != nil {
				t.Fatal(err)
			}
			rows, err := csv.NewReader(&b).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != 3 { // header, General, USMCA
				t.Fatalf("%d rows, want 3: %q", len(rows), rows)
			}
			for _, row := range rows[1:] {
				if got := row[4]; got != "'"+tt.text {
					t.Errorf("rate cell %q, want %q: a spreadsheet would read it as a formula", got, "'"+tt.text)
				}
			}
		})
	}
}
