// Package xlsxstream reads the rows and cells of SpreadsheetML (.xlsx)
// worksheets in one streaming pass straight from the zip entry, without a
// temporary copy and without encoding/xml's reflection.
//
// It reads what real workbooks contain: shared strings (read once into one
// bounded arena), inline strings, rich-text runs, character and entity
// references, CDATA, booleans, error cells, formula cells with and without
// cached values, numbers as stored, dates through the styles' number
// formats and the workbook's 1904 date system, sparse rows and cells
// without r attributes, and the transitional and strict namespaces (names
// are matched on their local part, as excelize does).
//
// The text of each cell is exactly what excelize's
// Rows().Columns(Options{RawCellValue: true}) returns for it, which the
// tests check on every workbook of testdata and on fuzzed sheets. Where
// excelize is silent about a sheet it cannot make sense of (malformed XML,
// a truncated part, rows or cells out of order, a shared string that does
// not exist, an unknown cell type), this reader stops with an *Error.
package xlsxstream
