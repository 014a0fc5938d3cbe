package report

import (
	"bytes"
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeCSV runs goods through a CSVWriter and parses the result back.
func writeCSV(t *testing.T, goods []Good) []map[string]string {
	t.Helper()
	var buf bytes.Buffer
	w := NewCSVWriter(&buf)
	for _, g := range goods {
		if err := w.Good(g); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(fixtureFiles(), fixtureSummary(goods)); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("output is not valid CSV: %v\n%s", err, buf.String())
	}
	if len(recs) != len(goods)+1 {
		t.Fatalf("got %d records, want a header and %d rows", len(recs), len(goods))
	}
	if strings.Join(recs[0], ",") != strings.Join(CSVHeader(), ",") {
		t.Fatalf("header = %v", recs[0])
	}
	var rows []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		rows = append(rows, m)
	}
	return rows
}

func TestCSVRows(t *testing.T) {
	rows := writeCSV(t, fixtureGoods())
	for _, tc := range []struct {
		row          int
		column, want string
	}{
		// Text that could run as a formula is quoted out.
		{0, "description", "'" + injectHyperlink},
		{1, "description", "'" + injectMinus},
		// Exact decimals, untouched: no rounding to cents, no grouping.
		{1, "duty_per_unit", "0.045"},
		{0, "saved_per_year", "25000.00"},
		{0, "rvc_transaction_value", "88.950000"},
		{0, "threshold_transaction_value", "60"},
		// A negative margin is a number, not a formula.
		{1, "margin_transaction_value", "-2.000000"},
		{1, "headroom_net_cost", "-0.20"},
		// Absent values are empty fields.
		{1, "duty_per_year", ""},
		{1, "criterion", ""},
		{2, "rvc_transaction_value", ""},
		{2, "vnm", ""},
		{3, "threshold_transaction_value", ""},
		{3, "rvc_net_cost", ""},
		// Exposure: priced or not, and why not.
		{0, "priced", "true"},
		{2, "priced", "false"},
		{3, "priced", "false"},
		{3, "tariff_line", ""},
		{3, "duty_note", "Canada's tariff schedule is missing"},
		{1, "tariff_line", "8544.30.00.00"},
		// Counts and the first reason.
		{1, "assumption_count", "1"},
		{2, "problem_count", "1"},
		{3, "missing_fact_count", "1"},
		{1, "first_reason", "RVC below the threshold by either method"},
		{2, "status", "error"},
		{3, "currency", "CAD"},
	} {
		if got := rows[tc.row][tc.column]; got != tc.want {
			t.Errorf("row %d (%s) %s = %q, want %q", tc.row, rows[tc.row]["good_id"], tc.column, got, tc.want)
		}
	}
}

func TestCSVHeaderWithoutGoods(t *testing.T) {
	var buf bytes.Buffer
	w := NewCSVWriter(&buf)
	if err := w.Close(nil, Summary{}); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), strings.Join(CSVHeader(), ",")+"\n"; got != want {
		t.Errorf("got %q, want only the header %q", got, want)
	}
}

func TestCSVSampleRowsAreWellFormed(t *testing.T) {
	goods, _ := sampleGoods(t)
	rows := writeCSV(t, goods)
	for i, r := range rows {
		if r["good_id"] != goods[i].GoodID || r["status"] != string(goods[i].Status) {
			t.Errorf("row %d = %s %s, want %s %s", i, r["good_id"], r["status"], goods[i].GoodID, goods[i].Status)
		}
		if r["vnm"] != deref(goods[i].VNM, "") {
			t.Errorf("row %d vnm = %q, want the JSON's %q", i, r["vnm"], deref(goods[i].VNM, ""))
		}
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestCSVWriteErrorIsReported(t *testing.T) {
	w := NewCSVWriter(failingWriter{})
	for _, g := range fixtureGoods() {
		_ = w.Good(g)
	}
	if err := w.Close(nil, Summary{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Close = %v, want the write error", err)
	}
}

// TestCSVColumnsDocumented checks that the README's Output section lists
// the CSV columns exactly, in order.
func TestCSVColumnsDocumented(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Skip("README.md not found:", err)
	}
	if !strings.Contains(string(readme), strings.Join(CSVHeader(), ",")) {
		t.Errorf("README.md does not list the CSV header:\n%s", strings.Join(CSVHeader(), ","))
	}
	src, err := os.ReadFile("csv.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range CSVHeader() {
		if !strings.Contains(string(src), "//\t"+h+" ") {
			t.Errorf("csv.go's doc comment does not describe column %s", h)
		}
	}
}
