package cmd

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/roo-trade/roo/cmd/internal/atomicfile"
	"github.com/roo-trade/roo/internal/certificate"
	"github.com/roo-trade/roo/internal/report"
)

// certOutput is one file the certification is written to, by format.
type certOutput struct {
	path   string
	format string // json, xlsx or pdf
}

// certFormats are the formats of --out-dir, in the order they are written.
var certFormats = []string{"json", "xlsx", "pdf"}

// certBaseName is the name of the files --out-dir writes.
const certBaseName = "usmca-certification"

// certifyFiles are the files roo certify writes with -o.
var certifyFiles = outputSpec{
	files:   []fileFormat{{".pdf", "pdf"}, {".xlsx", "xlsx"}, {".json", "json"}},
	notFile: "roo certify writes .pdf, .xlsx and .json files",
}

// certifyOutputs are the files to write: -o FILE by its extension, or all
// three formats into --out-dir; none means stdout. None may be an input.
func certifyOutputs(o *outputOptions, outDir string, inputs []string) ([]certOutput, error) {
	var outs []certOutput
	switch {
	case o.Output != "" && outDir != "":
		return nil, flagErrorf("give -o FILE or --out-dir DIR, not both")
	case o.Output != "":
		format, err := o.format(certifyFiles)
		if err != nil {
			return nil, err
		}
		outs = append(outs, certOutput{o.Output, format})
	case outDir != "":
		if st, err := os.Stat(outDir); err != nil || !st.IsDir() {
			return nil, withHint(fmt.Errorf("--out-dir %s is not a directory", outDir), "create it first; roo does not create directories")
		}
		for _, ext := range certFormats {
			outs = append(outs, certOutput{filepath.Join(outDir, certBaseName+"."+ext), ext})
		}
	}
	var ins []string
	for _, in := range inputs {
		if in != "" {
			ins = append(ins, in)
		}
	}
	for _, o := range outs {
		if err := atomicfile.CheckNotInput(o.path, ins); err != nil {
			return nil, err
		}
	}
	return outs, nil
}

// writeCertification prints the document, or renders every file in memory
// first (so a failure to render writes nothing) and then writes each
// atomically.
func writeCertification(opts *certifyOptions, doc certificate.Document, outs []certOutput) error {
	if len(outs) == 0 {
		if opts.Output.Format == "json" {
			return certificate.WriteJSON(opts.IO.Out, doc)
		}
		return certificate.WriteText(opts.IO.Out, doc)
	}
	fo := certificate.FileOptions{RooVersion: doc.RooVersion, Created: report.DocumentTime(time.Time{}, opts.Now())}
	bufs := make([]bytes.Buffer, len(outs))
	for i, o := range outs {
		var err error
		switch o.format {
		case "json":
			err = certificate.WriteJSON(&bufs[i], doc)
		case "xlsx":
			err = certificate.WriteXLSX(&bufs[i], doc.Certification, fo)
		case "pdf":
			err = certificate.WritePDF(&bufs[i], doc.Certification, fo)
		}
		if err != nil {
			return fmt.Errorf("cannot make %s: %w", o.path, err)
		}
	}
	for i, o := range outs {
		if err := atomicfile.Write(o.path, func(w io.Writer) error {
			_, err := w.Write(bufs[i].Bytes())
			return err
		}); err != nil {
			return err
		}
		if !opts.Global.Quiet {
			fmt.Fprintf(opts.IO.ErrOut, "roo: wrote %s\n", o.path)
		}
	}
	return nil
}
