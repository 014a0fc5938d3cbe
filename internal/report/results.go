package report

import (
	"io"
	"time"
)

// ResultWriter prints the results of roo qualify good by good, then the
// files read and the summary. Every format implements it.
type ResultWriter interface {
	Good(Good) error
	Close(files []File, s Summary) error
}

// ResultFormats are the formats the results print in on standard output.
var ResultFormats = []string{"table", "json", "jsonl", "csv"}

// ResultFileFormats are the formats of a results file, by its extension.
var ResultFileFormats = []string{"xlsx", "json", "jsonl", "csv", "pdf"}

// ResultOptions are what a results writer may need besides its format.
type ResultOptions struct {
	RooVersion string
	// Created is the creation time an XLSX report records.
	Created time.Time
	// Color lets the table colour verdicts with ANSI escapes.
	Color bool
	// SingleFile says one input file was read: the XLSX report leaves out
	// its File column.
	SingleFile bool
}

// NewResultWriter returns the writer of a format of [ResultFormats] or
// [ResultFileFormats]; any other format gets the table.
func NewResultWriter(out io.Writer, format string, o ResultOptions) ResultWriter {
	switch format {
	case "json":
		return NewJSONWriter(out, o.RooVersion)
	case "jsonl":
		return NewJSONLWriter(out, o.RooVersion)
	case "csv":
		return NewCSVWriter(out)
	case "pdf":
		return NewSummaryPDFWriter(out, SummaryPDFOptions{RooVersion: o.RooVersion, Created: o.Created})
	case "xlsx":
		return NewXLSXWriter(out, XLSXOptions{RooVersion: o.RooVersion, Created: o.Created, SingleFile: o.SingleFile})
	}
	var style Styler = Plain{}
	if o.Color {
		style = ANSI{}
	}
	return NewTableWriter(out, style)
}
