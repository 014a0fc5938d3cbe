package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
)

// JSONWriter writes one JSON document, streaming the goods so that memory
// does not grow with their number.
type JSONWriter struct {
	w       *bufio.Writer
	version string
	n       int
	err     error
	// buf, enc and out are reused for every value: enc writes the compact
	// JSON to buf, and appendIndent lays it out in out (as MarshalIndent
	// would, at a fraction of the cost, without two new buffers the size of
	// the good each time).
	buf bytes.Buffer
	enc *json.Encoder
	out []byte
	// goods writes the goods themselves, without reflection.
	goods goodEncoder
}

// NewJSONWriter starts a document for the given roo version.
func NewJSONWriter(w io.Writer, rooVersion string) *JSONWriter {
	return &JSONWriter{w: bufio.NewWriter(w), version: rooVersion}
}

func (j *JSONWriter) write(s string) {
	if j.err == nil {
		_, j.err = j.w.WriteString(s)
	}
}

func (j *JSONWriter) value(v any, indent string) {
	if j.err != nil {
		return
	}
	if j.enc == nil {
		j.enc = json.NewEncoder(&j.buf)
	}
	j.buf.Reset()
	if err := j.enc.Encode(v); err != nil {
		j.err = err
		return
	}
	// Encode ends the value with a newline; the document places its own.
	j.out = appendIndent(j.out[:0], bytes.TrimSuffix(j.buf.Bytes(), []byte("\n")), indent, "  ")
	_, j.err = j.w.Write(j.out)
}

// Good writes one good.
func (j *JSONWriter) Good(g Good) error {
	if j.n == 0 {
		j.write("{\n  \"schema_version\": ")
		j.value(SchemaVersion, "")
		j.write(",\n  \"roo_version\": ")
		j.value(j.version, "")
		j.write(",\n  \"goods\": [\n    ")
	} else {
		j.write(",\n    ")
	}
	j.goods.reset("    ")
	j.goods.good(&g)
	if j.err == nil {
		j.err = j.goods.err
	}
	if j.err == nil {
		_, j.err = j.w.Write(j.goods.b)
	}
	j.n++
	return j.err
}

// Close writes the files and the summary and ends the document.
func (j *JSONWriter) Close(files []File, sum Summary) error {
	if j.n == 0 {
		j.write("{\n  \"schema_version\": ")
		j.value(SchemaVersion, "")
		j.write(",\n  \"roo_version\": ")
		j.value(j.version, "")
		j.write(",\n  \"goods\": [")
	} else {
		j.write("\n  ")
	}
	j.write("],\n  \"files\": ")
	if files == nil {
		files = []File{}
	}
	j.value(files, "  ")
	j.write(",\n  \"summary\": ")
	j.value(sum, "  ")
	j.write("\n}\n")
	if j.err != nil {
		return j.err
	}
	return j.w.Flush()
}
