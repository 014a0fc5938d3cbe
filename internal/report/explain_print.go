package report

import (
	"io"

	"github.com/roo-trade/roo/origin"
)

// ExplainFormats are the formats roo explain prints in.
var ExplainFormats = []string{"table", "json"}

// PrintExplain renders one good's determination: "table" is the step-by-step
// explanation of [Explain]; "json" is the good as roo qualify's JSON has it,
// with the schema version.
func PrintExplain(w io.Writer, res origin.Result, g Good, format string) error {
	switch format {
	case "json":
		return WriteJSON(w, struct {
			SchemaVersion int `json:"schema_version"`
			Good
		}{SchemaVersion, g}, true)
	case "table":
		return Explain(newTerminalWriter(w, false), res, g)
	}
	return unsupported("an explanation", format, ExplainFormats)
}
