package parse

import (
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/rules"
)

// FuzzParse feeds the parser arbitrary text. It must never panic; a rule it
// accepts must be whole (branches, provisions, well-formed ranges) and must
// survive rendering (Parse checks that itself); a rule it refuses must say
// why. The seed corpus (testdata/fuzz/FuzzParse) holds rule texts of every
// kind from the golden sample.
func FuzzParse(f *testing.F) {
	f.Add("84", "A change to heading 8407 from any other heading, except from subheading 8409.91.")
	f.Fuzz(func(t *testing.T, chapter, text string) {
		res := Parse(Record{Chapter: chapter, Seq: 1, Label: "1", Scope: "Heading 8407", From: "2020-07-01", Text: text})
		switch {
		case res.Rule != nil:
			checkRule(t, res.Rule)
		case res.Note != nil:
			if res.Note.Status == rules.Failed && res.Note.Failure == "" {
				t.Fatalf("failed note without a reason: %q", text)
			}
			_ = rules.OutlineNote(res.Note)
		default:
			t.Fatalf("Parse returned nothing for %q", text)
		}
	})
}

func checkRule(t *testing.T, r *rules.Rule) {
	t.Helper()
	_ = rules.Outline(r)
	_ = rules.Render(r)
	if r.Status == rules.Failed {
		if r.Failure == "" {
			t.Fatalf("failed rule without a reason")
		}
		return
	}
	if len(r.Branches) == 0 || len(r.Applies) == 0 {
		t.Fatalf("parsed rule without branches or provisions: %s", rules.Outline(r))
	}
	for i := range r.Branches {
		b := &r.Branches[i]
		checkRefs(t, b.Target.Refs)
		if b.Kind == rules.Change && len(b.Shift.From) == 0 {
			t.Fatalf("a change branch with no source: %s", rules.Outline(r))
		}
		for _, list := range [][]rules.Source{b.Shift.From, b.Shift.Also, b.Shift.Except} {
			for _, s := range list {
				checkRefs(t, s.Refs)
			}
		}
		if b.RVC != nil && len(b.RVC.Thresholds) == 0 {
			t.Fatalf("an RVC with no threshold: %s", rules.Outline(r))
		}
	}
}

func checkRefs(t *testing.T, refs rules.Refs) {
	t.Helper()
	for _, ref := range refs {
		if ref.From.Len() != ref.To.Len() || ref.To < ref.From || strings.Trim(string(ref.From), "0123456789") != "" {
			t.Fatalf("malformed reference %q through %q", ref.From, ref.To)
		}
	}
}
