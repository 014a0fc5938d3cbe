package xlsxzip

import (
	"archive/zip"
	"bytes"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCRC32Combine(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range [][2]int{{0, 0}, {0, 5}, {5, 0}, {1, 1}, {3, 1000}, {70000, 3}, {1 << 20, 12345}} {
		a, b := make([]byte, n[0]), make([]byte, n[1])
		for i := range a {
			a[i] = byte(rng.Uint32())
		}
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		want := crc32.ChecksumIEEE(append(slices.Clone(a), b...))
		if got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != want {
			t.Errorf("lengths %v: combined CRC %08x, want %08x", n, got, want)
		}
	}
}

func FuzzCRC32Combine(f *testing.F) {
	f.Add([]byte("<sheetData>"), []byte("<row/>"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		want := crc32.ChecksumIEEE(append(slices.Clone(a), b...))
		if got := crc32Combine(crc32.ChecksumIEEE(a), crc32.ChecksumIEEE(b), int64(len(b))); got != want {
			t.Fatalf("combined CRC %08x, want %08x", got, want)
		}
	})
}

// readZip returns the parts of a package in their order, checking every
// CRC (archive/zip fails a read whose CRC does not match).
func readZip(t *testing.T, b []byte) (names []string, parts map[string]string) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts = map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		names = append(names, f.Name)
		parts[f.Name] = string(data)
	}
	return names, parts
}

func writePart(t *testing.T, w *Writer, name, content string) {
	t.Helper()
	pw, err := w.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(pw, content); err != nil {
		t.Fatal(err)
	}
}

// TestInsertion writes a sheet's rows before the sheet, interleaved with
// another sheet's, as the report does, with enough rows that the spool goes
// to a temporary file; the package reads back with every part whole, in
// order, and the temporary file is gone.
func TestInsertion(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	defer func(n int) { spoolMemory = n }(spoolMemory)
	spoolMemory = 64 << 10
	var out bytes.Buffer
	w := New(&out)
	a, err := w.InsertBefore("xl/worksheets/sheet2.xml", "</sheetData>")
	if err != nil {
		t.Fatal(err)
	}
	b, err := w.InsertBefore("xl/worksheets/sheet3.xml", "</sheetData>")
	if err != nil {
		t.Fatal(err)
	}
	var wantA, wantB strings.Builder
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 200000 {
		row := "<row r=\"" + strings.Repeat("x", i%7) + "\"><v>" + string(rune('0'+rng.IntN(10))) + "</v>" + string(rune('a'+rng.IntN(26))) + "</row>"
		in, want := a, &wantA
		if i%3 == 0 {
			in, want = b, &wantB
		}
		if _, err := io.WriteString(in, row); err != nil {
			t.Fatal(err)
		}
		want.WriteString(row)
	}
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if w.sp.file == nil {
		t.Fatalf("spool of %d bytes stayed in memory", w.sp.size)
	}
	// excelize writes the parts in any order; the sheet parts hold the
	// header row and end with the closing tags.
	writePart(t, w, "xl/worksheets/sheet3.xml", `<worksheet><sheetData><row r="1"/></sheetData><tableParts/></worksheet>`)
	writePart(t, w, "[Content_Types].xml", `<Types><Override PartName="/b"/><Override PartName="/a"/></Types>`)
	writePart(t, w, "xl/worksheets/sheet2.xml", `<worksheet><sheetData></sheetData></worksheet>`)
	writePart(t, w, "docProps/app.xml", strings.Repeat("<app/>", 1000))
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	names, parts := readZip(t, out.Bytes())
	if want := []string{"[Content_Types].xml", "docProps/app.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"}; !slices.Equal(names, want) {
		t.Errorf("parts %q, want %q", names, want)
	}
	if got, want := parts["xl/worksheets/sheet2.xml"], "<worksheet><sheetData>"+wantA.String()+"</sheetData></worksheet>"; got != want {
		t.Errorf("sheet2: %d bytes, want %d", len(got), len(want))
	}
	if got, want := parts["xl/worksheets/sheet3.xml"], `<worksheet><sheetData><row r="1"/>`+wantB.String()+"</sheetData><tableParts/></worksheet>"; got != want {
		t.Errorf("sheet3: %d bytes, want %d", len(got), len(want))
	}
	if got, want := parts["[Content_Types].xml"], `<Types><Override PartName="/a"/><Override PartName="/b"/></Types>`; got != want {
		t.Errorf("content types %q, want %q", got, want)
	}
	if left, _ := filepath.Glob(filepath.Join(tmp, "*")); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
}

// TestInsertionNeverDropped: content written ahead of a part that never
// comes, or that lacks the marker, fails the package instead of vanishing.
func TestInsertionNeverDropped(t *testing.T) {
	for _, tc := range []struct{ name, part, want string }{
		{"no part", "", "no part xl/worksheets/sheet9.xml"},
		{"no marker", "<worksheet><sheetData/></worksheet>", "has no </sheetData>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := New(io.Discard)
			in, err := w.InsertBefore("xl/worksheets/sheet9.xml", "</sheetData>")
			if err != nil {
				t.Fatal(err)
			}
			io.WriteString(in, "<row/>")
			if tc.part != "" {
				writePart(t, w, "xl/worksheets/sheet9.xml", tc.part)
			}
			if err := w.Close(); err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Close = %v, want an error saying %q", err, tc.want)
			}
		})
	}
	w := New(io.Discard)
	writePart(t, w, "a.xml", "<a/>")
	if _, err := w.InsertBefore("a.xml", "</a>"); err == nil {
		t.Error("InsertBefore a part already written succeeded")
	}
}

// TestSameBytes: the same parts in another order make the same package.
func TestSameBytes(t *testing.T) {
	build := func(order []int) []byte {
		var out bytes.Buffer
		w := New(&out)
		in, _ := w.InsertBefore("s.xml", "</d>")
		io.WriteString(in, strings.Repeat("<r/>", 500))
		parts := [][2]string{{"s.xml", "<d></d>"}, {"b.xml", "<b/>"}, {"a.xml", "<a/>"}}
		for _, i := range order {
			writePart(t, w, parts[i][0], parts[i][1])
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	if !bytes.Equal(build([]int{0, 1, 2}), build([]int{2, 0, 1})) {
		t.Error("the same parts in another order made different bytes")
	}
}
