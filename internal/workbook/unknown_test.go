package workbook

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// allOf is every problem of a workbook, file-level first, on one line each.
func allOf(wb *Workbook) []string {
	var out []string
	for _, p := range wb.Problems {
		out = append(out, "file "+string(p.Severity)+": "+p.Line())
	}
	for _, g := range wb.Goods {
		for _, p := range g.Problems {
			out = append(out, g.Good.ID+" "+string(p.Severity)+": "+p.Line())
		}
	}
	return out
}

func writeCSV(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.csv")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Input roo does not use is named (issue 13): unknown headers, fact keys
// and sheets, and flat rows that disagree about their good.
func TestUnknownInputIsNamed(t *testing.T) {
	known := map[string]bool{"cut-and-sewn": true, "wholly-obtained": true}
	const header = "Good ID,Good HTS code,Producer country,Transaction value,Part number,HTS code,Origin status,Value"
	tests := []struct {
		name string
		csv  string
		want []string
	}{
		{
			name: "a misspelt header is a warning naming the column roo has",
			csv:  header + ",Unit cst\nG-1,9403.60,US,100,LEG,9403.99,originating,30,4\n",
			want: []string{`file warning: row 1, column I (Unit cst): roo does not read a column "Unit cst", so its cells are not used; did you mean "Unit cost"?`},
		},
		{
			name: "a header near nothing is still named",
			csv:  header + ",Buyer notes\nG-1,9403.60,US,100,LEG,9403.99,originating,30,call Bob\n",
			want: []string{`file warning: row 1, column I (Buyer notes): roo does not read a column "Buyer notes", so its cells are not used`},
		},
		{
			name: "a misspelt fact key is an error naming the key roo knows",
			csv:  header + ",Fact: cut and sewm\nG-1,6109.10,MX,100,LEG,5208.11,originating,30,yes\n",
			want: []string{`G-1 error: row 2, column I (Fact: cut and sewm): "cut-and-sewm" is not a fact roo asks about, so this answer would be ignored; did you mean cut-and-sewn?; expected a fact key that 'roo rule CODE' lists for the good's rule`},
		},
		{
			name: "rows of one good that disagree on its producer country",
			csv:  header + "\nG-1,9403.60,US,100,LEG,9403.99,originating,30\nG-1,9403.60,MX,100.00,TOP,4418.99,originating,20\n",
			want: []string{`G-1 error: row 3, column C (Producer country): good "G-1" has Producer country "MX" on this row but "US" on row 2, where roo read the good; roo cannot tell which is right, so the good is not evaluated; expected the same Producer country on every row of the good`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wb := readOne(t, writeCSV(t, tt.csv), Options{KnownFacts: known})
			if got := allOf(wb); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// A sheet roo does not read is named; one with a BOM's headers makes every
// good an error, since its lines may be any good's.
func TestStraySheets(t *testing.T) {
	goods := sheet{"Goods", [][]any{goodsHeader, {"G-1", "Desk", "9403.60", "US", 100}}}
	bom := sheet{"BOM", [][]any{bomHeader, {"G-1", nil, "LEG", "Leg", "9403.99", "originating", "US", 1, 30}}}
	path := writeXLSX(t, "bom.xlsx", goods, bom,
		sheet{"BOM (2)", [][]any{bomHeader, {"G-1", nil, "TOP", "Top", "4418.99", "non-originating", "CN", 1, 70}}},
		sheet{"Notes", [][]any{{"checked by", "Ana"}}})
	wb := readOne(t, path, Options{})
	want := []string{
		`file error: sheet "BOM (2)", row 1: the sheet has the headers of a BOM sheet but is not named as one, so roo does not read it; its rows may belong to any good, so no good of the file is evaluated`,
		`file warning: sheet "Notes": roo does not read this sheet; it reads only Goods, BOM, Facts and Vehicle (and ignores Instructions and Lists)`,
		`G-1 error: sheet "BOM (2)", row 1: the sheet has the headers of a BOM sheet but is not named as one, so roo does not read it; its rows may belong to any good, so no good of the file is evaluated`,
	}
	if got := allOf(wb); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// An input that yields no good is an error, not "0 goods".
func TestNoGoods(t *testing.T) {
	_, err := Read(writeCSV(t, "Good ID,Good HTS code,Producer country,Part number,Value\n"), nil, Options{})
	var fe *FileError
	if !errors.As(err, &fe) || !strings.Contains(fe.Error(), "has no goods") {
		t.Fatalf("err = %v, want a file error saying it has no goods", err)
	}
}

// The template's worked example left in a workbook is a warning.
func TestTemplateSampleWarns(t *testing.T) {
	path := writeXLSX(t, "bom.xlsx",
		sheet{"Goods", [][]any{goodsHeader, {TemplateSampleID, "Example: LED driver (power supply) — replace with your goods", "8504.40", "US", 24}}},
		sheet{"BOM", [][]any{bomHeader, {TemplateSampleID, nil, "T-220", "Transformer", "8504.31", "originating", "US", 1, 3}}})
	got := allOf(readOne(t, path, Options{}))
	want := `SAMPLE-1 warning: sheet "Goods", row 2: good SAMPLE-1 is the worked example of 'roo template', not one of your goods`
	if len(got) != 1 || got[0] != want {
		t.Errorf("problems %q, want %q", got, want)
	}
}

// The same file given twice, by another spelling, is read once.
func TestUniqueInputs(t *testing.T) {
	path := writeCSV(t, "x")
	dir, base := filepath.Split(path)
	got, problems := Unique([]string{path, filepath.Join(dir, ".", base), "-"})
	if len(got) != 2 || got[0] != path || got[1] != "-" {
		t.Errorf("kept %q", got)
	}
	if len(problems) != 1 || !strings.Contains(problems[0].Message, "is the same file as "+path) {
		t.Errorf("problems %v", problems)
	}
}

// A column with data and no header is named once.
func TestUnnamedColumn(t *testing.T) {
	const header = "Good ID,Good HTS code,Producer country,Transaction value,Part number,HTS code,Origin status,Value,"
	wb := readOne(t, writeCSV(t, header+"\nG-1,9403.60,US,100,LEG,9403.99,originating,30,see note\nG-1,9403.60,US,100,TOP,4418.99,originating,20,again\n"), Options{})
	want := `file warning: row 2, column I: column I has data (first on this row) but no header, so roo does not read it`
	if got := allOf(wb); len(got) != 1 || got[0] != want {
		t.Errorf("problems %q\nwant %q", got, want)
	}
}
