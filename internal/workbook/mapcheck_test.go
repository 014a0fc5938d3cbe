package workbook

import (
	"strings"
	"testing"
)

// TestUnusedMapEntryIsNamed: a --map entry whose header no sheet of the file
// has is a warning naming the entry and the nearest header, not silence
// (issue 13: every input, --map included, is used or named).
func TestUnusedMapEntryIsNamed(t *testing.T) {
	path := writeXLSX(t, "map.xlsx",
		sheet{"Goods", [][]any{
			{"Good ID", "HTS code", "Producer country", "Net cost"},
			{"G", "8482.10", "MX", 100},
		}},
		sheet{"BOM", [][]any{
			{"Good ID", "Part number", "Tariff No.", "Origin status", "Value"},
			{"G", "R", "8482.99", "non-originating", 10},
		}},
	)
	m, err := ParseMap([]string{"HTS code=Tarif No", "Origin status=Origin status"})
	if err != nil {
		t.Fatal(err)
	}
	wb := readOne(t, path, Options{Map: m})
	var msgs []string
	for _, p := range wb.FileInfo.Problems {
		msgs = append(msgs, p.Line()+" / "+p.Hint)
	}
	all := strings.Join(msgs, "\n")
	if !strings.Contains(all, `--map "HTS code=Tarif No" matched no header of this file`) || !strings.Contains(all, `nearest header in the file is "Tariff No."`) {
		t.Errorf("file problems do not name the unused --map entry:\n%s", all)
	}
	if strings.Count(all, "Tarif No\"") != 1 {
		t.Errorf("the unused entry is not named exactly once:\n%s", all)
	}
	if strings.Contains(all, "Origin status=Origin status") {
		t.Errorf("a --map entry that matched is reported:\n%s", all)
	}
}
