package workbook

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// mergeCells merges ranges of a sheet of a written workbook, as an analyst
// merging the Good ID cells of a good's lines does.
func mergeCells(t *testing.T, path, sheet string, ranges ...[2]string) {
	t.Helper()
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ranges {
		if err := f.MergeCell(sheet, r[0], r[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// statusOf is each good's ID and whether its input failed, in order.
func statusOf(wb *Workbook) string {
	var out []string
	for _, g := range wb.Goods {
		s := g.Good.ID + "=ok"
		if g.Failed() {
			s = g.Good.ID + "=error"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// errorsOf is every error of the workbook, the good's ID first.
func errorsOf(wb *Workbook) []string {
	var out []string
	for _, p := range wb.Problems {
		if p.Severity == SevError {
			out = append(out, "file: "+p.Line())
		}
	}
	for _, g := range wb.Goods {
		for _, p := range g.Problems {
			if p.Severity == SevError {
				out = append(out, g.Good.ID+": "+p.Line())
			}
		}
	}
	return out
}

// A BOM line that belongs to no good makes the good(s) it may belong to an
// error, never a good that qualifies without it (issue 13).
func TestOrphanLines(t *testing.T) {
	goods := sheet{"Goods", [][]any{goodsHeader,
		{"MOT-7K5", "Motor", "8501.52", "US", 1000},
		{"PMP-220", "Pump", "8413.70", "US", 800},
		{"FAN-9", "Fan", "8414.59", "MX", 90}}}
	line := func(id, part string) []any {
		return []any{id, nil, part, "Part", "8503.00", "non-originating", "CN", 1, 300}
	}
	tests := []struct {
		name   string
		bom    [][]any
		merges [][2]string
		status string
		want   []string // errors, in order
	}{
		{
			name:   "a one-character typo names the good it was meant for",
			bom:    [][]any{bomHeader, line("MOT-7K5", "ROTOR"), line("MOT-7KS", "STATOR"), line("PMP-220", "IMPELLER"), line("FAN-9", "BLADE")},
			status: "MOT-7K5=error PMP-220=ok FAN-9=ok",
			want:   []string{`MOT-7K5: sheet "BOM", row 3, column A (Good ID): the BOM line on row 3 names good "MOT-7KS", which is not on the Goods sheet: did you mean MOT-7K5? The line is counted in no good, so MOT-7K5 is not evaluated`},
		},
		{
			name:   "a typo on a line after the good was complete still reaches it",
			bom:    [][]any{bomHeader, line("MOT-7K5", "ROTOR"), line("PMP-220", "IMPELLER"), line("FAN-9", "BLADE"), line("MOT7K5", "STATOR")},
			status: "MOT-7K5=error PMP-220=ok FAN-9=ok",
			want:   []string{`MOT-7K5: sheet "BOM", row 5, column A (Good ID): the BOM line on row 5 names good "MOT7K5", which is not on the Goods sheet: did you mean MOT-7K5? The line is counted in no good, so MOT-7K5 is not evaluated`},
		},
		{
			name:   "a different case or a zero-width space is not another good",
			bom:    [][]any{bomHeader, line("MOT-7K5", "ROTOR"), line("mot-7k5", "STATOR"), line("PMP-220\u200b", "IMPELLER"), line("FAN-9", "BLADE")},
			status: "MOT-7K5=error FAN-9=ok PMP-220=error",
			want: []string{
				`MOT-7K5: sheet "BOM", row 3, column A (Good ID): the BOM line on row 3 names good "mot-7k5", which is not on the Goods sheet: did you mean MOT-7K5? The line is counted in no good, so MOT-7K5 is not evaluated`,
				`PMP-220: sheet "BOM", row 4, column A (Good ID): the BOM line on row 4 names good "PMP-220\u200b", which is not on the Goods sheet: did you mean PMP-220? The line is counted in no good, so PMP-220 is not evaluated`,
			},
		},
		{
			name:   "lines under a merged Good ID cell belong to the range's first good",
			bom:    [][]any{bomHeader, line("PMP-220", "IMPELLER"), line("MOT-7K5", "ROTOR"), line(nil2, "STATOR"), line(nil2, "SHAFT"), line("FAN-9", "BLADE")},
			merges: [][2]string{{"A3", "A5"}},
			status: "PMP-220=ok MOT-7K5=error FAN-9=ok",
			want: []string{
				`MOT-7K5: sheet "BOM", row 4, column A (Good ID): the line on row 4 has no Good ID: its cell is part of the merged range A3:A5, whose value is "MOT-7K5"; roo does not read a merged cell as repeated, so the line is counted in no good and MOT-7K5 is not evaluated`,
				`MOT-7K5: sheet "BOM", row 5, column A (Good ID): the line on row 5 has no Good ID: its cell is part of the merged range A3:A5, whose value is "MOT-7K5"; roo does not read a merged cell as repeated, so the line is counted in no good and MOT-7K5 is not evaluated`,
			},
		},
		{
			name:   "a blank Good ID may be any good's",
			bom:    [][]any{bomHeader, line("MOT-7K5", "ROTOR"), line(nil2, "STATOR"), line("PMP-220", "IMPELLER")},
			status: "MOT-7K5=error PMP-220=error FAN-9=error",
			want: []string{
				`file: sheet "BOM", row 3, column A (Good ID): the line on row 3 has data but no Good ID; roo cannot tell which good it belongs to, so no good of the file is evaluated`,
				`MOT-7K5: sheet "BOM", row 3, column A (Good ID): a line of sheet "BOM" (row 3) belongs to no good; it may be this good's, so it is not evaluated`,
				`PMP-220: sheet "BOM", row 3, column A (Good ID): a line of sheet "BOM" (row 3) belongs to no good; it may be this good's, so it is not evaluated`,
				`FAN-9: sheet "BOM", row 3, column A (Good ID): a line of sheet "BOM" (row 3) belongs to no good; it may be this good's, so it is not evaluated`,
			},
		},
		{
			name:   "an ID near no good makes every good an error",
			bom:    [][]any{bomHeader, line("MOT-7K5", "ROTOR"), line("XYZ-000", "STATOR"), line("PMP-220", "IMPELLER")},
			status: "MOT-7K5=error PMP-220=error FAN-9=error",
			want: []string{
				`file: sheet "BOM", row 3, column A (Good ID): the BOM line on row 3 names good "XYZ-000", which is not on the Goods sheet and is near none of its goods; roo cannot tell which good the line belongs to, so no good of the file is evaluated`,
				`MOT-7K5: sheet "BOM", row 3, column A (Good ID): a line of sheet "BOM" (row 3) belongs to no good; it may be this good's, so it is not evaluated`,
				`PMP-220: sheet "BOM", row 3, column A (Good ID): a line of sheet "BOM" (row 3) belongs to no good; it may be this good's, so it is not evaluated`,
				`FAN-9: sheet "BOM", row 3, column A (Good ID): a line of sheet "BOM" (row 3) belongs to no good; it may be this good's, so it is not evaluated`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bom := make([][]any, len(tt.bom))
			for i, r := range tt.bom {
				bom[i] = append([]any(nil), r...)
				if bom[i][0] == nil2 {
					bom[i][0] = nil
				}
			}
			path := writeXLSX(t, "bom.xlsx", goods, sheet{"BOM", bom})
			mergeCells(t, path, "BOM", tt.merges...)
			wb := readOne(t, path, Options{})
			if got := statusOf(wb); got != tt.status {
				t.Errorf("goods: %s\nwant:  %s", got, tt.status)
			}
			if got := errorsOf(wb); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// nil2 marks a blank Good ID in the table above (a nil in []any).
const nil2 = "\x00blank"

// In a flat export a blank Good ID may be any good's, and two IDs that
// differ only in case are neither one good nor two.
func TestOrphanLinesFlat(t *testing.T) {
	const header = "Good ID,Good HTS code,Producer country,Transaction value,Part number,HTS code,Origin status,Value\n"
	tests := []struct {
		name, csv, status string
		want              []string
	}{
		{
			name:   "blank Good ID",
			csv:    header + "G-100,9403.60,US,100,LEG,9403.99,non-originating,30\n,9403.60,US,100,TOP,4418.99,non-originating,50\nG-200,9403.60,US,100,LEG,9403.99,originating,30\n",
			status: "G-100=error G-200=error",
			want: []string{
				`file: row 3, column A (Good ID): the line on row 3 has data but no Good ID; roo cannot tell which good it belongs to, so no good of the file is evaluated`,
				`G-100: row 3, column A (Good ID): a line of the file (row 3) belongs to no good; it may be this good's, so it is not evaluated`,
				`G-200: row 3, column A (Good ID): a line of the file (row 3) belongs to no good; it may be this good's, so it is not evaluated`,
			},
		},
		{
			name:   "IDs that differ only in case",
			csv:    header + "G-100,9403.60,US,100,LEG,9403.99,originating,30\ng-100,9403.60,US,100,TOP,4418.99,non-originating,50\nG-200,9403.60,US,100,LEG,9403.99,originating,30\n",
			status: "G-100=error g-100=error G-200=ok",
			want: []string{
				`G-100: row 2, column A (Good ID): good "G-100" differs from "g-100" (row 3) only in case or invisible characters: roo reads neither as one good nor as two, so it is not evaluated`,
				`g-100: row 3, column A (Good ID): good "g-100" differs from "G-100" (row 2) only in case or invisible characters: roo reads neither as one good nor as two, so it is not evaluated`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "flat.csv")
			if err := os.WriteFile(path, []byte(tt.csv), 0o644); err != nil {
				t.Fatal(err)
			}
			wb := readOne(t, path, Options{})
			if got := statusOf(wb); got != tt.status {
				t.Errorf("goods: %s\nwant:  %s", got, tt.status)
			}
			if got := errorsOf(wb); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// Two goods of the Goods sheet that differ only in case are both errors.
func TestGoodsDifferingInCase(t *testing.T) {
	path := writeXLSX(t, "bom.xlsx",
		sheet{"Goods", [][]any{goodsHeader, {"G-100", "A", "8479.89", "US", 100}, {"g-100", "B", "8479.89", "US", 100}}},
		sheet{"BOM", [][]any{bomHeader, {"G-100", nil, "A", "Axle", "8483.10", "originating", "US", 1, 1}, {"g-100", nil, "B", "Bolt", "7318.15", "originating", "US", 1, 1}}})
	wb := readOne(t, path, Options{})
	if got := statusOf(wb); got != "G-100=error g-100=error" {
		t.Errorf("goods: %s", got)
	}
}

// A Facts-sheet row whose Good ID is mistyped makes the good it was meant
// for an error: its answer would otherwise be lost.
func TestOrphanFact(t *testing.T) {
	goods := sheet{"Goods", [][]any{goodsHeader, {"MOT-7K5", "Motor", "8501.52", "US", 1000}, {"PMP-220", "Pump", "8413.70", "US", 800}}}
	bom := sheet{"BOM", [][]any{bomHeader, {"MOT-7K5", nil, "ROTOR", "Rotor", "8503.00", "originating", "US", 1, 300}, {"PMP-220", nil, "IMP", "Impeller", "8413.91", "originating", "US", 1, 100}}}
	facts := sheet{"Facts", [][]any{{"Good ID", "Fact", "Value"}, {"MOT-7KS", "wholly obtained", "no"}}}
	wb := readOne(t, writeXLSX(t, "bom.xlsx", goods, bom, facts), Options{})
	if got := statusOf(wb); got != "MOT-7K5=error PMP-220=ok" {
		t.Errorf("goods: %s", got)
	}
	want := `MOT-7K5: sheet "Facts", row 2, column A: the fact on row 2 names good "MOT-7KS", which is not on the Goods sheet: did you mean MOT-7K5? Its answer is given to no good, so MOT-7K5 is not evaluated`
	if got := errorsOf(wb); len(got) != 1 || got[0] != want {
		t.Errorf("errors %q\nwant %q", got, want)
	}
}
