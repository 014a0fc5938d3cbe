package report

import (
	"io"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/rules"
)

// RuleFormats are the formats roo rule prints in.
var RuleFormats = []string{"table", "json"}

// PrintRuleAnswer renders the answer to a rule query: "json" is the rule
// structure itself; "table" is the rule for a reader, wrapped at width.
func PrintRuleAnswer(w io.Writer, a rules.Answer, format string, width int) error {
	return PrintRuleAnswerApplied(w, a, nil, format, width)
}

// PrintRuleAnswerApplied is PrintRuleAnswer with, per rule, its
// requirements as a determination applies them on the query's date and
// use (origin.ApplyRule): the automotive thresholds in force in place of
// the rule's final ones, and a vehicle's further requirements. The text
// prints them; the JSON gives them in each branch's requirements and in the
// rule's "automotive" object.
func PrintRuleAnswerApplied(w io.Writer, a rules.Answer, applied map[*rules.Rule]origin.AppliedRule, format string, width int) error {
	switch format {
	case "json":
		return WriteJSON(w, ruleAnswerOf(a, applied), true)
	case "table":
		return writeAnswerText(w, a, applied, width)
	}
	return unsupported("a rule", format, RuleFormats)
}

// PrintRuleCoverage renders how much of GN 11(o) the rule base holds as
// structure, per chapter, with every failure.
func PrintRuleCoverage(w io.Writer, cov rules.Coverage, format string) error {
	switch format {
	case "json":
		return WriteJSON(w, ruleCoverageOf(cov), true)
	case "table":
		return writeRuleCoverageText(w, cov)
	}
	return unsupported("the rule coverage", format, RuleFormats)
}

// RuleSchemaVersion is the version of roo rule's JSON output. Fields may be
// added in a version; none is removed or renamed without a new version.
const RuleSchemaVersion = 1

// ruleAnswerJSON is roo rule CODE --format json.
type ruleAnswerJSON struct {
	SchemaVersion int `json:"schema_version"`
	Query         struct {
		Code  string   `json:"code"`
		AsOf  string   `json:"as_of"`
		Use   []string `json:"use"`
		Trade *string  `json:"trade"` // PRODUCER-IMPORTER, null when not given
	} `json:"query"`
	// Status is "rule", "needs-input", "conflict" or "no-rule-data".
	Status     string         `json:"status"`
	NoRuleData string         `json:"no_rule_data"`
	Needs      []rules.Need   `json:"needs"`
	Conflict   string         `json:"conflict"`
	Uncovered  string         `json:"uncovered"`
	Rules      []ruleJSON     `json:"rules"`
	Superseded []string       `json:"superseded"`
	Notes      []ruleNoteJSON `json:"notes"`
	Facts      []ruleFactJSON `json:"facts"`
}

// ruleJSON is one applicable rule: how it matched, its rendering, what each
// branch asks of a good, and the structure itself.
type ruleJSON struct {
	Citation string           `json:"citation"`
	Match    rules.Membership `json:"match"`
	Rendered string           `json:"rendered"`
	Branches []ruleBranchJSON `json:"branches"`
	Rule     *rules.Rule      `json:"rule"`
	// Automotive is the appendix as a determination applies it on the
	// query's date and use; null without a use, or when it does not apply.
	Automotive *ruleAutoJSON `json:"automotive"`
}

// ruleAutoJSON is the automotive appendix applied to a rule on a date.
type ruleAutoJSON struct {
	Provisions []string `json:"provisions"`
	Further    []string `json:"further"`
}

// ruleBranchJSON is what one branch asks of a good, in words.
type ruleBranchJSON struct {
	Label        string   `json:"label"`
	Citation     string   `json:"citation"`
	Requirements []string `json:"requirements"`
}

// ruleNoteJSON is a note that governs the good.
type ruleNoteJSON struct {
	Citation string      `json:"citation"`
	Note     *rules.Note `json:"note"`
}

// ruleFactJSON is a fact some applicable rule or note may ask for.
type ruleFactJSON struct {
	Key      string `json:"key"`
	Question string `json:"question"`
}

// answerStatus sums an answer up in one word.
func answerStatus(a rules.Answer) string {
	switch {
	case a.NoRuleData != "":
		return "no-rule-data"
	case len(a.Needs) > 0:
		return "needs-input"
	case a.Conflict != "":
		return "conflict"
	}
	return "rule"
}

func ruleAnswerOf(a rules.Answer, applied map[*rules.Rule]origin.AppliedRule) ruleAnswerJSON {
	out := ruleAnswerJSON{SchemaVersion: RuleSchemaVersion, Status: answerStatus(a), NoRuleData: a.NoRuleData, Needs: a.Needs, Conflict: a.Conflict, Uncovered: a.Uncovered}
	out.Query.Code = a.Query.Code.String()
	out.Query.AsOf = string(a.Query.Date)
	out.Query.Use = a.Query.Use.Slugs()
	if a.Query.Route.Known() {
		t := a.Query.Route.String()
		out.Query.Trade = &t
	}
	out.Rules = []ruleJSON{}
	for _, c := range a.Candidates {
		r := c.Rule
		rj := ruleJSON{Citation: r.Citation(), Match: c.Match, Rendered: rules.Render(r), Rule: r, Branches: []ruleBranchJSON{}}
		ap, auto := applied[r]
		auto = auto && ap.Automotive
		if auto {
			rj.Automotive = &ruleAutoJSON{Provisions: nonNil(ap.Provisions), Further: nonNil(ap.Further)}
		}
		for i := range r.Branches {
			b := &r.Branches[i]
			reqs := r.Requirements(b, a.Query.Date)
			if x, ok := ap.Requirements[r.BranchCitation(b)]; auto && ok {
				reqs = x
			}
			rj.Branches = append(rj.Branches, ruleBranchJSON{Label: b.Label, Citation: r.BranchCitation(b), Requirements: reqs})
		}
		out.Rules = append(out.Rules, rj)
	}
	out.Superseded = []string{}
	for _, r := range a.Superseded {
		out.Superseded = append(out.Superseded, r.Citation())
	}
	out.Notes = []ruleNoteJSON{}
	for _, n := range a.Notes {
		out.Notes = append(out.Notes, ruleNoteJSON{Citation: n.Citation(), Note: n})
	}
	out.Facts = []ruleFactJSON{}
	for _, c := range answerFacts(a) {
		out.Facts = append(out.Facts, ruleFactJSON{Key: c.Key, Question: c.Question})
	}
	return out
}

// answerFacts lists once each fact the applicable rules and notes may ask
// for, in order of appearance.
func answerFacts(a rules.Answer) []rules.Condition {
	seen := map[string]bool{}
	var out []rules.Condition
	add := func(c rules.Condition) {
		if !seen[c.Key] {
			seen[c.Key] = true
			out = append(out, c)
		}
	}
	for _, c := range a.Candidates {
		for i := range c.Rule.Branches {
			for _, f := range c.Rule.Facts(&c.Rule.Branches[i]) {
				add(f)
			}
		}
	}
	for _, n := range a.Notes {
		for _, f := range n.Conditions {
			add(f)
		}
	}
	return out
}

// ruleCoverageReportJSON is roo rule --coverage --format json.
type ruleCoverageReportJSON struct {
	SchemaVersion int                     `json:"schema_version"`
	Total         ruleCountsJSON          `json:"total"`
	Chapters      []ruleChapterCountsJSON `json:"chapters"`
	Missing       []string                `json:"missing_chapters"`
	Failures      []rules.Problem         `json:"failures"`
	Flags         []rules.Problem         `json:"flags"`
	Assumptions   int                     `json:"assumptions"`
}

type ruleCountsJSON struct {
	Records        int    `json:"records"`
	Complete       int    `json:"complete"`
	WithConditions int    `json:"with_conditions"`
	Failed         int    `json:"failed"`
	ParsedPercent  string `json:"parsed_percent"`
}

type ruleChapterCountsJSON struct {
	Chapter string `json:"chapter"`
	ruleCountsJSON
}

func ruleCountsOf(c rules.Counts) ruleCountsJSON {
	return ruleCountsJSON{Records: c.Records, Complete: c.Complete, WithConditions: c.WithConditions, Failed: c.Failed, ParsedPercent: c.ParsedPercent().StringFixed(2)}
}

func ruleCoverageOf(cov rules.Coverage) ruleCoverageReportJSON {
	out := ruleCoverageReportJSON{SchemaVersion: RuleSchemaVersion, Total: ruleCountsOf(cov.Total), Missing: cov.Missing, Failures: cov.Failures, Flags: cov.Flags, Assumptions: cov.Assumptions}
	for _, c := range cov.Chapters {
		out.Chapters = append(out.Chapters, ruleChapterCountsJSON{Chapter: c.Chapter, ruleCountsJSON: ruleCountsOf(c.Counts)})
	}
	return out
}
