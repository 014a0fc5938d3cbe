package origin

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// The guard against structures the parser keeps and the engine drops
// (issue 17, "The guard against this class"). Each defect of issue 17 items
// 1–4 was a field of the rule structure, or a value of one of its kinds,
// that the determination never read. These tests fail when:
//   - a field is added to the rule types (found by reflection from
//     rules.Chapter down) without an entry in handledFields saying where the
//     engine applies it or which named fact it becomes;
//   - the rule base holds a value of a kind (source kind and marks,
//     condition kind, branch kind, note kind, method, status) that
//     handledKinds does not list;
//   - over the whole rule base, a structure the engine must apply is not:
//     an "other good" or described source passes a material of the good's
//     own code with no fact asked; a condition, lead-in or described target
//     is not turned into a named fact; an excepted good is not excluded;
//     "more than one of the following" passes materials of two groups.

// handledFields says, for every field of the rule types, how the
// determination uses it. "wording" marks a field that only changes how the
// rule is printed; "record" one that identifies or documents the record.
var handledFields = map[string]string{
	"Chapter.Key":      "record: the chapter or chapter-group key (Base.Lookup)",
	"Chapter.Rules":    "Base.Lookup candidates",
	"Chapter.Notes":    "Base.Lookup notes, applied by kind (handledKinds note/*)",
	"Chapter.Formerly": "Base.Lookup: a good of an HS 2022 code traced to the rule of its former code",
	"Former.Code":      "Base.Lookup formerMatches",
	"Former.Edition":   "Base.Lookup formerMatches (reported)",
	"Former.From":      "Base.Lookup formerMatches",
	"Former.Exact":     "Base.Lookup formerMatches: an inexact trace asks the former code",

	"Rule.Meta":         "record",
	"Rule.Number":       "record: the rule's number in the citation",
	"Rule.PeriodStated": "wording: whether the print states the dates",
	"Rule.Trade":        "Base.Lookup: Trade.Admits(route) with the producer and importing country",
	"Rule.TradeStated":  "wording",
	"Rule.Lead":         "LeadIn fields",
	"Rule.Uses":         "Base.Lookup by vehicle use (ruleUse)",
	"Rule.UseBasis":     "record: where Uses came from (assumption printed)",
	"Rule.Applies":      "Base.Lookup: the goods the rule applies to",
	"Rule.Branches":     "evaluateRule, branch by branch",

	"Meta.ID":          "record",
	"Meta.Label":       "record: citation",
	"Meta.Scope":       "record: printed",
	"Meta.Period":      "Base.Lookup by --as-of date (Period.Contains)",
	"Meta.Status":      "evaluateRule: a failed record is no rule data (handledKinds status/*)",
	"Meta.Failure":     "evaluateRule: the reason of no rule data",
	"Meta.Assumptions": "ruleDoubts: reported with the result",
	"Meta.Flags":       "ruleDoubts: reported with the result",
	"Meta.DataNote":    "ruleDoubts: reported with the result",
	"Meta.Text":        "record: the printed text",
	"ID.Chapter":       "record",
	"ID.Seq":           "record",
	"Period.From":      "Period.Contains (rules, thresholds, notes by date)",
	"Period.To":        "Period.Contains",

	"LeadIn.Following": "wording: \"The following rule applies to …\"",
	"LeadIn.Other":     "\"for any other use\": the parser gives the rule the uses its siblings do not claim (Rule.Uses), and Base.Lookup routes by use (TestGuardFactsOverTheWholeBase checks every such rule has uses)",
	"LeadIn.Desc":      "Rule.Facts: LeadIn.productFact, a named product fact",
	"LeadIn.Refs":      "Base.Lookup: the goods the lead-in names",
	"LeadIn.After":     "Rule.Facts: LeadIn.productFact",
	"LeadIn.Uses":      "parser: sets Rule.Uses (\"for use in a passenger vehicle\")",
	"LeadIn.UsedFor":   "wording: \"used for\" or \"for use in\"",

	"Ref.From":              "Refs.Contains",
	"Ref.To":                "Refs.Contains",
	"Ref.Edition":           "Refs.Contains through the HS-edition mapping (Mapped)",
	"Edition.Obsolete":      "Refs.Contains: a cited code the edition dropped",
	"Edition.Successors":    "Refs.Contains",
	"Edition.Shared":        "Refs.Contains: a successor shared with other codes gives Maybe",
	"Edition.Partial":       "Refs.Contains: a partial successor gives Maybe",
	"Edition.Note":          "Refs.Contains: the Why of a mapped membership",
	"Branch.Label":          "record: the branch citation",
	"Branch.Kind":           "evaluateBranch (handledKinds branch/*)",
	"Branch.Target":         "Target fields",
	"Branch.Shift":          "tariffShift: Branch.TestMaterialsFacts",
	"Branch.RVC":            "rvcTest with RVC.At(date) and the automotive thresholds (autoThreshold)",
	"Branch.Conditions":     "Rule.Facts → condition(): named facts",
	"Branch.Process":        "evaluateBranch: a process fact (process-…)",
	"Branch.Exempt":         "exempt(): a requirement note the branch is not subject to",
	"Target.Desc":           "Rule.Facts: Target.productFact",
	"Target.Join":           "wording",
	"Target.Refs":           "evaluateBranch: the branch is for goods of these provisions",
	"Target.After":          "Rule.Facts: Target.productFact",
	"Target.Other":          "Rule.Facts: otherFact (the good is none of the described siblings)",
	"Target.Except":         "evaluateBranch: an excepted good is not of the branch",
	"Shift.From":            "Source.admits",
	"Shift.Also":            "Source.admits (allowed too)",
	"Shift.Except":          "Source.admits (excepted) and groupHits",
	"Shift.ExceptWord":      "wording",
	"Shift.ExceptAfterAlso": "wording",
	"Source.Kind":           "Source.admits (handledKinds source/*)",
	"Source.Level":          "Source.admits: differs/same at the level",
	"Source.Refs":           "Source.admits",
	"Source.InGroup":        "Source.admits: and the branch's group",
	"Source.Including":      "wording: \", including another heading within that group\"",
	"Source.Desc":           "Source.materialFact: a named material fact",
	"Source.Join":           "wording",
	"Source.After":          "Source.materialFact",
	"Source.Other":          "Source.admits: otherGood, a fact per material of the good's own code; material-not facts beside described items",
	"Source.Groups":         "Source.groupHits and TestMaterialsFacts (more than one of the following)",
	"RVC.Thresholds":        "RVC.At(date)",
	"Threshold.Method":      "RVC.At: transaction value or net cost (handledKinds method/*)",
	"Threshold.Percent":     "rvcTest",
	"Threshold.Period":      "RVC.At(date)",
	"Condition.Key":         "the fact's key (Fact: <Key> column)",
	"Condition.Kind":        "evaluateBranch: product facts decide whether the branch applies, material facts settle material tests, the rest are conditions (handledKinds condition/*)",
	"Condition.Question":    "the fact's question, in needs-review",
	"Condition.Text":        "the reasons",

	"Note.Meta":         "record",
	"Note.Kind":         "applied by kind (handledKinds note/*)",
	"Note.Governs":      "Base.Lookup: Note.GovernsCode",
	"Note.Except":       "Note.GovernsCode",
	"Note.Product":      "record: the goods an underscoring note names, printed; the note applies through Governs",
	"Note.Materials":    "disregard(), deMinimisBarred(): the materials a note speaks of",
	"Note.Subdivisions": "record: the rule numbers an underscoring note refers to (printed)",
	"Note.Conditions":   "requirement notes → condition(); alternative notes → alternativeNotes(): named facts",
	"Note.Exempt":       "record: printed with the note",
}

// handledKinds lists every value of the rule base's kinds the engine
// handles, with how.
var handledKinds = map[string]string{
	"branch/change":    "tariffShift, then the RVC",
	"branch/no-change": "no tariff shift; RVC; UR §11 check before certifying (nonQualifyingWithholds)",
	"branch/process":   "a process fact",

	"source/provisions":            "Refs.Contains",
	"source/provisions+other":      "otherGood fact per material of the good's own code",
	"source/provisions+qualified":  "materialFact",
	"source/any-other":             "differs at the level",
	"source/any-other+in-group":    "differs, within the group",
	"source/outside-group":         "not in the group",
	"source/within":                "same at the level",
	"source/within+other":          "otherGood fact",
	"source/within+qualified":      "materialFact",
	"source/in-group":              "the group contains it",
	"source/in-group+other":        "otherGood fact",
	"source/in-group+qualified":    "materialFact",
	"source/description+qualified": "materialFact",
	"source/more-than-one":         "groupHits over the whole set",

	"condition/processing":  "condition(): a named fact",
	"condition/content":     "condition(): a named fact (weight or volume shares)",
	"condition/composition": "condition(): a named fact",
	"condition/product":     "productFact: decides whether the branch applies",
	"condition/material":    "settled by the material tests",

	"note/definition":     "record: definitions printed with the rule",
	"note/alternative":    "alternativeNotes: origin by another route, its conditions named facts",
	"note/requirement":    "evaluateBranch: its conditions named facts",
	"note/disregard":      "disregard(): materials left out of the tariff shift",
	"note/de-minimis":     "deMinimisBarred()",
	"note/component-rule": "an assumption: the materials are the component's",
	"note/auto-regime":    "a rule note: the automotive appendix may apply",
	"note/system-units":   "record: printed with the rule",
	"note/transit":        "record: printed with the rule (UR §10 is an assumption of every result)",
	"note/preamble":       "record: printed with the chapter-group rules",

	"method/transaction value": "rvcTest",
	"method/net cost":          "rvcTest",

	"status/complete":        "evaluated",
	"status/with-conditions": "evaluated; its conditions are named facts",
	"status/failed":          "no rule data, never a guess",
}

// TestGuardEveryFieldIsHandled walks the rule types by reflection.
func TestGuardEveryFieldIsHandled(t *testing.T) {
	pkg := reflect.TypeOf(rules.Rule{}).PkgPath()
	seen := map[reflect.Type]bool{}
	found := map[string]bool{}
	var walk func(reflect.Type)
	walk = func(tp reflect.Type) {
		for tp.Kind() == reflect.Pointer || tp.Kind() == reflect.Slice {
			tp = tp.Elem()
		}
		if tp.Kind() != reflect.Struct || seen[tp] || tp.PkgPath() != pkg {
			return
		}
		seen[tp] = true
		for i := 0; i < tp.NumField(); i++ {
			f := tp.Field(i)
			if !f.IsExported() {
				continue
			}
			key := tp.Name() + "." + f.Name
			found[key] = true
			if handledFields[key] == "" {
				t.Errorf("%s (%s) is a new field of the rule structure: say in handledFields how the engine applies it or which named fact it becomes — and make it so", key, f.Type)
			}
			walk(f.Type)
		}
	}
	walk(reflect.TypeOf(rules.Chapter{}))
	for k := range handledFields {
		if !found[k] {
			t.Errorf("handledFields lists %s, which the rule types no longer have", k)
		}
	}
}

// allSources lists a branch's sources and exceptions, groups included.
func allSources(b *rules.Branch) []rules.Source {
	var out []rules.Source
	var add func([]rules.Source)
	add = func(list []rules.Source) {
		for _, s := range list {
			out = append(out, s)
			for _, g := range s.Groups {
				add(g)
			}
		}
	}
	add(b.Shift.From)
	add(b.Shift.Also)
	add(b.Shift.Except)
	return out
}

// sourceKind names a source's kind with its marks.
func sourceKind(s rules.Source) string {
	k := "source/" + s.Kind.String()
	if s.InGroup {
		k += "+in-group"
	}
	if s.Other {
		k += "+other"
	}
	if s.Qualified() {
		k += "+qualified"
	}
	return k
}

func allChapters(t *testing.T) []*rules.Chapter {
	t.Helper()
	chs, err := base(t).All()
	if err != nil {
		t.Fatal(err)
	}
	return chs
}

// TestGuardEveryKindIsHandled collects every kind value of the whole rule
// base.
func TestGuardEveryKindIsHandled(t *testing.T) {
	seen := map[string]string{} // kind → an example citation
	note := func(k, cite string) {
		if _, ok := seen[k]; !ok {
			seen[k] = cite
		}
	}
	for _, ch := range allChapters(t) {
		for _, r := range ch.Rules {
			note("status/"+r.Status.String(), r.Citation())
			for i := range r.Branches {
				b := &r.Branches[i]
				cite := r.BranchCitation(b)
				note("branch/"+b.Kind.String(), cite)
				for _, s := range allSources(b) {
					note(sourceKind(s), cite)
				}
				for _, c := range r.Facts(b) {
					note("condition/"+c.Kind.String(), cite)
				}
				if b.RVC != nil {
					for _, th := range b.RVC.Thresholds {
						note("method/"+th.Method.String(), cite)
					}
				}
			}
		}
		for _, n := range ch.Notes {
			note("note/"+n.Kind.String(), n.Citation())
			note("status/"+n.Status.String(), n.Citation())
			for _, c := range n.Conditions {
				note("condition/"+c.Kind.String(), n.Citation())
			}
		}
	}
	var kinds []string
	for k := range seen {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		if handledKinds[k] == "" {
			t.Errorf("the rule base has %s (e.g. %s), which no engine handler claims: handle it (or turn it into a named fact) and list it in handledKinds", k, seen[k])
		}
	}
	if len(kinds) < 20 {
		t.Errorf("only %d kinds found in the rule base: %v", len(kinds), kinds)
	}
}

// codeOf gives a code of at least six digits inside a provision.
func codeOf(c hs.Code) hs.Code {
	for c.Len() < 6 {
		c += "0"
	}
	return c
}

// plainAdmits reports whether a source other than the one at skip, with no
// "other" mark and no description, admits the material outright.
func plainAdmits(b *rules.Branch, good, mat hs.Code) bool {
	probe := *b
	probe.Shift = rules.Shift{}
	for _, s := range append(append([]rules.Source(nil), b.Shift.From...), b.Shift.Also...) {
		if s.Other || s.Qualified() || s.Kind == rules.Description || s.Kind == rules.MoreThanOne {
			continue
		}
		probe.Shift.From = append(probe.Shift.From, s)
	}
	probe.Shift.Except = b.Shift.Except
	if len(probe.Shift.From) == 0 {
		return false
	}
	return probe.TestMaterial(good, mat).Outcome == rules.Pass
}

// TestGuardSourcesOverTheWholeBase: every source marked "other good" or
// described in words, in every rule, is proved to ask a named fact for a
// material it cannot decide from codes (issue 17 item 1: "from any other
// good of heading 8801" passed a glider made from a glider).
func TestGuardSourcesOverTheWholeBase(t *testing.T) {
	checked := 0
	for _, ch := range allChapters(t) {
		for _, r := range ch.Rules {
			for i := range r.Branches {
				b := &r.Branches[i]
				if b.Kind != rules.Change || len(b.Target.Refs) == 0 {
					continue
				}
				good := codeOf(b.Target.Refs[0].From)
				for _, s := range append(append([]rules.Source(nil), b.Shift.From...), b.Shift.Also...) {
					var mat hs.Code
					switch {
					case s.Other && (s.Kind == rules.Within || s.Kind == rules.InGroup):
						mat = good
					case s.Other && s.Kind == rules.Provisions && len(s.Refs) > 0 && s.Refs.Contains(good).In == rules.Yes:
						mat = good
					case s.Qualified() && s.Kind == rules.Provisions && len(s.Refs) > 0:
						mat = codeOf(s.Refs[0].From)
					default:
						continue
					}
					if plainAdmits(b, good, mat) {
						continue // another source admits it by code alone
					}
					checked++
					res := b.TestMaterial(good, mat)
					if res.Outcome == rules.Pass {
						t.Errorf("%s: %q passes material %s in good %s with no fact asked: %s", r.BranchCitation(b), s.Description(), mat, good, res.Reason)
						continue
					}
					if res.Outcome == rules.Undetermined && len(res.Facts) == 0 && !strings.Contains(res.Reason, "coarse") && !strings.Contains(res.Reason, "not of this branch") {
						t.Errorf("%s: %q leaves material %s undetermined without naming a fact: %s", r.BranchCitation(b), s.Description(), mat, res.Reason)
					}
					for _, f := range res.Facts {
						if f.Key == "" || f.Question == "" {
							t.Errorf("%s: a fact without key or question: %+v", r.BranchCitation(b), f)
						}
					}
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("only %d sources checked; the walk over the rule base is broken", checked)
	}
}

// TestGuardFactsOverTheWholeBase: every condition, lead-in description and
// described target becomes a named fact of its branch, and every note's
// conditions are named; every process branch names its process.
func TestGuardFactsOverTheWholeBase(t *testing.T) {
	for _, ch := range allChapters(t) {
		for _, r := range ch.Rules {
			for i := range r.Branches {
				b := &r.Branches[i]
				keys := map[string]bool{}
				for _, c := range r.Facts(b) {
					if c.Key == "" || c.Question == "" {
						t.Errorf("%s: fact without key or question: %+v", r.BranchCitation(b), c)
					}
					keys[c.Key] = true
				}
				for _, c := range b.Conditions {
					if !keys[c.Key] {
						t.Errorf("%s: condition %s is not among the branch's facts", r.BranchCitation(b), c.Key)
					}
				}
				if c, ok := b.Target.ProductFact(); ok && !keys[c.Key] {
					t.Errorf("%s: the described target %q is not a fact", r.BranchCitation(b), b.Target.Description())
				}
				if r.Lead != nil && (r.Lead.Desc != "" || r.Lead.After != "") && len(keys) == 0 {
					t.Errorf("%s: the lead-in %q describes the goods but no fact asks it", r.BranchCitation(b), r.Lead.Goods())
				}
				if r.Lead != nil && r.Lead.Other && (r.Uses == 0 || (r.UseBasis != "other" && r.UseBasis != "stated")) {
					t.Errorf("%s: \"any other\" lead-in, but its uses are %s (%s): nothing routes the good away from the sibling rules", r.Citation(), r.Uses, r.UseBasis)
				}
				if b.Kind == rules.Process && strings.TrimSpace(b.Process) == "" {
					t.Errorf("%s: a process branch names no process", r.BranchCitation(b))
				}
			}
		}
		for _, n := range ch.Notes {
			for _, c := range n.Conditions {
				if c.Key == "" || c.Question == "" {
					t.Errorf("%s: note condition without key or question: %+v", n.Citation(), c)
				}
			}
		}
	}
}

// TestGuardNoChangeBranchesOverTheWholeBase: every branch that needs no
// change in tariff classification (GN 11(o) ch. 85 rule 109 needs nothing
// else at all) asks the UR §11 fact before it certifies a good made from a
// non-originating material of the good's own code (issue 17 item 4; CBP HQ
// H318560).
func TestGuardNoChangeBranchesOverTheWholeBase(t *testing.T) {
	n := 0
	for _, ch := range allChapters(t) {
		for _, r := range ch.Rules {
			for i := range r.Branches {
				b := &r.Branches[i]
				if b.Kind == rules.Change || len(b.Target.Refs) == 0 {
					continue
				}
				n++
				code := string(codeOf(b.Target.Refs[0].From))
				g := good(code, "1000", "", mat("SAME", code, NonOriginating, "100"))
				vnm, err := ComputeVNM(g, date("2026-07-01"))
				if err != nil {
					t.Fatal(err)
				}
				d := &determination{g: g, res: &Result{VNM: vnm}, facts: newFacts(g), missingSeen: map[string]bool{}, inputSeen: map[string]bool{}}
				br := d.evaluateBranch(r, b)
				if br.Outcome == NotApplicable {
					continue
				}
				br.Outcome = Pass // as if every fact and the RVC were met
				d.res.Branches = []BranchResult{br}
				if why := d.nonQualifyingPossible("B", br.Citation); why == "" {
					t.Errorf("%s needs no change in classification, yet a good of %s from a non-originating %s would be certified without the UR §11 question", br.Citation, code, code)
				}
			}
		}
	}
	if n < 50 {
		t.Errorf("only %d no-change branches checked", n)
	}
}

// TestGuardBranchGoodsOverTheWholeBase: every branch that excepts goods
// ("except for a good of subheading 2916.32", GN 11(o) ch. 29 rule 1(B))
// is not applied to an excepted good, whatever its kind.
func TestGuardBranchGoodsOverTheWholeBase(t *testing.T) {
	n := 0
	for _, ch := range allChapters(t) {
		for _, r := range ch.Rules {
			for i := range r.Branches {
				b := &r.Branches[i]
				if len(b.Target.Except) == 0 {
					continue
				}
				n++
				code := codeOf(b.Target.Except[0].From)
				g := good(string(code), "100", "", mat("SAME", string(code), NonOriginating, "10"))
				d := &determination{g: g, res: &Result{}, facts: newFacts(g), missingSeen: map[string]bool{}, inputSeen: map[string]bool{}}
				if br := d.evaluateBranch(r, b); br.Outcome != NotApplicable {
					t.Errorf("%s excepts %s but was %s for a good of it: %v", r.BranchCitation(b), b.Target.Except, br.Outcome, br.Reasons)
				}
			}
		}
	}
	if n == 0 {
		t.Skip("no branch of the rule base excepts goods")
	}
}

// TestGuardGroupsOverTheWholeBase: every "except from more than one of the
// following" refuses materials from two of its groups.
func TestGuardGroupsOverTheWholeBase(t *testing.T) {
	n := 0
	for _, ch := range allChapters(t) {
		for _, r := range ch.Rules {
			for i := range r.Branches {
				b := &r.Branches[i]
				if b.Kind != rules.Change || len(b.Target.Refs) == 0 {
					continue
				}
				for _, s := range b.Shift.Except {
					if s.Kind != rules.MoreThanOne || len(s.Groups) < 2 {
						continue
					}
					var mats []hs.Code
					for _, g := range s.Groups[:2] {
						if len(g) == 0 || len(g[0].Refs) == 0 {
							continue
						}
						mats = append(mats, codeOf(g[0].Refs[0].From))
					}
					if len(mats) < 2 {
						continue
					}
					n++
					good := codeOf(b.Target.Refs[0].From)
					if res := b.TestMaterials(good, mats); res.Outcome == rules.Pass {
						t.Errorf("%s: materials %v of two groups of %q pass: %s", r.BranchCitation(b), mats, s.Description(), res.Reason)
					}
				}
			}
		}
	}
	if n == 0 {
		t.Error("no \"more than one of the following\" exception checked")
	}
}
