// Package workbook reads bills of materials from Excel workbooks (.xlsx) and
// CSV files into origin.Good values, and writes the canonical template.
//
// Two layouts are understood. The canonical workbook has a Goods sheet (one
// row per finished good) and a BOM sheet (one row per material line), plus an
// optional Facts sheet. The flat layout, typical of ERP exports, is a single
// sheet in which every BOM row repeats its good's columns. Headers are
// matched ignoring case, accents, spacing and punctuation, with English,
// Spanish and French aliases; anything else can be mapped with
// Options.Map.
//
// Numbers are read from the raw cell value (never the formatted text) and
// normalised to Excel's 15 significant digits as exact decimals. Every
// problem names the file, sheet, row and column, says what was expected and,
// where it can, gives a hint. A problem in one good never stops the others.
package workbook
