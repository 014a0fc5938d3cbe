package report

import (
	"bufio"
	"encoding/json"
	"io"
)

// JSONLWriter writes JSON Lines: one object per line, each with a "kind"
// ("good", then "file" per input, then one "summary") and the schema
// version, for batches too large for one document.
type JSONLWriter struct {
	w       *bufio.Writer
	enc     *json.Encoder
	version string
}

// NewJSONLWriter starts a JSON Lines stream.
func NewJSONLWriter(w io.Writer, rooVersion string) *JSONLWriter {
	bw := bufio.NewWriter(w)
	return &JSONLWriter{w: bw, enc: json.NewEncoder(bw), version: rooVersion}
}

type jsonlGood struct {
	Kind          string `json:"kind"`
	SchemaVersion int    `json:"schema_version"`
	Good
}

type jsonlFile struct {
	Kind          string `json:"kind"`
	SchemaVersion int    `json:"schema_version"`
	File
}

type jsonlSummary struct {
	Kind          string `json:"kind"`
	SchemaVersion int    `json:"schema_version"`
	RooVersion    string `json:"roo_version"`
	Summary
}

// Good writes one good as a line.
func (j *JSONLWriter) Good(g Good) error {
	return j.enc.Encode(jsonlGood{Kind: "good", SchemaVersion: SchemaVersion, Good: g})
}

// Close writes a line per file and the summary line.
func (j *JSONLWriter) Close(files []File, s Summary) error {
	for _, f := range files {
		if err := j.enc.Encode(jsonlFile{Kind: "file", SchemaVersion: SchemaVersion, File: f}); err != nil {
			return err
		}
	}
	if err := j.enc.Encode(jsonlSummary{Kind: "summary", SchemaVersion: SchemaVersion, RooVersion: j.version, Summary: s}); err != nil {
		return err
	}
	return j.w.Flush()
}
