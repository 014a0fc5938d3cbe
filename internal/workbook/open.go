package workbook

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Limits on what roo will open. A bill of materials of a million lines is
// about 60 MB as xlsx; these leave room while refusing zip bombs.
const (
	// MaxInputBytes bounds the size of an input file or of standard input.
	MaxInputBytes = 512 << 20
	// MaxUnzippedBytes bounds the total uncompressed size of an xlsx package.
	MaxUnzippedBytes = 2 << 30
)

// format is what an input really is, whatever its name says.
type format int

const (
	formatUnknown format = iota
	formatXLSX
	formatCSV
	formatXLS       // legacy BIFF workbook (an OLE compound file)
	formatEncrypted // OOXML encrypted with a password (also an OLE compound file)
)

var (
	zipMagic = []byte("PK\x03\x04")
	oleMagic = []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}
	// encryptedPackage is "EncryptedPackage" in UTF-16LE, the stream an
	// encrypted OOXML file carries inside its OLE container.
	encryptedPackage = []byte("E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e\x00")
)

// sniff decides the format from the first bytes of the content.
func sniff(head []byte) format {
	switch {
	case bytes.HasPrefix(head, zipMagic):
		return formatXLSX
	case bytes.HasPrefix(head, oleMagic):
		if bytes.Contains(head, encryptedPackage) {
			return formatEncrypted
		}
		return formatXLS
	case len(head) == 0:
		return formatUnknown
	}
	return formatCSV
}

// input is an opened input: its display name, real format and content.
type input struct {
	name   string
	format format
	// Exactly one of these is set: a file on disk or bytes read from stdin.
	path string
	data []byte
}

// openInput checks an input path ("-" for stdin) and finds what it really is.
func openInput(name string, stdin io.Reader) (*input, error) {
	if name == "-" {
		data, err := io.ReadAll(io.LimitReader(stdin, MaxInputBytes+1))
		if err != nil {
			return nil, fileErr("-", "cannot read standard input: "+err.Error(), "")
		}
		if len(data) > MaxInputBytes {
			return nil, fileErr("-", fmt.Sprintf("standard input is larger than %d MB", MaxInputBytes>>20), "pass the file by name instead")
		}
		in := &input{name: "<stdin>", data: data, format: sniff(headOf(data))}
		return in, checkFormat(in, "")
	}
	st, err := os.Stat(name)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fileErr(name, "no such file", "check the path; use - to read standard input")
		}
		return nil, fileErr(name, err.Error(), "")
	}
	if st.IsDir() {
		return nil, fileErr(name, "is a directory, not a workbook", "give the .xlsx or .csv files inside it, e.g. "+filepath.Join(name, "*.xlsx"))
	}
	if st.Size() > MaxInputBytes {
		return nil, fileErr(name, fmt.Sprintf("is %d MB, larger than the %d MB roo reads", st.Size()>>20, MaxInputBytes>>20), "split the workbook")
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fileErr(name, err.Error(), "")
	}
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	f.Close()
	in := &input{name: name, path: name, format: sniff(head[:n])}
	return in, checkFormat(in, strings.ToLower(filepath.Ext(name)))
}

func headOf(data []byte) []byte {
	if len(data) > 4096 {
		return data[:4096]
	}
	return data
}

// checkFormat refuses what roo cannot read, naming what the file really is.
func checkFormat(in *input, ext string) error {
	switch in.format {
	case formatUnknown:
		return fileErr(in.name, "is empty", "")
	case formatXLS:
		return fileErr(in.name, "is a legacy Excel 97–2003 workbook (.xls), which roo does not read", "open it in Excel or LibreOffice and save it as .xlsx (Excel Workbook)")
	case formatEncrypted:
		return fileErr(in.name, "is encrypted with a password", "open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and save it again")
	case formatXLSX:
		switch ext {
		case ".csv", ".txt", ".tsv":
			return fileErr(in.name, "is an Excel workbook (xlsx) but is named "+ext, "rename it to .xlsx")
		case ".ods", ".numbers":
			return fileErr(in.name, "is a "+ext+" spreadsheet, which roo does not read", "save it as .xlsx (Excel Workbook)")
		}
	case formatCSV:
		switch ext {
		case ".xlsx", ".xlsm":
			return fileErr(in.name, "is named "+ext+" but is not an Excel workbook (it is not a zip package; it looks like text)", "if it is a CSV export, rename it to .csv; if Excel made it, the file is damaged")
		case ".xls":
			return fileErr(in.name, "is named .xls but is text, not a legacy workbook", "rename it to .csv")
		case ".ods", ".numbers", ".pdf", ".json":
			return fileErr(in.name, "is a "+ext+" file, which roo does not read", "save it as .xlsx or .csv")
		}
	}
	return nil
}

func fileErr(name, msg, hint string) *FileError {
	return &FileError{Problem{Severity: SevError, File: name, Message: msg, Hint: hint}}
}
