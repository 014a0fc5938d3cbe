package workbook

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/origin"
)

// sheet is a sheet's rows for writeXLSX; a cell is a value, or a formula when
// it is a formula string.
type sheet struct {
	name string
	rows [][]any
}

type formula string

// rawNumber is written as a numeric cell with exactly this <v> text.
type rawNumber string

func writeXLSX(t *testing.T, name string, sheets ...sheet) string {
	t.Helper()
	f := excelize.NewFile()
	for i, s := range sheets {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", s.name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(s.name); err != nil {
			t.Fatal(err)
		}
		for r, row := range s.rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				var err error
				switch v := v.(type) {
				case formula:
					err = f.SetCellFormula(s.name, cell, string(v))
				case rawNumber:
					err = f.SetCellDefault(s.name, cell, string(v))
				case nil:
				default:
					err = f.SetCellValue(s.name, cell, v)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	path := filepath.Join(t.TempDir(), name)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	return path
}

var goodsHeader = []any{"Good ID", "Description", "HTS code", "Producer country", "Transaction value", "Net cost", "Currency", "Fact: cut and sewn"}
var bomHeader = []any{"Good ID", "Parent", "Part number", "Description", "HTS code", "Origin status", "Country of origin", "Quantity", "Unit cost", "Value", "Kind", "Certified until"}

func readOne(t *testing.T, path string, opts Options) *Workbook {
	t.Helper()
	wb, err := Read(path, nil, opts)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return wb
}

func TestReadCanonical(t *testing.T) {
	path := writeXLSX(t, "bom.xlsx",
		sheet{"Goods", [][]any{
			goodsHeader,
			{"BRK-1", "Brake caliper assembly", "8708.30.50", "MX", 120, nil, "USD", "no"},
			{"PSU-2", "Power supply", "8504.40.95", "US", rawNumber("45.5"), 40, nil, nil},
		}},
		sheet{"BOM", [][]any{
			{"Bill of materials, plant 3"}, // a title row before the header
			bomHeader,
			{"BRK-1", nil, "CAL", "Caliper housing", "8708.30", "originating", "MX", 1, nil, 30, "self-produced"},
			{"BRK-1", "CAL", "CAST", "Iron casting", "7325.99", "non-originating", "CN", 2, rawNumber("4.4000000000000004"), nil, nil},
			{"BRK-1", nil, "PAD", "Brake pad", "6813.81", "unknown", "DE", 4, 2.5, nil, nil},
			nil,
			{"PSU-2", nil, "XFMR", "Transformer", "8504.31", "originating", "US", 1, 10, nil, nil, "2030-12-31"},
		}},
	)
	wb := readOne(t, path, Options{})
	if len(wb.Goods) != 2 {
		t.Fatalf("goods = %d, problems %v", len(wb.Goods), wb.Problems)
	}
	for _, gi := range wb.Goods {
		if len(gi.Problems) > 0 {
			t.Errorf("good %s problems: %v", gi.Good.ID, gi.Problems)
		}
	}
	brk := wb.Goods[0].Good
	if brk.HTS != "87083050" || brk.ProducerCountry != "MX" || brk.ImportingCountry != "US" || brk.Currency != "USD" {
		t.Errorf("good fields: %+v", brk)
	}
	if !brk.TransactionValue.Decimal.Equal(decimal.NewFromInt(120)) || brk.NetCost.Valid {
		t.Errorf("values: TV %v NC %v", brk.TransactionValue, brk.NetCost)
	}
	if v, ok := brk.Facts["cut-and-sewn"]; !ok || v {
		t.Errorf("fact cut-and-sewn = %v, %v; want false, true", v, ok)
	}
	if len(brk.Materials) != 2 || len(brk.Materials[0].Children) != 1 {
		t.Fatalf("tree: %d roots", len(brk.Materials))
	}
	cast := brk.Materials[0].Children[0]
	if got := cast.Value.String(); got != "8.8" {
		t.Errorf("casting value = %s, want 8.8 (2 × 4.4 after 15-digit normalisation)", got)
	}
	if cast.Ref != "BOM row 4" {
		t.Errorf("ref = %q", cast.Ref)
	}
	if pad := brk.Materials[1]; pad.Origin != origin.UnknownOrigin || pad.Value.String() != "10" || pad.Country != "DE" {
		t.Errorf("pad: %+v", pad)
	}
	psu := wb.Goods[1].Good
	if psu.TransactionValue.Decimal.String() != "45.5" || psu.NetCost.Decimal.String() != "40" {
		t.Errorf("psu values %v %v", psu.TransactionValue, psu.NetCost)
	}
	if got := psu.Materials[0].CertifiedUntil.Format("2006-01-02"); got != "2030-12-31" {
		t.Errorf("certified until = %s", got)
	}
}

func TestReadFlatSpanish(t *testing.T) {
	path := writeXLSX(t, "erp.xlsx", sheet{"Exportación", [][]any{
		{"ID del producto", "Descripción del producto", "Fracción arancelaria del producto", "País productor", "Valor de transacción", "Número de parte", "Descripción", "Fracción arancelaria", "Estatus de origen", "País de origen", "Cantidad", "Costo unitario"},
		{"P-100", "Fuente de poder", "8504.40.95", "México", 50, "TR-1", "Transformador", "8504.31.40", "No originario", "CN", 1, 12},
		{"P-100", "Fuente de poder", "8504.40.95", "México", 50, "CAB-1", "Gabinete", "8504.90", "originario", "MX", 1, 8},
		{"P-200", "Cargador", "8504.40.85", "MX", 30, "PCB", "Tarjeta", "8534.00", "desconocido", "TW", 2, 3},
	}})
	wb := readOne(t, path, Options{})
	if len(wb.Goods) != 2 {
		t.Fatalf("goods = %d; problems %v", len(wb.Goods), wb.Problems)
	}
	g := wb.Goods[0]
	if len(g.Problems) > 0 {
		t.Fatalf("problems: %v", g.Problems)
	}
	if g.Good.ProducerCountry != "MX" || g.Good.HTS != "85044095" || g.Good.Description != "Fuente de poder" {
		t.Errorf("good: %+v", g.Good)
	}
	if len(g.Good.Materials) != 2 || g.Good.Materials[0].Origin != origin.NonOriginating || g.Good.Materials[0].HTS != "85043140" {
		t.Errorf("materials: %+v", g.Good.Materials[0])
	}
	if !strings.Contains(wb.Layout, "flat") {
		t.Errorf("layout %q", wb.Layout)
	}
}

func TestReadCSVFrenchSemicolonsWindows1252(t *testing.T) {
	content := "Identifiant;ignored\n" + // a title line that matches nothing
		"ID du produit;Numéro tarifaire du produit;Pays du producteur;Valeur transactionnelle;Numéro de pièce;Numéro tarifaire;Statut d'origine;Quantité;Coût unitaire\n" +
		"F-1;6109.10.00;CA;20;FIL;5205.11;non originaire;1;3.5\n"
	latin1 := []byte(strings.NewReplacer("é", "\xe9", "û", "\xfb", "ô", "\xf4").Replace(content))
	path := filepath.Join(t.TempDir(), "export.csv")
	if err := os.WriteFile(path, latin1, 0o644); err != nil {
		t.Fatal(err)
	}
	wb := readOne(t, path, Options{})
	if len(wb.Goods) != 1 || len(wb.Goods[0].Problems) > 0 {
		t.Fatalf("goods %d problems %v %v", len(wb.Goods), wb.Problems, wb.Goods)
	}
	m := wb.Goods[0].Good.Materials[0]
	if m.HTS != "520511" || m.Origin != origin.NonOriginating || m.Value.String() != "3.5" {
		t.Errorf("material %+v", m)
	}
}

func TestReadMap(t *testing.T) {
	path := writeXLSX(t, "odd.xlsx", sheet{"Data", [][]any{
		{"Good ID", "Finished Tariff", "Producer country", "Component", "Tariff No", "Origin status", "Value"},
		{"G", "9403.60", "US", "LEG", "4421.99", "non-originating", 5},
	}})
	m, err := ParseMap([]string{"Good HTS code=Finished Tariff", "HTS code=Tariff No"})
	if err != nil {
		t.Fatal(err)
	}
	wb := readOne(t, path, Options{Map: m})
	if len(wb.Goods) != 1 || len(wb.Goods[0].Problems) > 0 {
		t.Fatalf("goods %v problems %v", wb.Goods, wb.Problems)
	}
	g := wb.Goods[0].Good
	if g.HTS != "940360" || g.Materials[0].HTS != "442199" {
		t.Errorf("HTS good %s material %s", g.HTS, g.Materials[0].HTS)
	}
	if _, err := ParseMap([]string{"Colour=Farbe"}); err == nil || !strings.Contains(err.Error(), `"Colour" is not a roo column`) {
		t.Errorf("bad map error: %v", err)
	}
}

func TestNormalizeHeaders(t *testing.T) {
	for in, want := range map[string]string{
		"Fracción  arancelaria": "fraccionarancelaria",
		"HTS-Code":              "htscode",
		"Numéro tarifaire":      "numerotarifaire",
		"Part #":                "partno",
		" Origin_Status ":       "originstatus",
	} {
		if got := normalize(in); got != want {
			t.Errorf("normalize(%q) = %q, want %q", in, got, want)
		}
	}
	if got := FactKey(" Cut and Sewn (in territory)"); got != "cut-and-sewn-in-territory" {
		t.Errorf("FactKey = %q", got)
	}
}
