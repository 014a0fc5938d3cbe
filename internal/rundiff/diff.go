// Package rundiff compares two JSON results of roo qualify: the goods
// added, removed, and those whose status, criterion, rule, RVC, content or
// exposure changed. It is how an analyst re-qualifies a portfolio after a
// rule, price or supplier change, and compares a scenario run with the law
// in force.
package rundiff

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/origin"
)

// Run is the goods of one qualify result.
type Run struct {
	Name  string
	Goods []report.Good
}

// Scenario is the scenario the run was made under, or "" for the law in
// force.
func (r *Run) Scenario() string {
	for _, g := range r.Goods {
		if g.Scenario != nil {
			return g.Scenario.Name
		}
	}
	return ""
}

// Read reads a JSON document (--format json) or JSON Lines (--format
// jsonl) written by roo qualify.
func Read(r io.Reader, name string) (*Run, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	run := &Run{Name: name}
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, fmt.Errorf("%s: empty: want the JSON output of roo qualify --format json", name)
	}
	var doc struct {
		SchemaVersion *int              `json:"schema_version"`
		Goods         []json.RawMessage `json:"goods"`
		Kind          string            `json:"kind"`
	}
	first := trimmed
	if i := bytes.IndexByte(trimmed, '\n'); i >= 0 && bytes.HasPrefix(trimmed, []byte(`{"kind"`)) {
		first = trimmed[:i]
	}
	if err := json.Unmarshal(first, &doc); err != nil {
		return nil, fmt.Errorf("%s: not a JSON result of roo qualify (%v): run roo qualify --format json -o FILE.json and compare those files", name, err)
	}
	if doc.SchemaVersion == nil {
		return nil, fmt.Errorf("%s: no schema_version: not a JSON result of roo qualify", name)
	}
	if *doc.SchemaVersion != report.SchemaVersion {
		return nil, fmt.Errorf("%s: schema_version %d; this roo reads %d: run both with the same roo version", name, *doc.SchemaVersion, report.SchemaVersion)
	}
	if doc.Kind == "" {
		for i, raw := range doc.Goods {
			var g report.Good
			if err := json.Unmarshal(raw, &g); err != nil {
				return nil, fmt.Errorf("%s: good %d: %v", name, i+1, err)
			}
			run.Goods = append(run.Goods, g)
		}
		return run, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(trimmed))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for n := 1; sc.Scan(); n++ {
		var line struct {
			Kind string `json:"kind"`
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			return nil, fmt.Errorf("%s: line %d: %v", name, n, err)
		}
		if line.Kind != "good" {
			continue
		}
		var g struct {
			report.Good
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s: line %d: %v", name, n, err)
		}
		run.Goods = append(run.Goods, g.Good)
	}
	return run, sc.Err()
}

// Kind says how a good differs between the runs.
type Kind string

// The kinds of difference.
const (
	Added   Kind = "added"
	Removed Kind = "removed"
	Changed Kind = "changed"
)

// Field is one figure that changed, with its old and new values ("" for
// none).
type Field struct {
	Name string `json:"field"`
	Old  string `json:"old"`
	New  string `json:"new"`
}

// Change is one good that differs.
type Change struct {
	Kind   Kind    `json:"kind"`
	GoodID string  `json:"good_id"`
	File   string  `json:"file"`
	Fields []Field `json:"fields"`
}

// Result is the comparison of two runs.
type Result struct {
	Old string `json:"old"`
	New string `json:"new"`
	// OldScenario and NewScenario name the scenario each run was made
	// under; empty for the law in force.
	OldScenario string   `json:"old_scenario"`
	NewScenario string   `json:"new_scenario"`
	Added       int      `json:"added"`
	Removed     int      `json:"removed"`
	Changed     int      `json:"changed"`
	Unchanged   int      `json:"unchanged"`
	Changes     []Change `json:"changes"`
}

// Any reports whether the runs differ at all.
func (r Result) Any() bool { return r.Added+r.Removed+r.Changed > 0 }

// Compare compares two runs. Goods are matched by good ID, and by file and
// good ID where an ID occurs more than once in a run; changes are listed
// in the order of the new run, then the removed goods in the order of the
// old.
func Compare(old, new *Run) Result {
	res := Result{Old: old.Name, New: new.Name, OldScenario: old.Scenario(), NewScenario: new.Scenario(), Changes: []Change{}}
	oldKeys, newKeys := keys(old.Goods), keys(new.Goods)
	oldBy := map[string]int{}
	for i, k := range oldKeys {
		oldBy[k] = i
	}
	seen := map[string]bool{}
	for i, g := range new.Goods {
		k := newKeys[i]
		seen[k] = true
		j, ok := oldBy[k]
		if !ok {
			res.Added++
			res.Changes = append(res.Changes, Change{Kind: Added, GoodID: g.GoodID, File: g.File, Fields: fields(nil, &g)})
			continue
		}
		fs := fields(&old.Goods[j], &g)
		if len(fs) == 0 {
			res.Unchanged++
			continue
		}
		res.Changed++
		res.Changes = append(res.Changes, Change{Kind: Changed, GoodID: g.GoodID, File: g.File, Fields: fs})
	}
	for i, g := range old.Goods {
		if !seen[oldKeys[i]] {
			res.Removed++
			res.Changes = append(res.Changes, Change{Kind: Removed, GoodID: g.GoodID, File: g.File, Fields: fields(&g, nil)})
		}
	}
	return res
}

// keys are the match keys of a run's goods: the good ID, qualified by the
// file where the ID is not unique.
func keys(goods []report.Good) []string {
	count := map[string]int{}
	for _, g := range goods {
		count[g.GoodID]++
	}
	out := make([]string, len(goods))
	for i, g := range goods {
		out[i] = g.GoodID
		if count[g.GoodID] > 1 {
			out[i] = g.File + "\x00" + g.GoodID
		}
	}
	return out
}

// compared are the figures compared, in order.
var compared = []struct {
	name string
	get  func(report.Good) string
}{
	{"status", func(g report.Good) string { return string(g.Status) }},
	{"criterion", func(g report.Good) string { return deref(g.Criterion) }},
	{"rule", func(g report.Good) string { return deref(g.Rule) }},
	{"rvc_transaction_value", func(g report.Good) string { return rvc(g, origin.TransactionValue, false) }},
	{"threshold_transaction_value", func(g report.Good) string { return rvc(g, origin.TransactionValue, true) }},
	{"rvc_net_cost", func(g report.Good) string { return rvc(g, origin.NetCost, false) }},
	{"threshold_net_cost", func(g report.Good) string { return rvc(g, origin.NetCost, true) }},
	{"vnm", func(g report.Good) string { return deref(g.VNM) }},
	{"duty_per_unit", func(g report.Good) string {
		return exposure(g, func(e *report.Exposure) *string { return e.DutyPerUnit })
	}},
	{"saved_per_unit", func(g report.Good) string {
		return exposure(g, func(e *report.Exposure) *string { return e.SavedPerUnit })
	}},
	{"at_stake_per_unit", func(g report.Good) string {
		return exposure(g, func(e *report.Exposure) *string { return e.AtStakePerUnit })
	}},
	{"duty_per_year", func(g report.Good) string {
		return exposure(g, func(e *report.Exposure) *string { return e.DutyPerYear })
	}},
	{"us_content", func(g report.Good) string {
		if g.Content == nil {
			return ""
		}
		return g.Content.USContent
	}},
	{"non_us_content", func(g report.Good) string {
		if g.Content == nil {
			return ""
		}
		return deref(g.Content.NonUSContent)
	}},
}

// fields lists the figures that differ; with one side nil, the other
// side's status, rule and duty.
func fields(old, new *report.Good) []Field {
	var out []Field
	for _, c := range compared {
		var o, n string
		if old != nil {
			o = c.get(*old)
		}
		if new != nil {
			n = c.get(*new)
		}
		if o == n {
			continue
		}
		if (old == nil || new == nil) && c.name != "status" && c.name != "rule" && c.name != "duty_per_unit" {
			continue
		}
		out = append(out, Field{Name: c.name, Old: o, New: n})
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func rvc(g report.Good, m origin.Method, threshold bool) string {
	for _, r := range g.RVC {
		if r.Method == m {
			if threshold {
				return deref(r.Threshold)
			}
			return r.Value
		}
	}
	return ""
}

func exposure(g report.Good, f func(*report.Exposure) *string) string {
	if g.Exposure == nil || !g.Exposure.Available {
		return ""
	}
	return deref(f(g.Exposure))
}
