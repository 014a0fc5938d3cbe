package samples

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	wb "github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/rules"
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

// TestLightTruckDetermination reads the light-truck sample as roo qualify
// does and checks the automotive determination a user sees: the truck
// meets every requirement of the appendix, its engine by counting only its
// Table A.2 components; the transmission is a core part short of 75%.
func TestLightTruckDetermination(t *testing.T) {
	w, err := wb.Read(filepath.Join("..", "..", "..", "testdata", "light-truck.xlsx"), nil, wb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rb, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]origin.Result{}
	for _, g := range w.Goods {
		got[g.Good.ID] = origin.Evaluate(g.Good, origin.Options{Rules: rb})
	}
	truck := got["LT-2500"]
	if truck.Status != origin.Qualifies {
		t.Fatalf("truck: %s: %v", truck.Status, truck.Reasons)
	}
	a := truck.Automotive
	if a == nil || a.Class != auto.LightTruck || a.CoreParts.Outcome != auto.Met || a.LVC.Outcome != auto.Met || a.Steel.Outcome != auto.Met || a.Aluminum.Outcome != auto.Met {
		t.Fatalf("truck's automotive result: %+v", a)
	}
	if len(a.CoreParts.Parts) != 8 {
		t.Errorf("%d Table A.2 parts, want the 8 the Vehicle sheet declares", len(a.CoreParts.Parts))
	}
	if p := a.CoreParts.Parts[0]; p.Part.Name != "ENG-25 (2.5 L gasoline engine)" || p.By != auto.OptionComponents {
		t.Errorf("engine: %+v", p)
	}
	for _, as := range truck.Assumptions {
		if as.Code == origin.AssumeCorePart {
			t.Errorf("the sample declares its Table A.2 parts, yet roo assumed one: %s", as.Message)
		}
	}
	tr := got["TRN-8F"]
	if tr.Status != origin.DoesNotQualify || tr.Automotive.Table != auto.TableA1 {
		t.Fatalf("transmission: %s, table %s: %v", tr.Status, tr.Automotive.Table, tr.Reasons)
	}
}
