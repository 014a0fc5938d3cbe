package rundiff

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/scenario"
	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// runOf evaluates the light-truck sample on 2026-11-27, under a scenario
// when sc is given, and returns its JSON result as roo qualify writes it.
func runOf(t *testing.T, sc string, drop string) []byte {
	t.Helper()
	base, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	wb, err := workbook.Read(filepath.Join("..", "..", "testdata", "light-truck.xlsx"), nil, workbook.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var s *scenario.Scenario
	if sc != "" {
		if s, err = scenario.Read(strings.NewReader(sc), "proposal.csv"); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	jw := report.NewJSONWriter(&buf, "test")
	for _, gi := range wb.Goods {
		if gi.Good.ID == drop {
			continue
		}
		res := origin.Evaluate(gi.Good, origin.Options{Rules: base, AsOf: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)})
		var out *scenario.Outcome
		if s != nil {
			o := s.Apply(&res)
			out = &o
		}
		g := report.FromResult("light-truck.xlsx", res, gi.Problems)
		if out != nil {
			g.Scenario = report.ScenarioOf(*out)
		}
		if err := jw.Good(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := jw.Close(nil, report.Summary{}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n%s", name, got)
	}
}

// TestScenarioFlipReportedByDiff: the law's run against a scenario run that
// sets the 8704 RVC threshold to 90%: the light truck (RVC 86.5% by net
// cost) no longer qualifies, and the diff says so with old and new values.
func TestScenarioFlipReportedByDiff(t *testing.T) {
	law := runOf(t, "", "")
	proposal := runOf(t, "change,hts_prefix,value,from,label\nrvc-set,8704,90,2026-07-01,trucks to 90%\n", "")
	oldRun, err := Read(bytes.NewReader(law), "law.json")
	if err != nil {
		t.Fatal(err)
	}
	newRun, err := Read(bytes.NewReader(proposal), "scenario.json")
	if err != nil {
		t.Fatal(err)
	}
	r := Compare(oldRun, newRun)
	if r.Changed != 1 || r.Added != 0 || r.Removed != 0 || r.Unchanged != 1 {
		t.Fatalf("counts %+v", r)
	}
	c := r.Changes[0]
	got := map[string]Field{}
	for _, f := range c.Fields {
		got[f.Name] = f
	}
	if c.GoodID != "LT-2500" || got["status"].Old != "qualifies" || got["status"].New != "does-not-qualify" || r.NewScenario != "proposal.csv" || got["criterion"].Old != "B" {
		t.Errorf("change %+v", c)
	}
	for _, w := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"flip.table.golden", func(b *bytes.Buffer) error { return WriteTable(b, r) }},
		{"flip.json.golden", func(b *bytes.Buffer) error { return WriteJSON(b, r) }},
		{"flip.csv.golden", func(b *bytes.Buffer) error { return WriteCSV(b, r) }},
	} {
		var b bytes.Buffer
		if err := w.write(&b); err != nil {
			t.Fatal(err)
		}
		golden(t, w.name, b.Bytes())
	}
}

func TestAddedAndRemoved(t *testing.T) {
	full, _ := Read(bytes.NewReader(runOf(t, "", "")), "a.json")
	noTrans, _ := Read(bytes.NewReader(runOf(t, "", "TRN-8F")), "b.json")
	r := Compare(full, noTrans)
	if r.Removed != 1 || r.Changes[0].GoodID != "TRN-8F" || r.Changes[0].Kind != Removed {
		t.Errorf("removed: %+v", r)
	}
	r = Compare(noTrans, full)
	if r.Added != 1 || r.Changes[0].Kind != Added || !r.Any() {
		t.Errorf("added: %+v", r)
	}
	if r := Compare(full, full); r.Any() || r.Unchanged != 2 {
		t.Errorf("same run: %+v", r)
	}
}

func TestReadRefusesOtherFiles(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", "empty"},
		{"Good ID,HTS\n", "not a JSON result"},
		{`{"goods": []}`, "no schema_version"},
		{`{"schema_version": 99, "goods": []}`, "schema_version 99"},
	} {
		_, err := Read(strings.NewReader(tt.in), "x.json")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.in, err, tt.want)
		}
	}
}
