package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// The Comtrade lists come with a BOM (HS 2017), a TOTAL row, a blank row
// (HS 2017) and chapter 99, none of which is a code of the HS.
func TestReadComtradeCSVQuirks(t *testing.T) {
	long := strings.Repeat("x", descLimit)
	p := writeFile(t, "hs.csv", "\ufeffsection,hscode,description,parent,level\n"+
		"I,01,Animals; live,TOTAL,2\n"+
		"I,0101,\"Horses, asses;  live \",01,4\n"+
		"I,010121,"+long+",0101,6\n"+
		"TOTAL,99,Commodities not specified according to kind,TOTAL,2\n"+
		"TOTAL,TOTAL,All Commodities,TOTAL,5\n"+
		",,,,\n")
	items, err := readComtradeCSV(p)
	if err != nil {
		t.Fatal(err)
	}
	want := []item{{"01", "Animals; live", false}, {"0101", "Horses, asses; live", false}, {"010121", long, true}}
	if len(items) != len(want) {
		t.Fatalf("got %d items %v, want %v", len(items), items, want)
	}
	for i := range want {
		if items[i] != want[i] {
			t.Errorf("item %d = %+v, want %+v", i, items[i], want[i])
		}
	}
}

func TestReadComtradeCSVRejects(t *testing.T) {
	head := "section,hscode,description,parent,level\n"
	tests := []struct{ name, body, wantErr string }{
		{"wrong parent", "I,010121,Horses,0102,6\n", `parent "0102", want "0101"`},
		{"wrong level", "I,0101,Horses,01,6\n", `level "6"`},
		{"odd code", "I,01012,Horses,0101,5\n", "not 2, 4 or 6 digits"},
		{"tab in description", "I,01,\"a\tb\",TOTAL,2\n", "tab or line break"},
		{"no description", "I,01,,TOTAL,2\n", "no description"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readComtradeCSV(writeFile(t, "hs.csv", head+tt.body))
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestReadComtradeJSON(t *testing.T) {
	p := writeFile(t, "h4.json", `{"results": [
		{"id": "ALL", "text": "All HS2012 categories", "parent": "#"},
		{"id": "AG2", "text": "AG2 - All 2-digit HS2012 commodities", "parent": "#"},
		{"id": "84", "text": "84 - Nuclear reactors", "parent": "TOTAL"},
		{"id": "8473", "text": "8473 - Parts and accessories", "parent": "84"},
		{"id": "847310", "text": "847310 - Machinery; parts of typewriters", "parent": "8473"},
		{"id": "999999", "text": "999999 - Commodities not specified according to kind", "parent": "9999"}
	]}`)
	items, err := readComtradeJSON(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 3 || items[2] != (item{"847310", "Machinery; parts of typewriters", false}) {
		t.Errorf("items = %+v", items)
	}
	bad := writeFile(t, "h4.json", `{"results": [{"id": "84", "text": "85 - Nuclear reactors", "parent": "TOTAL"}]}`)
	if _, err := readComtradeJSON(bad); err == nil || !strings.Contains(err.Error(), "does not start with") {
		t.Errorf("mismatched text: error = %v", err)
	}
}

// The three UN correlation tables each have their own header: a "Between"
// line, "HS2022, HS2017" with a stray space, "HS 2022", CRLF line ends, and
// in HS2017-HS2012 an unnamed column of "ex" markers.
func TestReadCorrelationHeaders(t *testing.T) {
	tests := []struct {
		name, content, newer, older string
	}{
		{"crlf and stray space", "Between,\r\nHS2022, HS2017,Relationship\r\n940391,940390,n:1\r\n940399,940390,n:1\r\n999999,999999,1:1\r\n", "HS2022", "HS2017"},
		{"spaced names", "Between,\nHS 2022,HS 2012,Relationship\n940391,940390,n:1\n940399,940390,n:1\n", "HS2022", "HS2012"},
		{"ex column", "Between,,,\nHS 2017,,HS 2012,Relationship\n940391,ex,940390,n:1\n940399,,940390,n:1\n", "HS2017", "HS2012"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pairs, err := readCorrelation(writeFile(t, "c.csv", tt.content), tt.newer, tt.older)
			if err != nil {
				t.Fatal(err)
			}
			want := []pair{{"940391", "940390", "n:1"}, {"940399", "940390", "n:1"}}
			if len(pairs) != 2 || pairs[0] != want[0] || pairs[1] != want[1] {
				t.Errorf("pairs = %v, want %v", pairs, want)
			}
		})
	}
}

func TestReadCorrelationRejects(t *testing.T) {
	tests := []struct{ name, content, wantErr string }{
		{"no between", "HS2022,HS2017,Relationship\n", `want a "Between" line`},
		{"wrong header", "Between,\nHS2022,HS2012,Relationship\n", "lacks HS2022, HS2017 or Relationship"},
		{"short code", "Between,\nHS2022,HS2017,Relationship\n94039,940390,1:1\n", "not six digits"},
		{"odd label", "Between,\nHS2022,HS2017,Relationship\n940391,940390,2:1\n", `relationship "2:1"`},
		{"half 999999", "Between,\nHS2022,HS2017,Relationship\n940391,999999,1:1\n", "999999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readCorrelation(writeFile(t, "c.csv", tt.content), "HS2022", "HS2017")
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
}
