package report

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// countryTable is where the Portfolio sheet put the non-originating value
// by country, for the chart: categories in column 1, one column of values
// per currency from column 2, rows first..last, currency names in row
// header.
type countryTable struct {
	g                   *grid
	header, first, last int
	currencies          []string
}

// sharePlaces is the precision of a verdict's share of the goods.
const sharePlaces = 6

// writePortfolio writes the Portfolio sheet: verdict counts, duty totals
// by currency, the files read, and non-originating value by country.
func (x *XLSXWriter) writePortfolio(files []File, sum Summary) (countryTable, error) {
	if _, err := x.f.NewSheet(SheetPortfolio); err != nil {
		return countryTable{}, err
	}
	if err := printSetup(x.f, SheetPortfolio, -1); err != nil {
		return countryTable{}, err
	}
	st := x.st
	g := &grid{f: x.f, sheet: SheetPortfolio}
	g.widths(44, 14, 22, 20, 22, 16, 12, 12)

	g.text(1, 1, "USMCA origin report", st.title)
	made := "Made by roo " + x.opts.RooVersion
	if !x.opts.Created.IsZero() {
		made += " on " + x.opts.Created.Format(time.DateOnly)
	}
	g.text(1, 2, made+". One row per good on the Summary sheet, per material on Materials.", st.note)
	g.text(1, 3, "Amounts are shown to the cent; the exact figures are in roo's JSON output (--format json).", st.note)
	scenarioBanner(g, 4, sum.Scenario, st.section)

	row := 5
	g.text(1, row, "Verdicts", st.section)
	row++
	g.header(1, row, st.header, "Status")
	g.header(2, row, st.headerNum, "Goods", "Share")
	counts := []struct {
		status origin.Status
		n      int
	}{
		{origin.Qualifies, sum.Qualifies},
		{origin.DoesNotQualify, sum.DoesNotQualify},
		{origin.NeedsReview, sum.NeedsReview},
		{origin.StatusError, sum.Errors},
	}
	for _, c := range counts {
		row++
		g.text(1, row, string(c.status), st.statusStyle(string(c.status)))
		g.count(2, row, c.n, st.count)
		g.number(3, row, share(c.n, sum.Goods), st.share)
	}
	row++
	g.text(1, row, "all goods", st.label)
	g.count(2, row, sum.Goods, st.count)
	if sum.Selection != nil {
		row++
		g.text(1, row, fmt.Sprintf("The other sheets show %d of the %d goods (%s); these counts and totals cover every good.", sum.Selection.Shown, sum.Goods, sum.Selection.Filter), st.note)
	}

	row += 2
	g.text(1, row, "Duty a year, by currency", st.section)
	row++
	g.text(1, row, "Per-year figures count the goods with an annual volume; goods needing review are at stake until decided.", st.note)
	row++
	g.header(1, row, st.header, "Currency")
	g.header(2, row, st.headerNum, "Goods priced", "Paid (do not qualify)", "Saved (qualify)", "At stake (need review)", "Without volume", "Incomplete")
	if len(sum.Exposure) == 0 {
		row++
		g.text(1, row, "No good could be priced.", st.note)
	}
	for _, p := range sum.Exposure {
		row++
		g.text(1, row, p.Currency, 0)
		g.count(2, row, p.Goods, st.count)
		g.decimalText(3, row, p.DutyPerYear, st.money)
		g.decimalText(4, row, p.SavedPerYear, st.money)
		g.decimalText(5, row, p.AtStakePerYear, st.money)
		g.count(6, row, p.WithoutVolume, st.count)
		g.count(7, row, p.Incomplete, st.count)
	}

	row += 2
	g.text(1, row, "Files", st.section)
	row++
	g.header(1, row, st.header, "File")
	g.header(2, row, st.headerNum, "Goods", "Problems")
	g.header(4, row, st.header, "Layout")
	for _, fl := range files {
		row++
		g.text(1, row, fl.Name, 0)
		g.count(2, row, fl.Goods, st.count)
		g.count(3, row, len(fl.Problems), st.count)
		g.text(4, row, fl.Layout, 0)
	}

	row += 2
	g.text(1, row, "Certification campaign", st.section)
	row++
	g.text(1, row, "Suppliers whose certification of origin alone would make goods qualify, most duty a year first.", st.note)
	row++
	g.header(1, row, st.header, "Supplier")
	g.header(2, row, st.headerNum, "Goods")
	g.header(3, row, st.header, "Parts to certify", "Goods that would qualify", "Duty a year now")
	if len(sum.Campaign) == 0 {
		row++
		g.text(1, row, "No good would qualify by certificates alone.", st.note)
	}
	for _, c := range sum.Campaign {
		row++
		g.text(1, row, c.Supplier, 0)
		g.count(2, row, len(c.Goods), st.count)
		g.text(3, row, strings.Join(c.Parts, ", "), 0)
		g.text(4, row, strings.Join(c.Goods, ", "), 0)
		var duty []string
		for cur, v := range c.DutyPerYear {
			duty = append(duty, v+" "+cur)
		}
		sort.Strings(duty)
		g.text(5, row, strings.Join(duty, "; "), 0)
	}

	row += 2
	g.text(1, row, "Non-originating value by country of origin", st.section)
	row++
	g.text(1, row, "Value counted as non-originating (VNM) per unit of each good, summed over the goods; blank countries are shown as unknown.", st.note)
	row++
	ct := countryTable{g: g, header: row, currencies: x.countries.currencies}
	g.header(1, row, st.header, "Country of origin")
	g.header(2, row, st.headerNum, x.countries.currencies...)
	ct.first = row + 1
	rows := x.countries.rows()
	if len(rows) == 0 {
		row++
		g.text(1, row, "No material was counted as non-originating.", st.note)
	}
	for _, r := range rows {
		row++
		g.text(1, row, r.country, 0)
		for i, v := range r.values {
			g.number(2+i, row, v, st.money)
		}
	}
	ct.last = ct.first + len(rows) - 1

	row += 2
	g.text(1, row, "Abbreviations", st.section)
	for _, s := range []string{
		"TV: transaction-value method (UR §7(2)); NC: net-cost method (UR §7(3)).",
		"RVC: regional value content; VNM: value of non-originating materials; pts: percentage points.",
		"Margin: RVC minus threshold. Headroom: non-originating value that could still be added (negative: to remove).",
	} {
		row++
		g.text(1, row, s, 0)
	}
	if g.err != nil {
		return countryTable{}, fmt.Errorf("xlsx report: portfolio sheet: %w", g.err)
	}
	return ct, nil
}

// share is n out of total as a fraction, for a percentage format.
func share(n, total int) decimal.Decimal {
	if total == 0 {
		return decimal.Zero
	}
	return decimal.NewFromInt(int64(n)).DivRound(decimal.NewFromInt(int64(total)), sharePlaces)
}
