package workbook

import (
	"strings"

	"github.com/xuri/excelize/v2"
)

// keyScan is what a first pass over the Good ID column of a BOM or flat
// sheet finds before any good is handed out: every ID written, the lines
// that have none, and the merged ranges of the column. A line that belongs
// to no good must make the good it may belong to an error, and that good
// may come before the line in the sheet, so this is known first.
type keyScan struct {
	keys   []scannedKey   // distinct Good IDs as written, in order of first appearance
	index  map[string]int // ID → its place in keys
	blanks []blankKey     // rows with data but no Good ID
	// tooManyBlanks is set when more rows lack a Good ID than are kept.
	tooManyBlanks bool
	merges        []mergeRange // merged ranges of the Good ID column
	// above is the last ID seen and its row, for the next blank row.
	above    string
	aboveRow int
}

// scannedKey is one Good ID of the sheet.
type scannedKey struct {
	id   string
	row  int // the first row that names it
	rows int // how many rows name it
}

// blankKey is a row with data but no Good ID, and the nearest ID above it.
type blankKey struct {
	row      int
	above    string
	aboveRow int
}

// mergeRange is a merged range of the Good ID column, by rows.
type mergeRange struct {
	ref         string // as the sheet writes it: "A12:A15"
	top, bottom int
}

// maxBlankKeys is how many rows without a Good ID are remembered one by
// one; past it every good of the file is an error anyway.
const maxBlankKeys = 100000

// add records a row naming id ("" for a row with data but no ID).
func (k *keyScan) add(id string, row int) {
	if id == "" {
		if len(k.blanks) == maxBlankKeys {
			k.tooManyBlanks = true
			return
		}
		k.blanks = append(k.blanks, blankKey{row: row, above: k.above, aboveRow: k.aboveRow})
		return
	}
	k.above, k.aboveRow = id, row
	if k.index == nil {
		k.index = map[string]int{}
	}
	if i, ok := k.index[id]; ok {
		k.keys[i].rows++
		return
	}
	k.index[id] = len(k.keys)
	k.keys = append(k.keys, scannedKey{id: id, row: row, rows: 1})
}

// addMerge records a merged range ("A12:A15") if it covers column col
// (1-based).
func (k *keyScan) addMerge(ref string, col int) {
	a, b, ok := strings.Cut(ref, ":")
	if !ok {
		return
	}
	c1, r1, err1 := excelize.CellNameToCoordinates(a)
	c2, r2, err2 := excelize.CellNameToCoordinates(b)
	if err1 != nil || err2 != nil || col < min(c1, c2) || col > max(c1, c2) {
		return
	}
	k.merges = append(k.merges, mergeRange{ref: ref, top: min(r1, r2), bottom: max(r1, r2)})
}

// mergeOf is the merged range a row is in, if any.
func (k *keyScan) mergeOf(row int) (mergeRange, bool) {
	for _, m := range k.merges {
		if row > m.top && row <= m.bottom {
			return m, true
		}
	}
	return mergeRange{}, false
}
