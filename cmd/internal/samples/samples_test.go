package samples

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	wb "github.com/roo-trade/roo/cmd/internal/workbook"
)

// The committed sample workbooks are exactly what the code generates; if
// this fails, run go generate ./cmd/internal/samples and review the diff.
func TestSamplesAreGenerated(t *testing.T) {
	for _, s := range All() {
		var buf bytes.Buffer
		if err := Write(&buf, s); err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", s.File))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), committed) {
			t.Errorf("testdata/%s differs from what the sample code writes; run go generate ./cmd/internal/samples", s.File)
		}
	}
}

// The hostile inputs are what the code writes, except the encrypted
// workbook, whose encryption salt is random.
func TestHostileAreGenerated(t *testing.T) {
	for _, h := range Hostile() {
		if h.Name == "encrypted.xlsx" {
			continue
		}
		b, err := h.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		committed, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "hostile", h.Name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, committed) {
			t.Errorf("testdata/hostile/%s differs from what the code writes; run go generate ./cmd/internal/samples", h.Name)
		}
	}
}

// Every sample reads back without problems: the samples show roo working,
// not failing.
func TestSamplesReadCleanly(t *testing.T) {
	for _, s := range All() {
		path := filepath.Join("..", "..", "..", "testdata", s.File)
		w, err := wb.Read(path, nil, wb.Options{})
		if err != nil {
			t.Fatalf("%s: %v", s.File, err)
		}
		if len(w.Problems) > 0 {
			t.Errorf("%s: %v", s.File, w.Problems)
		}
		for _, g := range w.Goods {
			if len(g.Problems) > 0 {
				t.Errorf("%s %s: %v", s.File, g.Good.ID, g.Problems)
			}
			if len(g.Good.Materials) == 0 {
				t.Errorf("%s %s: no materials", s.File, g.Good.ID)
			}
		}
	}
}
