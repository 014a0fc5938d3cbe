package report

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/roo-trade/roo/tariffs"
)

// tariffCoverageJSON is the JSON form of roo tariff --coverage.
type tariffCoverageJSON struct {
	SchemaVersion int                        `json:"schema_version"`
	Schedule      tariffScheduleJSON         `json:"schedule"`
	Columns       []tariffCoverageColumnJSON `json:"columns"`
	TextRates     []tariffCoverageTextJSON   `json:"text_rates"`
}

type tariffCoverageColumnJSON struct {
	Column   string         `json:"column"`
	Rows     map[string]int `json:"rows"`
	Distinct map[string]int `json:"distinct"`
}

type tariffCoverageTextJSON struct {
	Text    string   `json:"text"`
	Class   string   `json:"class"`
	Columns []string `json:"columns"`
	Rows    int      `json:"rows"`
}

// TariffCoverageFormats are the formats of [PrintTariffCoverage].
var TariffCoverageFormats = []string{"table", "json", "jsonl"}

// PrintTariffCoverage reports how every rate text of a schedule parsed:
// "json" and "jsonl" list every text rate, any other format prints the
// table.
func PrintTariffCoverage(w io.Writer, s *tariffs.Schedule, format string) error {
	cov := s.RateCoverage()
	kinds := []tariffs.Kind{tariffs.Free, tariffs.AdValorem, tariffs.Specific, tariffs.Compound, tariffs.Text}
	out := tariffCoverageJSON{SchemaVersion: TariffSchemaVersion,
		Schedule: tariffScheduleJSON{Country: s.Country, Revision: s.Revision, Source: s.Source, Currency: s.Currency},
		Columns:  []tariffCoverageColumnJSON{}, TextRates: []tariffCoverageTextJSON{}}
	for _, col := range tariffs.Columns {
		cj := tariffCoverageColumnJSON{Column: string(col), Rows: map[string]int{}, Distinct: map[string]int{}}
		for _, k := range kinds {
			cj.Rows[k.String()], cj.Distinct[k.String()] = cov.Rows[col][k], cov.Distinct[col][k]
		}
		out.Columns = append(out.Columns, cj)
	}
	for _, u := range cov.TextRates {
		var cols []string
		for _, c := range u.Columns {
			cols = append(cols, string(c))
		}
		out.TextRates = append(out.TextRates, tariffCoverageTextJSON{Text: u.Text, Class: string(u.Class), Columns: cols, Rows: u.Rows})
	}
	if format == "json" || format == "jsonl" {
		return WriteJSON(w, out, format == "json")
	}
	fmt.Fprintf(w, "rate coverage of the %s\n\n", s.Name())
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "column\tfree\tad valorem\tspecific\tcompound\tparsed\ttext\t\n")
	for _, col := range tariffs.Columns {
		r := cov.Rows[col]
		parsed := r[tariffs.Free] + r[tariffs.AdValorem] + r[tariffs.Specific] + r[tariffs.Compound]
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t\n", col, r[tariffs.Free], r[tariffs.AdValorem], r[tariffs.Specific], r[tariffs.Compound], parsed, r[tariffs.Text])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	byClass := map[string][2]int{}
	for _, u := range cov.TextRates {
		c := byClass[string(u.Class)]
		byClass[string(u.Class)] = [2]int{c[0] + 1, c[1] + u.Rows}
	}
	classes := make([]string, 0, len(byClass))
	for c := range byClass {
		classes = append(classes, c)
	}
	sort.Strings(classes)
	fmt.Fprintf(w, "\n%d distinct text rates, kept verbatim and not priced:\n", len(cov.TextRates))
	for _, c := range classes {
		fmt.Fprintf(w, "  %-27s %3d distinct, %5d rows\n", c, byClass[c][0], byClass[c][1])
	}
	fmt.Fprintln(w, "\n(counts are rows of the schedule; --format json lists every text rate)")
	return nil
}
