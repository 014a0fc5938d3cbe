package workbook

import "testing"

// TestEveryColumnIsDefined: a canonical column without a definition would
// have no header to match, so its cells could never be read.
func TestEveryColumnIsDefined(t *testing.T) {
	for c := Col(0); c < numCols; c++ {
		if columns[c].name == "" || columns[c].side == 0 {
			t.Errorf("column %d has no name or sheet", c)
		}
	}
}
