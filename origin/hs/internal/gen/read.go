package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// item is one code of a nomenclature as the source states it.
type item struct {
	code string // 2, 4 or 6 digits
	desc string // as printed, whitespace normalised
	// cut is set when the source's description field is full, which is how
	// the UN Comtrade lists truncate long descriptions.
	cut bool
}

// descLimit is the length at which UN Comtrade cuts descriptions.
const descLimit = 255

// pair is one row of a UN correlation table.
type pair struct {
	newer, older string
	rel          string // the UN relationship label, newer:older
}

// readComtradeCSV reads a UN Comtrade nomenclature list
// (section,hscode,description,parent,level), skipping the TOTAL row, blank
// rows and chapter 99, Comtrade's "commodities not specified according to
// kind", which is not part of the HS (chapters 98 and 99 are reserved for
// national use).
func readComtradeCSV(path string) ([]item, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(trimBOM(b)))
	r.FieldsPerRecord = -1
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[strings.TrimSpace(h)] = i
	}
	for _, want := range []string{"hscode", "description", "parent", "level"} {
		if _, ok := col[want]; !ok {
			return nil, fmt.Errorf("%s: no %q column in header %q", path, want, head)
		}
	}
	var items []item
	err = eachRecord(r, path, len(head), func(line int, rec []string) error {
		code, desc := strings.TrimSpace(rec[col["hscode"]]), rec[col["description"]]
		parent, level := strings.TrimSpace(rec[col["parent"]]), strings.TrimSpace(rec[col["level"]])
		if code == "TOTAL" || strings.HasPrefix(code, "99") {
			return nil
		}
		if err := checkItem(code, parent, desc); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
		if level != strconv.Itoa(len(code)) {
			return fmt.Errorf("%s:%d: code %s has level %q", path, line, code, level)
		}
		items = append(items, newItem(code, desc))
		return nil
	})
	return items, err
}

// readComtradeJSON reads a UN Comtrade classification file
// (classificationH4.json: results of id, text "ID - description", parent),
// skipping the aggregate ids (ALL, TOTAL, AG2...) and chapter 99.
func readComtradeJSON(path string) ([]item, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Results []struct {
			ID     string `json:"id"`
			Text   string `json:"text"`
			Parent string `json:"parent"`
		} `json:"results"`
	}
	if err := json.Unmarshal(trimBOM(b), &doc); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var items []item
	for i, r := range doc.Results {
		if !allDigits(r.ID) || strings.HasPrefix(r.ID, "99") {
			continue
		}
		desc, ok := strings.CutPrefix(r.Text, r.ID+" - ")
		if !ok {
			return nil, fmt.Errorf("%s: result %d: text %q does not start with %q", path, i, r.Text, r.ID+" - ")
		}
		if err := checkItem(r.ID, r.Parent, desc); err != nil {
			return nil, fmt.Errorf("%s: result %d: %w", path, i, err)
		}
		items = append(items, newItem(r.ID, desc))
	}
	return items, nil
}

// checkItem checks the shape of a nomenclature row: a 2-, 4- or 6-digit code
// whose parent is its prefix one level up, and a description that fits on
// one line of the output.
func checkItem(code, parent, desc string) error {
	if !allDigits(code) || (len(code) != 2 && len(code) != 4 && len(code) != 6) {
		return fmt.Errorf("code %q is not 2, 4 or 6 digits", code)
	}
	wantParent := "TOTAL"
	if len(code) > 2 {
		wantParent = code[:len(code)-2]
	}
	if parent != wantParent {
		return fmt.Errorf("code %s has parent %q, want %q", code, parent, wantParent)
	}
	if strings.TrimSpace(desc) == "" {
		return fmt.Errorf("code %s has no description", code)
	}
	if strings.ContainsAny(desc, "\t\r\n") {
		return fmt.Errorf("code %s: description holds a tab or line break", code)
	}
	return nil
}

func newItem(code, desc string) item {
	return item{code: code, desc: strings.Join(strings.Fields(desc), " "), cut: len(desc) >= descLimit}
}

// readCorrelation reads a UN Statistics Division correlation table: a
// "Between" line, a header naming the two editions ("HS2022, HS2017" or
// "HS 2017,,HS 2012" with an unnamed "ex" column) and Relationship, then one
// row per pair of codes. newer and older name the header columns ("HS2022").
func readCorrelation(path, newer, older string) ([]pair, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(trimBOM(b)))
	r.FieldsPerRecord = -1
	first, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if strings.TrimSpace(first[0]) != "Between" {
		return nil, fmt.Errorf("%s: first line %q, want a \"Between\" line", path, first)
	}
	head, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	ni, oi, ri := -1, -1, -1
	for i, h := range head {
		switch strings.ReplaceAll(strings.TrimSpace(h), " ", "") {
		case newer:
			ni = i
		case older:
			oi = i
		case "Relationship":
			ri = i
		}
	}
	if ni < 0 || oi < 0 || ri < 0 {
		return nil, fmt.Errorf("%s: header %q lacks %s, %s or Relationship", path, head, newer, older)
	}
	var pairs []pair
	err = eachRecord(r, path, len(head), func(line int, rec []string) error {
		p := pair{strings.TrimSpace(rec[ni]), strings.TrimSpace(rec[oi]), strings.TrimSpace(rec[ri])}
		if len(p.newer) != 6 || !allDigits(p.newer) || len(p.older) != 6 || !allDigits(p.older) {
			return fmt.Errorf("%s:%d: codes %q and %q are not six digits", path, line, p.newer, p.older)
		}
		switch p.rel {
		case "1:1", "1:n", "n:1", "n:n":
		default:
			return fmt.Errorf("%s:%d: relationship %q", path, line, p.rel)
		}
		if p.newer == "999999" && p.older == "999999" {
			return nil // Comtrade's "not specified according to kind"
		}
		if p.newer == "999999" || p.older == "999999" {
			return fmt.Errorf("%s:%d: real code correlated with Comtrade's 999999", path, line)
		}
		pairs = append(pairs, p)
		return nil
	})
	return pairs, err
}

// eachRecord hands fn every non-blank record after the header with its
// line number, and checks that each has the header's width.
func eachRecord(r *csv.Reader, path string, width int, fn func(line int, rec []string) error) error {
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		line, _ := r.FieldPos(0)
		if blank(rec) {
			continue
		}
		if len(rec) != width {
			return fmt.Errorf("%s:%d: %d fields, want %d", path, line, len(rec), width)
		}
		if err := fn(line, rec); err != nil {
			return err
		}
	}
}

func trimBOM(b []byte) []byte { return bytes.TrimPrefix(b, []byte("\ufeff")) }

func blank(rec []string) bool {
	for _, f := range rec {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
