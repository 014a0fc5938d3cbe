package cmd

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/atomicfile"
	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// outputOptions are --format and -o: the format of the result on standard
// output, or the file it is written to, whose extension gives the format.
type outputOptions struct {
	Format    string // --format
	FormatSet bool   // --format was given: it must agree with -o's extension
	Output    string // -o FILE; empty: standard output
}

// outputSpec is what a command can write.
type outputSpec struct {
	// files are the formats of -o by extension, in the order of the help;
	// none means the command has no -o.
	files []fileFormat
	// notFile is the error for another extension, e.g. "roo writes .xlsx,
	// .json, .jsonl and .csv reports".
	notFile string
}

// fileFormat is a file extension and the format it is written in.
type fileFormat struct{ ext, format string }

// addFormatFlag registers --format with the formats the command prints; the
// default is the first. refuse words the error for another value (nil:
// "valid values are …").
func addFormatFlag(cmd *cobra.Command, o *outputOptions, formats []string, refuse func(string) string) {
	enumFlag(cmd, cmd.Flags(), &o.Format, "format", "f", formats[0], formats, "output format on stdout", refuse)
}

// addOutputFlag registers -o with the files the command writes.
func addOutputFlag(cmd *cobra.Command, o *outputOptions, spec outputSpec) {
	var exts []string
	for _, f := range spec.files {
		exts = append(exts, f.ext)
	}
	cmd.Flags().StringVarP(&o.Output, "output", "o", "", fmt.Sprintf("write to `FILE` instead of stdout (%s, by extension)", strings.Join(exts, ", ")))
	if fl := cmd.Flags().Lookup("format"); fl != nil {
		if ev, ok := fl.Value.(*enumValue); ok {
			ev.files = spec.files
		}
	}
}

// format is the format to write: -o's by its extension, else --format. An
// extension the command does not write, or an explicit --format that
// contradicts it, is a usage error.
func (o *outputOptions) format(spec outputSpec) (string, error) {
	if o.Output == "" {
		return o.Format, nil
	}
	ext := strings.ToLower(filepath.Ext(o.Output))
	for _, f := range spec.files {
		if f.ext != ext {
			continue
		}
		if o.FormatSet && o.Format != f.format {
			return "", flagErrorf("-o %s writes %s, but --format %s was given: give one or the other", o.Output, f.format, o.Format)
		}
		return f.format, nil
	}
	return "", flagErrorf("-o %s: %s, not %q", o.Output, spec.notFile, ext)
}

// csvBOM starts every CSV file roo writes (not CSV on standard output).
// Excel, opening a .csv by double-click, reads it in the system's ANSI code
// page unless it starts with a UTF-8 byte order mark: without it "Arnés"
// shows as "ArnÃ©s" and "§" as "Â§". Spreadsheet tools, Python's csv with
// utf-8-sig, R and roo's own readers skip the mark; standard output stays
// without it for pipes into tools that do not.
const csvBOM = "\ufeff"

// writeOut writes the result to -o's file atomically, or to standard
// output. The file is checked not to be an input first. errPartial and
// errFailOn from write mean the result is complete: the file is kept and
// the error returned.
func writeOut(ios *iostreams.IOStreams, quiet bool, output string, inputs []string, write func(io.Writer) error) error {
	if output == "" {
		return write(ios.Out)
	}
	if err := atomicfile.CheckNotInput(output, inputs); err != nil {
		return err
	}
	var runErr error
	if err := atomicfile.Write(output, func(w io.Writer) error {
		if strings.EqualFold(filepath.Ext(output), ".csv") {
			if _, err := io.WriteString(w, csvBOM); err != nil {
				return err
			}
		}
		err := write(w)
		if errors.Is(err, errPartial) || errors.Is(err, errFailOn) {
			runErr = err
			return nil
		}
		return err
	}); err != nil {
		return err
	}
	if !quiet {
		fmt.Fprintf(ios.ErrOut, "roo: wrote %s\n", output)
	}
	return runErr
}
