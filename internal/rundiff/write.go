package rundiff

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"

	"github.com/roo-trade/roo/internal/report"
)

// WriteTable prints the comparison for people.
func WriteTable(w io.Writer, r Result) error {
	if _, err := fmt.Fprintf(w, "%s%s → %s%s: %d added, %d removed, %d changed, %d unchanged\n", r.Old, scenarioNote(r.OldScenario), r.New, scenarioNote(r.NewScenario), r.Added, r.Removed, r.Changed, r.Unchanged); err != nil {
		return err
	}
	mark := map[Kind]string{Added: "+", Removed: "-", Changed: "~"}
	for _, c := range r.Changes {
		fmt.Fprintf(w, "%s %s (%s) %s\n", mark[c.Kind], c.GoodID, c.File, c.Kind)
		for _, f := range c.Fields {
			switch c.Kind {
			case Added:
				fmt.Fprintf(w, "    %s: %s\n", f.Name, orNone(f.New))
			case Removed:
				fmt.Fprintf(w, "    %s: %s\n", f.Name, orNone(f.Old))
			default:
				fmt.Fprintf(w, "    %s: %s → %s\n", f.Name, orNone(f.Old), orNone(f.New))
			}
		}
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// WriteJSON writes the comparison as one JSON document.
func WriteJSON(w io.Writer, r Result) error {
	doc := struct {
		SchemaVersion int `json:"schema_version"`
		Result
	}{report.SchemaVersion, r}
	for i := range doc.Changes {
		if doc.Changes[i].Fields == nil {
			doc.Changes[i].Fields = []Field{}
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// CSVHeader is the header of the CSV comparison: one row per changed
// figure (added and removed goods: one row per figure shown).
var CSVHeader = []string{"kind", "good_id", "file", "field", "old", "new"}

// WriteCSV writes the comparison as CSV, text made safe for spreadsheets.
func WriteCSV(w io.Writer, r Result) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, c := range r.Changes {
		rows := c.Fields
		if len(rows) == 0 {
			rows = []Field{{}}
		}
		for _, f := range rows {
			if err := cw.Write([]string{string(c.Kind), report.SafeText(c.GoodID), report.SafeText(c.File), f.Name, report.SafeText(f.Old), report.SafeText(f.New)}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

func scenarioNote(s string) string {
	if s == "" {
		return ""
	}
	return " (scenario " + s + ", not law)"
}
