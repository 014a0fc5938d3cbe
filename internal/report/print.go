package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSON writes v as one JSON value, indented or on one line, without
// HTML escaping (the output is read by programs and people, not browsers).
func WriteJSON(w io.Writer, v any, indent bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(v)
}

// unsupported is the error of a printer asked for a format it lacks; the
// commands register only the formats a printer has, so it means a bug.
func unsupported(what, format string, formats []string) error {
	return fmt.Errorf("%s cannot be printed as %q: the formats are %s", what, format, strings.Join(formats, ", "))
}
