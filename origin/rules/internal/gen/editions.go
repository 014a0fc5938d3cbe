package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// editions maps the codes the rules cite to the current nomenclature: HS
// 2022 for chapters, headings and subheadings, and the 2025 HTS for tariff
// items. It is the one place where roo decides how an old code cited by a
// rule corresponds to today's codes; the HS nomenclature package can take
// its place here when it lands.
type editions struct {
	hs2022 map[string]bool // every HS 2022 chapter, heading and subheading
	older  []edition       // HS 2017, then HS 2012
	items  map[string]bool // every 8-digit tariff item of the 2025 HTS
}

// edition is an older HS edition and its correlation to HS 2022.
type edition struct {
	name  string
	codes map[string]bool
	// sixes are its subheadings, sorted, to find those inside a range.
	sixes []string
	// successors maps an old subheading to the HS 2022 subheadings that
	// took its goods; partial marks the old codes whose goods went to a
	// code that also took goods from elsewhere (relationship 1:n or n:n).
	successors map[string][]string
	partial    map[string]bool
	// predecessors maps an HS 2022 subheading to the old codes it took
	// goods from.
	predecessors map[string][]string
}

// loadEditions reads the nomenclatures, the correlation tables and the HTS.
func loadEditions(dataDir string) (*editions, error) {
	e := &editions{}
	var err error
	if e.hs2022, err = readNomenclature(filepath.Join(dataDir, "hs", "hs2022", "harmonized-system.csv")); err != nil {
		return nil, err
	}
	hs2017, err := readNomenclature(filepath.Join(dataDir, "hs", "hs2017", "harmonized-system.csv"))
	if err != nil {
		return nil, err
	}
	hs2012, err := readH4(filepath.Join(dataDir, "hs", "hs2012", "classificationH4.json"))
	if err != nil {
		return nil, err
	}
	for _, x := range []struct {
		name  string
		codes map[string]bool
		file  string
	}{
		{"HS 2017", hs2017, "HS2022-HS2017_Correlations.csv"},
		{"HS 2012", hs2012, "HS2022-HS2012_Correlations.csv"},
	} {
		ed := edition{name: x.name, codes: x.codes}
		for c := range x.codes {
			if len(c) == 6 {
				ed.sixes = append(ed.sixes, c)
			}
		}
		sort.Strings(ed.sixes)
		if err := ed.readCorrelation(filepath.Join(dataDir, "hs", "correlation", x.file)); err != nil {
			return nil, err
		}
		e.older = append(e.older, ed)
	}
	if e.items, err = readHTSItems(filepath.Join(dataDir, "hts", "hts-2025-revision-25.csv")); err != nil {
		return nil, err
	}
	return e, nil
}

// readNomenclature reads the hscode column of a UN Comtrade HS list.
func readNomenclature(path string) (map[string]bool, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, row := range rows[1:] {
		if len(row) > 1 {
			out[row[1]] = true
		}
	}
	return out, nil
}

// readH4 reads the ids of the HS 2012 classification (UN Comtrade JSON).
func readH4(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Results []struct {
			ID string `json:"id"`
		} `json:"results"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	out := map[string]bool{}
	for _, r := range doc.Results {
		if isDigits(r.ID) {
			out[r.ID] = true
		}
	}
	return out, nil
}

// readCorrelation reads a UN correlation table "HS 2022, older,
// relationship". The relationship is read from the HS 2022 side: "n:1"
// means several HS 2022 codes came from one old code (a split).
func (ed *edition) readCorrelation(path string) error {
	rows, err := readCSV(path)
	if err != nil {
		return err
	}
	ed.successors, ed.partial = map[string][]string{}, map[string]bool{}
	ed.predecessors = map[string][]string{}
	for _, row := range rows {
		if len(row) < 3 || !isDigits(row[0]) || !isDigits(row[1]) {
			continue // the two header lines
		}
		ed.successors[row[1]] = append(ed.successors[row[1]], row[0])
		ed.predecessors[row[0]] = append(ed.predecessors[row[0]], row[1])
		if rel := strings.TrimSpace(row[2]); rel == "n:n" || rel == "1:n" {
			ed.partial[row[1]] = true
		}
	}
	return nil
}

// formerly lists, for the HS 2022 subheadings of a chapter that an older
// edition does not have, the codes they came from.
func (e *editions) formerly(chapter string) []rules.Former {
	var codes []string
	for c := range e.hs2022 {
		if len(c) == 6 && strings.HasPrefix(c, chapter) {
			codes = append(codes, c)
		}
	}
	sort.Strings(codes)
	var out []rules.Former
	for _, c := range codes {
		for _, ed := range e.older {
			if ed.codes[c] || len(ed.predecessors[c]) == 0 {
				continue
			}
			from := append([]string(nil), ed.predecessors[c]...)
			sort.Strings(from)
			// Every good of c was in from[0] when c has that one former code,
			// whatever else from[0] also became: the UN tables mark such rows
			// n:n when the old code went to several places (often a sliver to
			// the e-waste codes of 8549), which does not make c partial.
			f := rules.Former{Code: hs.Code(c), Edition: ed.name, Exact: len(from) == 1}
			for _, x := range from {
				f.From = append(f.From, hs.Code(x))
			}
			out = append(out, f)
		}
	}
	return out
}

// readHTSItems reads the 8-digit tariff items of the USITC CSV export.
func readHTSItems(path string) (map[string]bool, error) {
	rows, err := readCSV(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, row := range rows[1:] {
		if len(row) == 0 {
			continue
		}
		d := strings.ReplaceAll(row[0], ".", "")
		if len(d) >= 8 && isDigits(d) {
			out[d[:8]] = true
		}
	}
	return out, nil
}

// readCSV reads a whole CSV file, tolerating a byte-order mark and ragged rows.
func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(b), "\ufeff")))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty", path)
	}
	return rows, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// apply sets the edition mapping on every reference of a chapter's records.
func (e *editions) apply(ch *rules.Chapter) {
	for _, r := range ch.Rules {
		e.refs(r.Applies)
		if r.Lead != nil {
			e.refs(r.Lead.Refs)
		}
		for i := range r.Branches {
			b := &r.Branches[i]
			e.refs(b.Target.Refs)
			e.refs(b.Target.Except)
			for _, list := range [][]rules.Source{b.Shift.From, b.Shift.Also, b.Shift.Except} {
				e.sources(list)
			}
		}
	}
	for _, n := range ch.Notes {
		e.refs(n.Governs)
		e.refs(n.Except)
		e.refs(n.Materials)
	}
}

func (e *editions) sources(list []rules.Source) {
	for _, s := range list {
		e.refs(s.Refs)
		for _, g := range s.Groups {
			e.sources(g)
		}
	}
}

func (e *editions) refs(list rules.Refs) {
	for i := range list {
		list[i].Edition = e.edition(list[i])
	}
}

// edition works out the mapping of one reference, or nil when every code
// it cites is current.
func (e *editions) edition(r rules.Ref) *rules.Edition {
	switch r.Level() {
	case hs.TariffItem:
		if x := e.subheadings(r.From.Subheading(), r.To.Subheading()); x != nil {
			x.Partial = true
			x.Note = "tariff item " + r.String() + " belongs to a former subheading: " + x.Note
			return x
		}
		var gone []hs.Code
		for _, c := range []hs.Code{r.From, r.To} {
			if !e.items[string(c)] && !containsCode(gone, c) {
				gone = append(gone, c)
			}
		}
		if len(gone) == 0 {
			return nil
		}
		return &rules.Edition{Obsolete: gone, Partial: true,
			Note: "tariff item " + codeList(gone) + " is not in the 2025 HTS; a renumbered item of the same subheading may be its successor"}
	case hs.Subheading:
		return e.subheadings(r.From, r.To)
	case hs.Heading:
		var gone []hs.Code
		for _, c := range []hs.Code{r.From, r.To} {
			if !e.hs2022[string(c)] && !containsCode(gone, c) {
				gone = append(gone, c)
			}
		}
		if len(gone) > 0 {
			return &rules.Edition{Obsolete: gone, Partial: true, Note: "heading " + codeList(gone) + " is not an HS 2022 heading"}
		}
	}
	return nil
}

// subheadings maps the subheadings from..to (one, or a range) that HS 2022
// no longer has: the cited ends, and any code of an older edition inside
// the range.
func (e *editions) subheadings(from, to hs.Code) *rules.Edition {
	var gone []hs.Code
	var notes []string
	var succ []hs.Code
	via := map[hs.Code]*edition{} // the edition whose table gave each successor
	partial := false
	candidates := []string{string(from), string(to)}
	for _, ed := range e.older {
		i := sort.SearchStrings(ed.sixes, string(from))
		for ; i < len(ed.sixes) && ed.sixes[i] < string(to); i++ {
			if ed.sixes[i] > string(from) {
				candidates = append(candidates, ed.sixes[i])
			}
		}
	}
	sort.Strings(candidates)
	for i, c := range candidates {
		if e.hs2022[c] || containsCode(gone, hs.Code(c)) {
			continue
		}
		known := false
		for _, ed := range e.older {
			known = known || ed.codes[c]
		}
		if !known && (i == 0 || i == len(candidates)-1 || c == string(from) || c == string(to)) {
			gone = append(gone, hs.Code(c))
			partial = true
			notes = append(notes, fmt.Sprintf("%s is a subheading of no HS edition from 2012 to 2022 (a misprint?)", hs.Code(c)))
			continue
		}
		cited := c == string(from) || c == string(to)
		for i := range e.older {
			ed := &e.older[i]
			if !ed.codes[c] {
				continue
			}
			if !cited && !movesOut(ed.successors[c], string(from), string(to)) {
				break // a code inside the range whose goods stayed inside it
			}
			gone = append(gone, hs.Code(c))
			var ss []hs.Code
			for _, s := range ed.successors[c] {
				if !containsCode(succ, hs.Code(s)) {
					succ = append(succ, hs.Code(s))
					via[hs.Code(s)] = ed
				}
				ss = append(ss, hs.Code(s))
			}
			partial = partial || ed.partial[c]
			if len(ss) == 0 {
				notes = append(notes, fmt.Sprintf("%s %s has no HS 2022 correlation", ed.name, hs.Code(c)))
			} else {
				notes = append(notes, fmt.Sprintf("%s %s became HS 2022 %s", ed.name, hs.Code(c), codeList(ss)))
			}
			break
		}
	}
	if len(gone) == 0 {
		return nil
	}
	sort.Slice(succ, func(i, j int) bool { return succ[i] < succ[j] })
	// A successor is shared when it took goods from a code the reference
	// does not cite (or when a cited code has no known correlation).
	var shared []hs.Code
	for _, s := range succ {
		if !onlyFrom(via[s], s, from, to, gone) {
			shared = append(shared, s)
		}
	}
	return &rules.Edition{Obsolete: gone, Successors: succ, Shared: shared, Partial: partial, Note: strings.Join(notes, "; ")}
}

// onlyFrom reports whether every code of edition ed that the HS 2022
// subheading s took goods from is cited: one of gone, or a code within
// from..to.
func onlyFrom(ed *edition, s, from, to hs.Code, gone []hs.Code) bool {
	if ed == nil || len(ed.predecessors[string(s)]) == 0 {
		return false
	}
	for _, p := range ed.predecessors[string(s)] {
		pc := hs.Code(p)
		if !containsCode(gone, pc) && (pc < from || pc > to) {
			return false
		}
	}
	return true
}

// movesOut reports whether some successor lies outside from..to.
func movesOut(succ []string, from, to string) bool {
	for _, s := range succ {
		if s < from || s > to {
			return true
		}
	}
	return false
}

func containsCode(list []hs.Code, c hs.Code) bool {
	for _, x := range list {
		if x == c {
			return true
		}
	}
	return false
}

// codeList prints codes with the HTS dots: "8517.71, 8517.79".
func codeList(list []hs.Code) string {
	s := make([]string, len(list))
	for i, c := range list {
		s[i] = c.String()
	}
	return strings.Join(s, ", ")
}
