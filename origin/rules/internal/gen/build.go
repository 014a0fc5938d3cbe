package main

import (
	"fmt"

	"github.com/roo-trade/roo/origin/rules"
	"github.com/roo-trade/roo/origin/rules/internal/parse"
)

// Build reads the data directory and returns the compact form of the rule
// base, and the base itself.
func Build(dataDir string) ([]byte, *rules.Base, error) {
	recs, err := readRecords(dataDir)
	if err != nil {
		return nil, nil, err
	}
	eds, err := loadEditions(dataDir)
	if err != nil {
		return nil, nil, err
	}
	chapters := map[string]*rules.Chapter{}
	var all []*rules.Rule
	for _, rec := range recs {
		ch := chapters[rec.Chapter]
		if ch == nil {
			ch = &rules.Chapter{Key: rec.Chapter}
			chapters[rec.Chapter] = ch
		}
		res := parse.Parse(rec)
		switch {
		case res.Rule != nil:
			ch.Rules = append(ch.Rules, res.Rule)
			all = append(all, res.Rule)
		case res.Note != nil:
			ch.Notes = append(ch.Notes, res.Note)
		default:
			return nil, nil, fmt.Errorf("record %s/%d parsed to nothing", rec.Chapter, rec.Seq)
		}
	}
	parse.Link(all)
	list := make([]*rules.Chapter, 0, len(chapters))
	for _, ch := range chapters {
		eds.apply(ch)
		if len(ch.Key) == 2 {
			ch.Formerly = eds.formerly(ch.Key)
		}
		list = append(list, ch)
	}
	base := rules.NewBase(list)
	data, err := base.Encode()
	if err != nil {
		return nil, nil, err
	}
	return data, base, nil
}
