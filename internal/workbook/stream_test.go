package workbook

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin"
)

// goodsSummary is "ID:lines" per good, in the order handed out, counting
// every line of the material tree.
func goodsSummary(wb *Workbook) string {
	var count func([]*origin.Material) int
	count = func(ms []*origin.Material) int {
		n := len(ms)
		for _, m := range ms {
			n += count(m.Children)
		}
		return n
	}
	var parts []string
	for _, g := range wb.Goods {
		parts = append(parts, g.Good.ID+":"+strconv.Itoa(count(g.Good.Materials)))
	}
	return strings.Join(parts, " ")
}

func TestStreamTogetherAndScattered(t *testing.T) {
	goods := sheet{"Goods", [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}, {"G2", "B", "8479.89", "US", 10}, {"G3", "C", "8479.89", "US", 10}}}
	line := func(g, p string) []any { return []any{g, nil, p, "x", "8483.10", "originating", "US", 1, 1} }
	together := writeXLSX(t, "together.xlsx", goods, sheet{"BOM", [][]any{bomHeader, line("G2", "a"), line("G2", "b"), line("G1", "c")}})
	scattered := writeXLSX(t, "scattered.xlsx", goods, sheet{"BOM", [][]any{bomHeader, line("G2", "a"), line("G1", "c"), line("G2", "b")}})

	wb := readOne(t, together, Options{})
	if wb.Regrouped || len(wb.Problems) > 0 {
		t.Errorf("together: regrouped %v, problems %v", wb.Regrouped, wb.Problems)
	}
	// Goods come in the order their lines appear, then those without lines.
	if got := goodsSummary(wb); got != "G2:2 G1:1 G3:0" {
		t.Errorf("together: %s", got)
	}

	wb = readOne(t, scattered, Options{})
	if !wb.Regrouped {
		t.Error("scattered lines must be regrouped")
	}
	if got := goodsSummary(wb); got != "G2:2 G1:1 G3:0" {
		t.Errorf("scattered: %s (a good must keep all its lines)", got)
	}
	want := `warning: scattered.xlsx, sheet "BOM", row 4: the BOM lines of good "G2" are not together (they resume at row 4), so roo regroups the sheet's rows through a temporary file before evaluating them | hint: sort the export by Good ID to let roo stream it good by good; the results are the same either way`
	if got := strings.Join(problemsOf(wb, filepath.Dir(scattered)), "\n"); got != want {
		t.Errorf("problems:\n%s\nwant:\n%s", got, want)
	}
}

func TestStreamCSVScattered(t *testing.T) {
	csv := "Good ID,Good HTS code,Producer country,Part number,HTS code,Origin status,Value\n" +
		"A,9403.60,US,p1,4421.99,originating,1\n" +
		"B,9403.60,US,p2,4421.99,originating,1\n" +
		"A,9403.60,US,p3,4421.99,originating,1\n"
	path := filepath.Join(t.TempDir(), "x.csv")
	os.WriteFile(path, []byte(csv), 0o644)
	wb := readOne(t, path, Options{})
	if !wb.Regrouped || goodsSummary(wb) != "A:2 B:1" {
		t.Errorf("regrouped %v, goods %s", wb.Regrouped, goodsSummary(wb))
	}
}

// A scattered sheet is regrouped through a temporary file: each good gets
// its lines in sheet order, problems keep their real row numbers, a good is
// handed out as soon as its last line is replayed, and the temporary file
// is gone afterwards.
func TestStreamRegroupsScatteredLines(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	goods := sheet{"Goods", [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}, {"G2", "B", "8479.89", "US", 10}}}
	line := func(g, p string, cost any) []any {
		return []any{g, nil, p, "x", "8483.10", "originating", "US", 1, cost}
	}
	path := writeXLSX(t, "scattered.xlsx", goods, sheet{"BOM", [][]any{bomHeader,
		line("G1", "a", 1), line("G2", "b", 2), line("G1", "c", "oops"), line("G2", "d", 4), line("G1", "e", 5)}})
	var order []string
	info, err := Stream(path, nil, Options{}, func(g *GoodInput) error {
		var parts []string
		for _, m := range g.Good.Materials {
			parts = append(parts, m.PartNumber)
		}
		var rows []string
		for _, p := range g.Problems {
			rows = append(rows, strconv.Itoa(p.Row)+":"+p.Column)
		}
		order = append(order, g.Good.ID+"="+strings.Join(parts, ",")+" problems "+strings.Join(rows, ","))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if !info.Regrouped {
		t.Error("the lines are scattered: the file info must say they were regrouped")
	}
	if got, want := strings.Join(order, "; "), "G1=a,c,e problems 4:I; G2=b,d problems "; got != want {
		t.Errorf("goods handed out:\n%s\nwant:\n%s", got, want)
	}
	left, _ := filepath.Glob(filepath.Join(tmp, "roo-bom-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// Streaming hands a good out before the rest of the sheet is read: the
// callback sees the first good while later goods are still unread.
func TestStreamHandsOutEarly(t *testing.T) {
	goods := sheet{"Goods", [][]any{goodsHeader, {"G1", "A", "8479.89", "US", 10}, {"G2", "B", "8479.89", "US", 10}}}
	path := writeXLSX(t, "s.xlsx", goods, sheet{"BOM", [][]any{bomHeader,
		{"G1", nil, "a", "x", "8483.10", "originating", "US", 1, 1},
		{"G2", nil, "b", "x", "8483.10", "originating", "US", 1, "oops"}}})
	var seen []string
	_, err := Stream(path, nil, Options{}, func(g *GoodInput) error {
		seen = append(seen, g.Good.ID)
		if g.Good.ID == "G1" {
			return errStop
		}
		return nil
	})
	if err != errStop || strings.Join(seen, ",") != "G1" {
		t.Errorf("err %v, seen %v: the callback's error must stop the reading", err, seen)
	}
}

type stopErr struct{}

func (stopErr) Error() string { return "stop" }

var errStop error = stopErr{}
