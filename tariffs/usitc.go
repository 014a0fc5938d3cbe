package tariffs

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// The columns of the USITC "Export to CSV" of the HTS.
var usitcCSVColumns = []string{
	"HTS Number", "Indent", "Description", "Unit of Quantity",
	"General Rate of Duty", "Special Rate of Duty", "Column 2 Rate of Duty",
}

// usitcJSONRow is one element of the USITC "Export to JSON" array.
type usitcJSONRow struct {
	HTSNo       string   `json:"htsno"`
	Indent      string   `json:"indent"`
	Description string   `json:"description"`
	Units       []string `json:"units"`
	General     string   `json:"general"`
	Special     string   `json:"special"`
	Other       string   `json:"other"`
	Footnotes   []struct {
		Columns []string `json:"columns"`
		Value   string   `json:"value"`
	} `json:"footnotes"`
}

// ReadUSITC reads a US schedule exported from the USITC HTS site, in either
// of its formats: "Export to CSV" (HTS Number, Indent, Description, Unit of
// Quantity, General/Special/Column 2 Rate of Duty, …) or "Export to JSON"
// (an array of {htsno, indent, description, units, general, special, other,
// footnotes}). The format is told by the content. name is the file name; the
// revision is taken from it when it reads like "hts-2025-revision-25".
func ReadUSITC(r io.Reader, name string) (*Schedule, error) {
	br := bufio.NewReader(r)
	if err := skipBOM(br); err != nil {
		return nil, err
	}
	first, err := peekNonSpace(br)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var recs []Record
	if first == '[' {
		recs, err = readUSITCJSON(br)
	} else {
		recs, err = readUSITCCSV(br)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return FromRecords(usHeader(name), recs)
}

// LoadUSITC reads a USITC export from fsys: a CSV or JSON file, or a
// directory of per-chapter JSON files (1.json … 99.json), read in chapter
// order.
func LoadUSITC(fsys fs.FS, name string) (*Schedule, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		return ReadUSITC(f, path.Base(name))
	}
	ents, err := fs.ReadDir(fsys, name)
	if err != nil {
		return nil, err
	}
	type chap struct {
		n    int
		name string
	}
	var chs []chap
	for _, e := range ents {
		base, ok := strings.CutSuffix(e.Name(), ".json")
		if n, err := strconv.Atoi(base); ok && err == nil && !e.IsDir() {
			chs = append(chs, chap{n, e.Name()})
		}
	}
	if len(chs) == 0 {
		return nil, fmt.Errorf("%s: no chapter files (1.json … 99.json) in the directory", name)
	}
	sort.Slice(chs, func(a, b int) bool { return chs[a].n < chs[b].n })
	var recs []Record
	for _, c := range chs {
		data, err := fs.ReadFile(fsys, path.Join(name, c.name))
		if err != nil {
			return nil, err
		}
		rs, err := readUSITCJSON(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path.Join(name, c.name), err)
		}
		recs = append(recs, rs...)
	}
	return FromRecords(usHeader(path.Base(name)), recs)
}

var reRevision = regexp.MustCompile(`(?i)(\d{4})\D{0,12}?rev(?:ision)?\D{0,3}(\d+)`)

func usHeader(name string) Header {
	h := Header{Country: "US", Currency: "USD", Source: name}
	if m := reRevision.FindStringSubmatch(name); m != nil {
		h.Revision = fmt.Sprintf("%s HTS Revision %s", m[1], m[2])
	}
	return h
}

func skipBOM(br *bufio.Reader) error {
	b, err := br.Peek(3)
	if err == nil && string(b) == "\uFEFF" {
		_, err = br.Discard(3)
		return err
	}
	return nil
}

func peekNonSpace(br *bufio.Reader) (byte, error) {
	for i := 1; ; i++ {
		b, err := br.Peek(i)
		if err != nil {
			if err == io.EOF {
				return 0, fmt.Errorf("the file is empty")
			}
			return 0, err
		}
		if c := b[i-1]; c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c, nil
		}
	}
}

// readUSITCCSV reads the rows of a USITC CSV export.
func readUSITCCSV(r io.Reader) ([]Record, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	head, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("reading the header: %w", err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	for _, want := range usitcCSVColumns {
		if _, ok := col[want]; !ok {
			return nil, fmt.Errorf("not a USITC HTS CSV export: no %q column (columns: %s)", want, strings.Join(head, ", "))
		}
	}
	var recs []Record
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return recs, nil
		}
		if err != nil {
			return nil, err
		}
		get := func(name string) string {
			if i := col[name]; i < len(row) {
				return row[i]
			}
			return ""
		}
		line, _ := cr.FieldPos(0)
		var units []string
		if u := strings.TrimSpace(get("Unit of Quantity")); u != "" {
			if err := json.Unmarshal([]byte(u), &units); err != nil {
				units = []string{u} // a plain unit rather than a JSON list
			}
		}
		rec, err := usitcRecord(get("HTS Number"), get("Indent"), get("Description"), units,
			get("General Rate of Duty"), get("Special Rate of Duty"), get("Column 2 Rate of Duty"), "")
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		recs = append(recs, rec)
	}
}

// readUSITCJSON reads the rows of a USITC JSON export.
func readUSITCJSON(r io.Reader) ([]Record, error) {
	var rows []usitcJSONRow
	if err := json.NewDecoder(r).Decode(&rows); err != nil {
		return nil, fmt.Errorf("not a USITC HTS JSON export: %w", err)
	}
	recs := make([]Record, 0, len(rows))
	for i, row := range rows {
		var notes []string
		for _, f := range row.Footnotes {
			if v := collapse(f.Value); v != "" {
				notes = append(notes, v)
			}
		}
		rec, err := usitcRecord(row.HTSNo, row.Indent, row.Description, row.Units,
			row.General, row.Special, row.Other, strings.Join(notes, " "))
		if err != nil {
			return nil, fmt.Errorf("element %d: %w", i+1, err)
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// usitcRecord converts the columns of one USITC row into a Record: it keeps
// only the USMCA group of the Special column.
func usitcRecord(number, indent, desc string, units []string, general, special, col2, notes string) (Record, error) {
	code := strings.NewReplacer(".", "", " ", "").Replace(strings.TrimSpace(number))
	for _, c := range code {
		if c < '0' || c > '9' {
			return Record{}, fmt.Errorf("HTS number %q is not digits and dots", number)
		}
	}
	if len(code)%2 == 1 || len(code) > 10 {
		return Record{}, fmt.Errorf("HTS number %q has %d digits", number, len(code))
	}
	ind := 0
	if t := strings.TrimSpace(indent); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil {
			return Record{}, fmt.Errorf("indent %q is not a number", indent)
		}
		ind = n
	}
	var us []string
	for _, u := range units {
		if u = collapse(u); u != "" {
			us = append(us, u)
		}
	}
	rec := Record{Code: code, Indent: ind, Units: us, General: general, Column2: col2, Footnotes: notes, Description: desc}
	if rate, prog, ok := USMCAGroup(special); ok {
		rec.USMCA = prog + ":" + rate
	}
	return rec, nil
}

// FromRecords builds a schedule from records in schedule order (codes
// strictly increasing).
func FromRecords(h Header, recs []Record) (*Schedule, error) {
	return decodeCompact(EncodeCompact(h, recs))
}
