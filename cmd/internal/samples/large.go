package samples

import (
	"fmt"
	"io"
	"math/rand/v2"

	"github.com/xuri/excelize/v2"

	wb "github.com/roo-trade/roo/internal/workbook"
)

// LargeOptions shapes a generated portfolio workbook.
type LargeOptions struct {
	Goods        int    // finished goods
	LinesPerGood int    // BOM lines per good
	Seed         uint64 // the same seed gives the same workbook
	// Shuffled scatters each good's BOM lines across the sheet instead of
	// keeping them together, as some exports do.
	Shuffled bool
	// Excel lays the package out as Excel saves it: shared strings and a
	// styles part with number formats, rather than inline strings.
	Excel bool
}

// largeCodes are realistic material codes for generated BOMs.
var largeCodes = []string{"7318.15.80", "8708.99.81", "8544.42.90", "3926.90.99", "7616.99.51", "8536.90.40", "8542.39.00", "4016.93.50", "8483.10.30", "7326.90.86", "8501.31.40", "3917.32.00"}

// largeGoodCodes are realistic finished-good codes.
var largeGoodCodes = []string{"8708.30.50", "8708.99.81", "8504.40.95", "8544.30.00", "8483.40.50", "9403.20.00", "8414.59.65", "8537.10.91"}

var largeCountries = []string{"US", "MX", "CA", "CN", "DE", "JP", "KR", "TW", "VN", "IN"}

// WriteLarge writes a two-sheet workbook of many goods with multi-level
// BOMs and mixed origins, streaming so that it can hold a million lines.
// Amounts are written as numbers with two decimals, as Excel stores them.
// With o.Excel the package is laid out as Excel saves it (shared strings,
// a styles part, number formats); otherwise it is excelize's streaming
// writer's, with inline strings.
func WriteLarge(w io.Writer, o LargeOptions) error {
	if o.Excel {
		return writeExcelLike(w, o)
	}
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Goods"); err != nil {
		return err
	}
	if _, err := f.NewSheet("BOM"); err != nil {
		return err
	}
	var sw *excelize.StreamWriter
	var n int
	err := largeRows(o, func(sheet string) error {
		if sw != nil {
			if err := sw.Flush(); err != nil {
				return err
			}
		}
		var err error
		sw, err = f.NewStreamWriter(sheet)
		n = 0
		return err
	}, func(row []any) error {
		n++
		cell, _ := excelize.CoordinatesToCellName(1, n)
		return sw.SetRow(cell, row)
	})
	if err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	return f.Write(w)
}

// largeBOMColumns are the columns of the generated BOM sheet.
var largeBOMColumns = []wb.Col{wb.ColGoodID, wb.ColParent, wb.ColPartNumber, wb.ColDescription, wb.ColHTS, wb.ColOriginStatus, wb.ColCountry, wb.ColQuantity, wb.ColUnitCost, wb.ColKind, wb.ColSupplier}

// largeRows generates the rows of the workbook: sheet is called before
// each sheet's rows, its header first. A nil cell is an empty one; amounts
// are float64, counts int.
func largeRows(o LargeOptions, sheet func(name string) error, row func([]any) error) error {
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	if err := sheet("Goods"); err != nil {
		return err
	}
	if err := row(headerCells(wb.GoodsColumns[:10])); err != nil {
		return err
	}
	for i := 0; i < o.Goods; i++ {
		tv := 50 + rng.IntN(40000)
		r := []any{goodID(i), fmt.Sprintf("Generated good %d", i), pick(rng, largeGoodCodes), pick(rng, []string{"US", "MX", "CA"}), "US",
			cents(int64(tv) * 100), nil, cents(int64(tv) * 85), cents(int64(tv)), cents(int64(tv) / 2)}
		if err := row(r); err != nil {
			return err
		}
	}
	if err := sheet("BOM"); err != nil {
		return err
	}
	if err := row(headerCells(largeBOMColumns)); err != nil {
		return err
	}
	type line struct{ good, n int }
	var order []line
	for g := 0; g < o.Goods; g++ {
		for n := 0; n < o.LinesPerGood; n++ {
			order = append(order, line{g, n})
		}
	}
	if o.Shuffled {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
	}
	statuses := []string{"originating", "originating", "non-originating", "unknown"}
	for _, l := range order {
		// Each line draws from its own generator, so a shuffled workbook
		// holds the same lines as the sorted one of the same seed.
		rng := rand.New(rand.NewPCG(o.Seed^uint64(l.good)<<20, uint64(l.n)))
		parent, kind := "", ""
		switch {
		case l.n%10 == 0:
			kind = "self-produced" // a sub-assembly; the next lines go into it
		case l.n%10 <= 3:
			parent = fmt.Sprintf("P%d", l.n-l.n%10)
		}
		r := []any{goodID(l.good), parent, fmt.Sprintf("P%d", l.n), "Generated part", pick(rng, largeCodes), pick(rng, statuses),
			pick(rng, largeCountries), 1 + rng.IntN(4), cents(int64(1 + rng.IntN(5000))), kind, fmt.Sprintf("Supplier %d", rng.IntN(200))}
		if err := row(r); err != nil {
			return err
		}
	}
	return nil
}

func goodID(i int) string { return fmt.Sprintf("G%06d", i) }

func pick(rng *rand.Rand, s []string) string { return s[rng.IntN(len(s))] }

// cents turns an amount in cents into the number Excel would store.
func cents(c int64) float64 { return float64(c) / 100 }

func headerCells(cols []wb.Col) []any {
	out := make([]any, len(cols))
	for i, c := range cols {
		out[i] = c.Name()
	}
	return out
}
