package workbook

import (
	"strings"

	"github.com/roo-trade/roo/internal/xlsxstream"
)

// maxFormulaCells bounds how many formula cells without a saved result, and
// how many boolean cells, are remembered per sheet.
const maxFormulaCells = 10000

// sheetSurvey is what roo knows of a worksheet beyond its cells' text: what
// the rows noted as they went by (formulas without results, booleans), and
// for a BOM or flat sheet what the first pass over its Good ID column found.
type sheetSurvey struct {
	// formulas are the cells that hold a formula but no cached result,
	// which read as empty: roo says "formula without a saved result"
	// instead of treating the value as missing.
	formulas map[string]bool
	// bools are the cells of type boolean, which raw values read as 1 and 0.
	bools map[string]bool
	// runs tracks whether the values of the key column (the Good ID) come
	// in runs, each value in one run only.
	runs runTracker
	// keys are the key column's values below the header row, and its
	// merged ranges.
	keys keyScan
}

// followKeys is the first pass over a BOM or flat sheet: streaming good by
// good needs to know, before the first good is handed out, that each good's
// lines are together, and which lines name no good of the file. It follows
// the Good ID column (keyCol, 1-based) down the sheet with roo's reader,
// which stops decoding a row at its Good ID (Rows.UntilColumn) and reads a
// row whose Good ID is blank whole, to tell a line without an ID from an
// empty row as the reading pass will. The IDs are the cells' text trimmed,
// as the reading pass takes them. On an error it returns the row reached.
func (sv *sheetSurvey) followKeys(bk *xlsxstream.Book, sheet string, keyCol, hdrRow int) (int, error) {
	rows, err := bk.Rows(sheet)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	rows.UntilColumn(keyCol)
	for rows.Next() {
		row, num := rows.Row(), rows.RowNum()
		key := ""
		if keyCol <= len(row) {
			key = strings.TrimSpace(row[keyCol-1])
		}
		sv.runs.add(key, num)
		if num > hdrRow && (key != "" || !isBlankRow(row)) {
			sv.keys.add(key, num)
		}
	}
	if err := rows.Err(); err != nil {
		return rows.RowNum(), err
	}
	err = rows.MergedRanges(func(ref []byte) { sv.keys.addMerge(string(ref), keyCol) })
	return rows.RowNum(), err
}

// runTracker checks that each key appears in one run of consecutive rows.
type runTracker struct {
	seen      map[string]bool
	cur       string
	broken    bool
	brokenKey string
	brokenRow int
}

// add records the key of a row; empty keys are ignored.
func (t *runTracker) add(key string, row int) {
	if key == "" || key == t.cur || t.broken {
		return
	}
	if t.seen == nil {
		t.seen = map[string]bool{}
	}
	if t.seen[key] {
		t.broken, t.brokenKey, t.brokenRow = true, key, row
		return
	}
	t.seen[t.cur] = true
	t.cur = key
}
