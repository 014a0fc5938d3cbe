package workbook

import (
	"fmt"
)

// strays names the sheets of a workbook that roo does not read. One whose
// header row is a BOM's or a Goods sheet's ("BOM (2)", a copy made to try
// something) may hold lines or goods the analyst means roo to count, so it
// is an error that makes every good of the file an error; any other is a
// warning, so that nothing in the workbook is skipped without a word.
func (b *builder) strays(file string, open func(sheet string) (rowReader, error), sheets []string) {
	for _, sh := range sheets {
		p := Problem{Severity: SevWarning, File: file, Sheet: sh,
			Message: "roo does not read this sheet; it reads only Goods, BOM, Facts and Vehicle (and ignores Instructions and Lists)",
			Hint:    "if the sheet holds goods or BOM lines, move them to the Goods or BOM sheet; otherwise ignore this warning"}
		if l, row, ok := looksLikeData(open, sh); ok {
			p.Severity, p.Row = SevError, row
			p.Message = fmt.Sprintf("the sheet has the headers of a %s sheet but is not named as one, so roo does not read it; its rows may belong to any good, so no good of the file is evaluated", l)
			p.Hint = fmt.Sprintf("move its rows to the %s sheet and delete it, or delete it if it is a stale copy", map[layout]string{layoutBOM: "BOM", layoutGoods: "Goods"}[l])
			b.fileTaint = append(b.fileTaint, p)
		}
		b.problems = append(b.problems, p)
	}
}

// looksLikeData reports whether a sheet's header row, within the rows roo
// searches for a header, names at least three BOM or Goods columns.
func looksLikeData(open func(string) (rowReader, error), sheet string) (layout, int, bool) {
	rr, err := open(sheet)
	if err != nil {
		return 0, 0, false
	}
	defer rr.Close()
	for rr.Next() && rr.RowNum() <= headerSearchRows {
		for _, l := range []layout{layoutBOM, layoutGoods} {
			if _, matched := matchHeader(rr.Row(), l, nil); matched >= 3 {
				return l, rr.RowNum(), true
			}
		}
	}
	return 0, 0, false
}
