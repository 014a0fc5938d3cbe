package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/roo-trade/roo/origin/rules/internal/parse"
)

// rulesFile is the GN 11(o) data, relative to the data directory.
const rulesFile = "usmca/gn11/rules.jsonl"

// jsonRecord is one line of rules.jsonl.
type jsonRecord struct {
	Chapter       string  `json:"chapter"`
	Seq           int     `json:"seq"`
	Rule          string  `json:"rule"`
	Scope         string  `json:"scope"`
	EffectiveFrom string  `json:"effective_from"`
	EffectiveTo   *string `json:"effective_to"`
	TextSource    string  `json:"text_source"`
	Text          string  `json:"text"`
	Note          *string `json:"note"`
}

// readRecords reads every record of the GN 11(o) data, in file order.
func readRecords(dataDir string) ([]parse.Record, error) {
	path := filepath.Join(dataDir, rulesFile)
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []parse.Record
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var j jsonRecord
		if err := json.Unmarshal(sc.Bytes(), &j); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
		rec := parse.Record{
			Chapter: j.Chapter,
			Seq:     j.Seq,
			Label:   j.Rule,
			Scope:   j.Scope,
			From:    j.EffectiveFrom,
			Text:    j.Text,
		}
		if j.EffectiveTo != nil {
			rec.To = *j.EffectiveTo
		}
		if j.Note != nil {
			rec.Note = *j.Note
		}
		out = append(out, rec)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return out, nil
}
