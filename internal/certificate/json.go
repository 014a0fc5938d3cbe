package certificate

import (
	"encoding/json"
	"io"
)

// WriteJSON writes the document as indented JSON: fields in a fixed order,
// none omitted (absent values are null, absent lists []), so the same
// input gives the same bytes.
func WriteJSON(w io.Writer, d Document) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}
