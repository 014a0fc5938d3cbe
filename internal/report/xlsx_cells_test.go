package report

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func TestFitCellSaysWhatItCut(t *testing.T) {
	short := strings.Repeat("é", 1000)
	if fitCell(short) != short {
		t.Errorf("a short text was changed")
	}
	exact := strings.Repeat("a", excelize.TotalCellChars)
	if fitCell(exact) != exact {
		t.Errorf("a text of exactly the limit was cut")
	}
	long := strings.Repeat("🚚", excelize.TotalCellChars) // 2 UTF-16 units each
	got := fitCell(long)
	if !strings.HasSuffix(got, cutMarker) || utf16Len(got) > excelize.TotalCellChars || utf16Len(got) < excelize.TotalCellChars-1 {
		t.Errorf("cut text: %d units, marker %v", utf16Len(got), strings.HasSuffix(got, cutMarker))
	}
}
