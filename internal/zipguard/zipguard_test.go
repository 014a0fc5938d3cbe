package zipguard

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"testing"
)

func dir(files ...zip.FileHeader) *zip.Reader {
	zr := &zip.Reader{}
	for i := range files {
		zr.File = append(zr.File, &zip.File{FileHeader: files[i]})
	}
	return zr
}

// Each cap is checked on the declared sizes alone, naming the part.
func TestCheck(t *testing.T) {
	const mib = 1 << 20
	tests := []struct {
		name  string
		files []zip.FileHeader
		want  string
	}{
		{"a real workbook", []zip.FileHeader{{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate, UncompressedSize64: 57 * mib, CompressedSize64: 5 * mib}, {Name: "xl/sharedStrings.xml", Method: zip.Deflate, UncompressedSize64: 3 * mib, CompressedSize64: mib}}, ""},
		{"a padded part that is not a sheet", []zip.FileHeader{{Name: "xl/media/pad.bin", Method: zip.Store, UncompressedSize64: 1800 * mib, CompressedSize64: 1800 * mib}},
			"part xl/media/pad.bin declares 1800 MiB uncompressed, more than the 64 MiB roo allows for a part that is not a worksheet"},
		{"shared strings over their cap", []zip.FileHeader{{Name: "xl/sharedStrings.xml", Method: zip.Deflate, UncompressedSize64: 300 * mib, CompressedSize64: 2 * mib}},
			"part xl/sharedStrings.xml declares 300 MiB uncompressed, more than the 256 MiB roo allows for the shared strings"},
		{"a sheet over its cap", []zip.FileHeader{{Name: "xl/worksheets/sheet2.xml", Method: zip.Deflate, UncompressedSize64: 3 << 30, CompressedSize64: mib}},
			"part xl/worksheets/sheet2.xml declares 3 GiB uncompressed, more than the 1 GiB roo allows for a worksheet"},
		{"an absurd ratio", []zip.FileHeader{{Name: "xl/worksheets/sheet2.xml", Method: zip.Deflate, UncompressedSize64: 64 * mib, CompressedSize64: 64 << 10}},
			"part xl/worksheets/sheet2.xml is compressed 1024 to 1 (64 MiB from 64 KiB), beyond the 500 to 1 no real workbook part reaches"},
		{"over the total", []zip.FileHeader{
			{Name: "xl/worksheets/sheet1.xml", Method: zip.Deflate, UncompressedSize64: 1000 * mib, CompressedSize64: 100 * mib},
			{Name: "xl/worksheets/sheet2.xml", Method: zip.Deflate, UncompressedSize64: 1000 * mib, CompressedSize64: 100 * mib},
			{Name: "xl/worksheets/sheet3.xml", Method: zip.Deflate, UncompressedSize64: 1000 * mib, CompressedSize64: 100 * mib}},
			"declares more than 2 GiB uncompressed in all (reached at part xl/worksheets/sheet3.xml), which no bill of materials needs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(dir(tt.files...))
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("Check = %q\nwant    %q", got, tt.want)
			}
		})
	}
}

// A part that inflates past its declared size is an error, not more data.
func TestLimit(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("xl/worksheets/sheet1.xml")
	w.Write(bytes.Repeat([]byte("x"), 4096))
	zw.Close()
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	f := zr.File[0]
	f.UncompressedSize64 = 100 // the entry lies
	rc, err := f.Open()
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, Limit(rc, f))
	var ze *Error
	if !errors.As(err, &ze) || n != 100 || ze.Error() != "part xl/worksheets/sheet1.xml inflates to more than the size its zip entry declares" {
		t.Errorf("read %d bytes, err %v", n, err)
	}
}
