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
// sheet is needed for them.
func (sv *sheetSurvey) note(num int, row []string, cells []xlsxstream.Cell) {
	for i, c := range cells {
		switch {
		case c.Type == xlsxstream.TypeBool && len(sv.bools) < maxFormulaCells:
			if sv.bools == nil {
				sv.bools = map[string]bool{}
			}
			sv.bools[cellRef(i, num)] = true
		case c.Formula && c.NoCachedValue(row[i]) && len(sv.formulas) < maxFormulaCells:
			if sv.formulas == nil {
				sv.formulas = map[string]bool{}
			}
			sv.formulas[cellRef(i, num)] = true
		}
	}
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
