package origin

import (
	"strings"
	"testing"
)

func line(part, parent string, kind Kind) BOMLine {
	return BOMLine{Material: &Material{PartNumber: part, Kind: kind, Ref: "row " + part}, Parent: parent}
}

func TestBuildTree(t *testing.T) {
	roots, errs := BuildTree([]BOMLine{
		line("CAL", "", KindSelfProduced),
		line("PISTON", "CAL", KindMaterial),
		line("SEAL", "PISTON", KindMaterial),
		line("PAD", "", KindMaterial),
	})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if len(roots) != 2 || roots[0].PartNumber != "CAL" || roots[1].PartNumber != "PAD" {
		t.Fatalf("roots = %v", roots)
	}
	if len(roots[0].Children) != 1 || len(roots[0].Children[0].Children) != 1 {
		t.Fatalf("tree not linked: %+v", roots[0])
	}
}

func TestBuildTreeErrors(t *testing.T) {
	tests := []struct {
		name  string
		lines []BOMLine
		want  []string
	}{
		{"unknown parent", []BOMLine{line("A", "ZZZ", KindMaterial)},
			[]string{`row A: parent "ZZZ" is not the part number of any line of this good`}},
		{"self cycle", []BOMLine{line("A", "A", KindSelfProduced)},
			[]string{"row A: parent links form a cycle: A → A; a part cannot go into itself"}},
		{"two-line cycle", []BOMLine{line("A", "B", KindSelfProduced), line("B", "A", KindSelfProduced), line("C", "A", KindMaterial)},
			[]string{"row A: parent links form a cycle: A → B → A; a part cannot go into itself"}},
		{"ambiguous parent", []BOMLine{line("A", "", KindMaterial), line("A", "", KindMaterial), line("C", "A", KindMaterial)},
			[]string{`row C: parent "A" is ambiguous: 2 lines have that part number (row A, row A); give sub-assemblies distinct part numbers`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := BuildTree(tt.lines)
			var got []string
			for _, e := range errs {
				got = append(got, e.Error())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	// A repeated part number is fine when exactly one of the lines is the produced assembly.
	_, errs := BuildTree([]BOMLine{line("A", "", KindMaterial), line("A", "", KindSelfProduced), line("C", "A", KindMaterial)})
	if len(errs) > 0 {
		t.Errorf("produced line should disambiguate: %v", errs)
	}
}
