package workbook

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/origin/auto"
)

var vehicleHeader = []any{"Good ID", "Part number", "Core part", "Part net cost", "VNM option", "LVC basis", "HWM", "HWLC", "LVC net cost",
	"APV", "TAPV", "R&D and IT wages", "Production wages", "Assembly plant", "Engine capacity", "Steel purchases", "Originating steel",
	"Aluminum purchases", "Originating aluminum", "Period from", "Period to", "New plant", "New plant date"}

func vehicleWorkbook(t *testing.T, rows ...[]any) string {
	t.Helper()
	return writeXLSX(t, "truck.xlsx",
		sheet{"Goods", [][]any{{"Good ID", "HTS code", "Producer country", "Net cost", "Vehicle use"}, {"LT-1", "8704.31.00", "MX", 30000, "light truck"}}},
		sheet{"BOM", [][]any{{"Good ID", "Part number", "HTS code", "Origin status", "Value", "Kind"},
			{"LT-1", "ENG-25", "8407.34.00", "originating", 4000, "self-produced"}}},
		sheet{"Vehicle", append([][]any{vehicleHeader}, rows...)})
}

// TestVehicleSheet reads a vehicle row and its Table A.2 part rows into the
// good's figures.
func TestVehicleSheet(t *testing.T) {
	path := vehicleWorkbook(t,
		[]any{"LT-1", nil, nil, nil, "components", "net cost", 11000, 2000, 30000, nil, nil, 120, 1000, "yes", 150000, 1000000, 720000, 400000, 300000, "2025-07-01", "2026-06-30"},
		[]any{"LT-1", "ENG-25", "engine", 4200},
		[]any{"LT-1", "TRIM-1", "none"})
	wb := readOne(t, path, Options{})
	if len(wb.Problems) > 0 || len(wb.Goods) != 1 || len(wb.Goods[0].Problems) > 0 {
		t.Fatalf("problems: %v %v", wb.Problems, wb.Goods[0].Problems)
	}
	if !strings.Contains(wb.Layout, `Vehicle sheet "Vehicle"`) {
		t.Errorf("layout %q does not name the Vehicle sheet", wb.Layout)
	}
	f := wb.Goods[0].Good.Vehicle
	if f == nil {
		t.Fatal("no vehicle figures")
	}
	eq := func(name string, got decimal.NullDecimal, want string) {
		t.Helper()
		if !got.Valid || got.Decimal.String() != want {
			t.Errorf("%s = %v, want %s", name, got, want)
		}
	}
	eq("HWM", f.LVC.HWM, "11000")
	eq("HWLC", f.LVC.HWLC, "2000")
	eq("LVC net cost", f.LVC.NetCost, "30000")
	eq("R&D wages", f.LVC.TechWages, "120")
	eq("production wages", f.LVC.ProductionWages, "1000")
	eq("steel", f.Steel.Total, "1000000")
	eq("originating steel", f.Steel.Originating, "720000")
	eq("aluminum", f.Aluminum.Total, "400000")
	eq("originating aluminum", f.Aluminum.Originating, "300000")
	if f.LVC.Basis != auto.NetCostBasis || f.Option != auto.OptionComponents {
		t.Errorf("basis %v, option %v", f.LVC.Basis, f.Option)
	}
	if a := f.LVC.Assembly; !a.Known || !a.Claimed || a.Capacity[auto.Engines].String() != "150000" {
		t.Errorf("assembly claim %+v", a)
	}
	if f.PeriodFrom.Format(time.DateOnly) != "2025-07-01" || f.PeriodTo.Format(time.DateOnly) != "2026-06-30" {
		t.Errorf("period %v to %v", f.PeriodFrom, f.PeriodTo)
	}
	if len(f.CoreParts) != 2 || f.CoreParts[0].Part != "Engines" || f.CoreParts[0].NetCost.Decimal.String() != "4200" || f.CoreParts[1].Part != "" {
		t.Errorf("core parts %+v", f.CoreParts)
	}
	if f.Ref != "Vehicle row 2" || f.CoreParts[0].Ref != "Vehicle row 3" {
		t.Errorf("refs %q %q", f.Ref, f.CoreParts[0].Ref)
	}
}

// TestVehicleSheetProblems: every problem names the sheet, row and column,
// and never stops the good from being read.
func TestVehicleSheetProblems(t *testing.T) {
	for _, tc := range []struct {
		name string
		rows [][]any
		want string
	}{
		{"an unknown core part", [][]any{{"LT-1", "ENG-25", "flux capacitor"}}, `sheet "Vehicle", row 2, column C (Core part): "flux capacitor" is not a Table A.2 part`},
		{"a part row without its core part", [][]any{{"LT-1", "ENG-25", nil, 4200}}, `sheet "Vehicle", row 2, column C (Core part): a part row needs its Core part`},
		{"two vehicle rows", [][]any{{"LT-1", nil, nil, nil, nil, nil, 1}, {"LT-1", nil, nil, nil, nil, nil, 2}}, `sheet "Vehicle", row 3: the vehicle "LT-1" already has its figures on row 2`},
		{"a good the Goods sheet lacks", [][]any{{"LT-9", nil, nil, nil, nil, nil, 1}}, `sheet "Vehicle", row 2: the Vehicle sheet names good "LT-9", which is not on the Goods sheet`},
		{"more originating steel than steel", [][]any{{"LT-1", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, 100, 101}}, `sheet "Vehicle", row 2, column Q (Originating steel): Originating steel 101 exceeds Steel purchases 100`},
		{"a period that ends before it starts", [][]any{{"LT-1", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "2026-06-30", "2025-07-01"}}, `sheet "Vehicle", row 2, column U (Period to): the period ends before it starts`},
		{"a capacity without the plant answer", [][]any{{"LT-1", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, 150000}}, `sheet "Vehicle", row 2, column O (Engine capacity): a plant capacity is given but Assembly plant is not answered`},
		{"a vehicle figure on a part row", [][]any{{"LT-1", "ENG-25", "engine", 4200, nil, nil, 11000}}, `sheet "Vehicle", row 2, column G (HWM): a part row does not use High-wage material (HWM)`},
		{"an unknown VNM option", [][]any{{"LT-1", nil, nil, nil, "most"}}, `sheet "Vehicle", row 2, column E (VNM option): "most" is not a VNM option`},
		{"an unknown new-plant claim", [][]any{{"LT-1", nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, nil, "maybe"}}, `sheet "Vehicle", row 2, column V (New plant): "maybe" is not a new-plant claim`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := vehicleWorkbook(t, tc.rows...)
			wb := readOne(t, path, Options{})
			if len(wb.Goods) != 1 {
				t.Fatalf("%d goods", len(wb.Goods))
			}
			got := strings.Join(problemsOf(wb, filepath.Dir(path)), "\n")
			if !strings.Contains(got, tc.want) {
				t.Errorf("problems do not say %q:\n%s", tc.want, got)
			}
		})
	}
}

// TestVehicleSheetFlat: a flat export's goods come with its BOM rows, after
// the Vehicle sheet; the figures wait for them.
func TestVehicleSheetFlat(t *testing.T) {
	path := writeXLSX(t, "flat.xlsx",
		sheet{"Export", [][]any{{"Good ID", "Good HTS code", "Producer country", "Net cost", "Vehicle use", "Part number", "HTS code", "Origin status", "Value"},
			{"LT-1", "8704.31.00", "MX", 30000, "light truck", "ENG-25", "8407.34.00", "originating", 4000}}},
		sheet{"Vehicle", [][]any{vehicleHeader, {"LT-1", nil, nil, nil, nil, nil, 11000}, {"LT-7", nil, nil, nil, nil, nil, 1}}})
	wb := readOne(t, path, Options{})
	if f := wb.Goods[0].Good.Vehicle; f == nil || f.LVC.HWM.Decimal.String() != "11000" {
		t.Fatalf("figures %+v", f)
	}
	if got := strings.Join(problemsOf(wb, filepath.Dir(path)), "\n"); !strings.Contains(got, `the Vehicle sheet names good "LT-7", which is not in the workbook`) {
		t.Errorf("the unmatched row is not reported:\n%s", got)
	}
}

// TestTemplateHasVehicleSheet: the template carries the Vehicle sheet with
// every column, and its instructions say how to fill it.
func TestTemplateHasVehicleSheet(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCanonical(&buf, Content{Guide: true}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "t.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("Vehicle")
	if err != nil || len(rows) == 0 {
		t.Fatalf("no Vehicle sheet: %v", err)
	}
	if len(rows[0]) != len(VehicleColumns) || rows[0][0] != "Good ID" || rows[0][2] != "Core part" {
		t.Errorf("Vehicle header %q", rows[0])
	}
	text, _ := f.GetRows("Instructions")
	var all []string
	for _, r := range text {
		all = append(all, strings.Join(r, " "))
	}
	if !strings.Contains(strings.Join(all, "\n"), "Vehicle sheet (optional") {
		t.Error("the instructions do not explain the Vehicle sheet")
	}
}

// A sheet called Vehicle that is not roo's is a warning, not a failure.
func TestForeignVehicleSheet(t *testing.T) {
	path := writeXLSX(t, "other.xlsx",
		sheet{"Goods", [][]any{{"Good ID", "HTS code", "Producer country"}, {"G", "8504.40.95", "US"}}},
		sheet{"BOM", [][]any{{"Good ID", "Part number", "HTS code", "Origin status", "Value"}, {"G", "P", "8504.31.40", "originating", 1}}},
		sheet{"Vehicle", [][]any{{"Fleet number", "Plate"}, {"12", "ABC-123"}}})
	wb := readOne(t, path, Options{})
	if len(wb.Goods) != 1 || wb.Goods[0].Failed() {
		t.Fatalf("goods %v", wb.Goods)
	}
	got := strings.Join(problemsOf(wb, filepath.Dir(path)), "\n")
	if !strings.Contains(got, "warning:") || !strings.Contains(got, "roo ignores the sheet") {
		t.Errorf("problems: %s", got)
	}
}
