package workbook

import (
	"archive/zip"
	"compress/flate"
	"errors"
	"fmt"
	"io"

	"github.com/roo-trade/roo/internal/xlsxstream"
	"github.com/roo-trade/roo/internal/zipguard"
)

// note records the formulas without results and the booleans of a row as
// roo's streaming reader hands it out, so that no second pass over the
// sheet is needed for them. It returns the first such cell it has no room
// to record ("" when it recorded all).
func (sv *sheetSurvey) note(num int, row []string, cells []xlsxstream.Cell) string {
	for i, c := range cells {
		var m *map[string]bool
		switch {
		case c.Type == xlsxstream.TypeBool:
			m = &sv.bools
		case c.Formula && c.NoCachedValue(row[i]):
			m = &sv.formulas
		default:
			continue
		}
		ref := cellRef(i, num)
		if len(*m) >= maxFormulaCells {
			return ref
		}
		if *m == nil {
			*m = map[string]bool{}
		}
		(*m)[ref] = true
	}
	return ""
}

// damagedSheet is the file error for a sheet whose compressed data cannot
// be read (a damaged zip entry, or one that inflates beyond what it
// declares), or nil for any other error.
func damagedSheet(file, sheet string, err error) *FileError {
	var ze *zipguard.Error
	if errors.As(err, &ze) {
		return fileErr(file, fmt.Sprintf("is damaged or hostile: sheet %q cannot be read: %v", sheet, ze), "this may be a zip bomb; if the workbook is genuine, open it in Excel and save it again")
	}
	var ce flate.CorruptInputError
	if !errors.Is(err, zip.ErrFormat) && !errors.Is(err, zip.ErrChecksum) && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.As(err, &ce) {
		return nil
	}
	root := err
	for u := errors.Unwrap(root); u != nil; u = errors.Unwrap(root) {
		root = u
	}
	return fileErr(file, fmt.Sprintf("is damaged: sheet %q cannot be read: %v", sheet, root), "open it in Excel and save it again")
}
