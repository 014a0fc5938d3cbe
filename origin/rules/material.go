package rules

import (
	"fmt"
	"strings"

	"github.com/roo-trade/roo/origin/hs"
)

// Outcome is the result of the tariff-shift test for one material.
type Outcome uint8

// The outcomes of the tariff-shift test.
const (
	// Pass: the material undergoes the required change.
	Pass Outcome = iota + 1
	// Fail: the material does not, or it comes from an excepted provision.
	Fail
	// Undetermined: the codes alone cannot tell (a code coarser than the
	// rule needs, a described provision, a partial edition mapping, or
	// "more than one of the following" that needs the other materials).
	Undetermined
)

// String names the outcome.
func (o Outcome) String() string {
	switch o {
	case Pass:
		return "pass"
	case Fail:
		return "fail"
	case Undetermined:
		return "undetermined"
	}
	return "unknown"
}

// MaterialResult is the tariff-shift test of one non-originating material.
type MaterialResult struct {
	Material hs.Code `json:"material"`
	Outcome  Outcome `json:"outcome"`
	// Reason is one line an auditor accepts: "8708.99 → 8708.30: change of
	// subheading", "fails: 8407.90 is excepted (heading 8407)".
	Reason string `json:"reason"`
	// Mapped is true when an HS-edition mapping decided the outcome.
	Mapped bool `json:"mapped"`
	// Facts would settle an undetermined outcome (the material is of a
	// described kind).
	Facts []Condition `json:"facts"`
	// NeedsSet is true when the outcome depends on the other non-originating
	// materials ("except from more than one of the following"); use
	// TestMaterials.
	NeedsSet bool `json:"needs_set"`
	// passes is the reason the material passes on its own, kept while the
	// set-level check is pending.
	passes string
}

// SetResult is the tariff-shift test of a whole set of non-originating
// materials, as "except from more than one of the following" needs.
type SetResult struct {
	Outcome   Outcome          `json:"outcome"`
	Reason    string           `json:"reason"`
	Materials []MaterialResult `json:"materials"`
}

// verdict is a membership with the item that gave it.
type verdict struct {
	m    Membership
	item string // the source or exception, as printed
	// fact is set when the answer is Maybe only because the item describes
	// its materials in words ("housings of subheading 8508.70").
	fact *Condition
}

// maybeWhy says why a source (allowed) or an exception leaves the outcome
// open.
func (v verdict) maybeWhy(allowed bool) string {
	switch {
	case v.fact == nil:
		return v.m.Why
	case allowed:
		return fmt.Sprintf("passes only if the material is %q", v.item)
	}
	return fmt.Sprintf("fails if the material is %q (excepted)", v.item)
}

// TestMaterial tests whether one non-originating material, of code
// material, meets the branch's change in tariff classification for a good
// of code good. Codes are HS 2022 / HTS codes of 2 to 10 digits; a code
// coarser than the rule needs never passes.
func (b *Branch) TestMaterial(good, material hs.Code) MaterialResult {
	res, _ := b.test(good, material, "", nil)
	return res
}

// Facts answers the facts a determination was given: for a key, the answer
// and whether it is known. A nil Facts knows nothing.
type Facts func(key string) (yes, known bool)

// TestMaterialFacts is TestMaterial with the facts the good's workbook
// gives: a material described in words ("housings of subheading 8508.70")
// is taken to be of the described kind when the fact is answered yes, and
// not when it is answered no. A good-level fact speaks for every material
// of the provisions it names.
func (b *Branch) TestMaterialFacts(good, material hs.Code, facts Facts) MaterialResult {
	res, _ := b.test(good, material, "", facts)
	return res
}

// test is TestMaterial that also returns the "more than one of the
// following" groups the material may fall in: for each such exception, the
// membership per group.
func (b *Branch) test(good, mat, former hs.Code, facts Facts) (MaterialResult, [][]Tri) {
	res := MaterialResult{Material: mat}
	switch b.Kind {
	case NoChange:
		res.Outcome, res.Reason = Pass, "no change in tariff classification is required"
		return res, nil
	case Process:
		res.Outcome, res.Reason = Pass, "no change in tariff classification is required (the branch requires a production process instead)"
		return res, nil
	}
	if m := b.Target.Refs.Contains(good); m.In == No {
		res.Outcome, res.Reason = Undetermined, fmt.Sprintf("undetermined: the good (%s) is not of this branch's goods (%s)", good, b.Target.Refs)
		return res, nil
	}
	ctx := itemContext{good: good, mat: mat, former: former, group: b.Target.Refs, facts: facts, targetDesc: b.Target.Desc}
	for _, list := range [][]Source{b.Shift.From, b.Shift.Also, b.Shift.Except} {
		for _, s := range list {
			if s.Kind == Provisions && s.Qualified() {
				ctx.described = append(ctx.described, s)
			}
		}
	}
	var allowed verdict
	for _, list := range [][]Source{b.Shift.From, b.Shift.Also} {
		for _, s := range list {
			allowed = better(allowed, s.admits(ctx))
		}
	}
	var excepted verdict
	var hits [][]Tri
	for _, s := range b.Shift.Except {
		if s.Kind == MoreThanOne {
			hits = append(hits, s.groupHits(ctx))
			continue
		}
		excepted = better(excepted, s.admits(ctx))
	}
	arrow := mat.String() + " → " + good.String()
	switch {
	case excepted.m.In == Yes:
		res.Outcome = Fail
		res.Reason = fmt.Sprintf("fails: %s is excepted (%s)", mat, excepted.item)
		res.Mapped = excepted.m.Mapped
		if excepted.m.Mapped {
			res.Reason += "; " + excepted.m.Why
		}
		return res, hits
	case allowed.m.In == No:
		res.Outcome = Fail
		res.Reason = "fails: " + arrow + ": " + b.noSource(good, mat)
		return res, hits
	case allowed.m.In == Maybe:
		res.Outcome = Undetermined
		res.Reason = "undetermined: " + allowed.maybeWhy(true)
		res.Mapped = allowed.m.Mapped
		addFact(&res, allowed.fact)
		if excepted.m.In == Maybe {
			res.Reason += "; and " + excepted.maybeWhy(false)
			addFact(&res, excepted.fact)
		}
		return res, hits
	case excepted.m.In == Maybe:
		res.Outcome = Undetermined
		res.Reason = fmt.Sprintf("undetermined: %s, but %s", allowed.m.Why, excepted.maybeWhy(false))
		res.Mapped = excepted.m.Mapped || allowed.m.Mapped
		addFact(&res, excepted.fact)
		return res, hits
	}
	res.Outcome = Pass
	res.Reason = arrow + ": " + allowed.m.Why
	res.Mapped = allowed.m.Mapped
	for _, h := range hits {
		for i, t := range h {
			if t != No {
				res.Outcome = Undetermined
				res.NeedsSet = true
				res.passes = res.Reason
				res.Reason = fmt.Sprintf("undetermined: %s, but it is of group (%c) of \"except from more than one of the following\": it fails if non-originating materials come from another group too", res.Reason, 'A'+i)
				return res, hits
			}
		}
	}
	return res, hits
}

// TestMaterials tests every non-originating material of a good, and the
// exceptions that need the whole set ("except from more than one of the
// following"). The outcome is Fail if any material fails, else Undetermined
// if any is undetermined, else Pass.
func (b *Branch) TestMaterials(good hs.Code, materials []hs.Code) SetResult {
	return b.TestMaterialsFacts(good, materials, nil)
}

// TestMaterialsFacts is TestMaterials with the facts the good's workbook
// gives (see TestMaterialFacts).
func (b *Branch) TestMaterialsFacts(good hs.Code, materials []hs.Code, facts Facts) SetResult {
	return b.TestMaterialsFormer(good, materials, nil, facts)
}

// TestMaterialsFormer is TestMaterialsFacts with each material's former
// code (its classification in the older HS edition a rule cites), where the
// workbook gives one: formers[i] belongs to materials[i], "" when not given.
// It settles only what a partial edition correspondence left open; a
// material the current code decides is decided by it.
func (b *Branch) TestMaterialsFormer(good hs.Code, materials, formers []hs.Code, facts Facts) SetResult {
	out := SetResult{Outcome: Pass, Reason: "every non-originating material meets the change in tariff classification"}
	var allHits [][][]Tri
	for i, mat := range materials {
		var former hs.Code
		if i < len(formers) {
			former = formers[i]
		}
		res, hits := b.test(good, mat, former, facts)
		out.Materials = append(out.Materials, res)
		allHits = append(allHits, hits)
	}
	// Settle "more than one of the following", exception by exception.
	nGroups := 0
	for _, s := range b.Shift.Except {
		if s.Kind == MoreThanOne {
			nGroups++
		}
	}
	verdicts := make([]Tri, nGroups)
	for x := range nGroups {
		sure, maybe := map[int]bool{}, map[int]bool{}
		for i := range materials {
			if x >= len(allHits[i]) {
				continue
			}
			for g, t := range allHits[i][x] {
				switch t {
				case Yes:
					sure[g] = true
				case Maybe:
					maybe[g] = true
				}
			}
		}
		for g := range sure {
			delete(maybe, g)
		}
		switch {
		case len(sure) > 1:
			verdicts[x] = Yes
		case len(sure)+len(maybe) > 1:
			verdicts[x] = Maybe
		default:
			verdicts[x] = No
		}
	}
	for i := range out.Materials {
		r := &out.Materials[i]
		if !r.NeedsSet {
			continue
		}
		worst := No // the worst verdict of the exceptions the material is in a group of
		for x, v := range verdicts {
			inGroup := false
			for _, t := range allHits[i][x] {
				inGroup = inGroup || t != No
			}
			if inGroup && (v == Yes || (v == Maybe && worst == No)) {
				worst = v
			}
		}
		switch worst {
		case Yes:
			r.Outcome, r.NeedsSet = Fail, false
			r.Reason = fmt.Sprintf("fails: %s is of one group of \"except from more than one of the following\", and other non-originating materials are of another group", r.Material)
		case No:
			r.Outcome, r.NeedsSet = Pass, false
			r.Reason = r.passes + " (non-originating materials come from only one group of \"more than one of the following\")"
		}
	}
	for _, r := range out.Materials {
		switch {
		case r.Outcome == Fail:
			out.Outcome, out.Reason = Fail, r.Reason
		case r.Outcome == Undetermined && out.Outcome == Pass:
			out.Outcome, out.Reason = Undetermined, r.Reason
		}
	}
	return out
}

// better keeps the stronger of two verdicts: Yes over Maybe over No, and an
// unmapped Yes over a mapped one.
func better(a, b verdict) verdict {
	switch {
	case a.item == "":
		return b
	case b.m.In == Yes && (a.m.In != Yes || (a.m.Mapped && !b.m.Mapped)):
		return b
	case b.m.In == Maybe && a.m.In == No:
		return b
	}
	return a
}

func addFact(res *MaterialResult, c *Condition) {
	if c != nil {
		res.Facts = append(res.Facts, *c)
	}
}

// noSource says why a material comes from no allowed source.
func (b *Branch) noSource(good, mat hs.Code) string {
	for _, s := range b.Shift.From {
		if s.Kind == AnyOther && len(s.Refs) == 0 && !s.InGroup {
			return "no change of " + levelWord(s.Level, false) + " (" + mat.Truncate(s.Level).String() + " → " + good.Truncate(s.Level).String() + ")"
		}
	}
	return "not from an allowed source (" + renderSources(append(append([]Source(nil), b.Shift.From...), b.Shift.Also...)) + ")"
}

// itemContext is what testing one item against a material needs: the codes
// of the good and the material, the branch's group of provisions, and the
// branch's described items (which "any other good of …" excludes).
type itemContext struct {
	good, mat hs.Code
	// former is the material's code in an older HS edition, when the
	// workbook gives it (see in).
	former    hs.Code
	group     Refs
	described []Source
	facts     Facts
	// targetDesc describes the branch's goods, for "parts thereof".
	targetDesc string
}

// settle answers a verdict that waits only on a described kind of
// material, when the facts give the answer.
func (ctx itemContext) settle(v verdict) verdict {
	if v.fact == nil || v.m.In != Maybe || ctx.facts == nil {
		return v
	}
	yes, known := ctx.facts(v.fact.Key)
	if !known {
		return v
	}
	if yes {
		v.m = Membership{In: Yes, Mapped: v.m.Mapped, Why: "the workbook states the material is " + v.fact.Text + " (fact " + v.fact.Key + ")"}
	} else {
		v.m = Membership{In: No, Mapped: v.m.Mapped, Why: "the workbook states the material is not " + v.fact.Text + " (fact " + v.fact.Key + ")"}
	}
	v.fact = nil
	return v
}

// admits says whether a source (or exception) item covers the material.
func (s Source) admits(ctx itemContext) verdict {
	good, mat, group := ctx.good, ctx.mat, ctx.group
	v := verdict{item: s.Description()}
	switch s.Kind {
	case Provisions:
		v.m = ctx.in(s.Refs)
		if v.m.In == Yes {
			why := "from " + s.Refs.String() + ", an allowed source"
			if v.m.Mapped {
				why += " (" + v.m.Why + ")"
			}
			v.m.Why = why
		}
		if v.m.In == Yes && s.Other {
			// "any other good of heading 5108" beside "yarn of combed camel
			// hair of subheading 5108.20": a material of the described kind
			// is not "any other good".
			for _, d := range ctx.described {
				if ctx.in(d.Refs).In != No {
					c := Condition{Key: FactKey("material-not", d.Desc+" "+d.After), Kind: Material,
						Question: "Is the material other than " + d.Description() + "?", Text: "other than " + d.Description()}
					v.fact = &c
					v.m.In = Maybe
					v.item = s.Description() + ", other than " + d.Description()
					return ctx.settle(v)
				}
			}
			if !s.Qualified() {
				return ctx.settle(ctx.otherGood(v, s))
			}
		}
	case AnyOther:
		v.m = differs(good, mat, s.Level)
		if len(s.Refs) > 0 {
			v.m = and(v.m, ctx.in(s.Refs))
		}
		if s.InGroup {
			v.m = and(v.m, ctx.in(group))
		}
	case OutsideGroup:
		in := ctx.in(group)
		v.m = Membership{In: not(in.In), Mapped: in.Mapped, Why: in.Why}
		switch v.m.In {
		case Yes:
			v.m.Why = "from a " + levelWord(s.Level, false) + " outside " + group.String()
		case Maybe:
			v.m.Why = "cannot tell whether " + mat.String() + " is outside " + group.String() + ": " + in.Why
		}
	case Within:
		v.m = same(good, mat, s.Level)
		if v.m.In == Yes && s.Other {
			return ctx.settle(ctx.otherGood(v, s))
		}
	case InGroup:
		v.m = ctx.in(group)
		if v.m.In == Yes && v.m.Why == "" {
			v.m.Why = "from within " + group.String() + ", which the branch allows"
		}
		if v.m.In == Yes && s.Other && !s.Qualified() {
			return ctx.settle(ctx.otherGood(v, s)) // "any other good within that group"
		}
	case Description:
		v.m = Membership{In: Yes}
	case MoreThanOne:
		for _, g := range s.Groups {
			for _, x := range g {
				v = better(v, x.admits(ctx))
			}
		}
		v.item = s.Description()
		return v
	}
	if v.m.In == Yes && (s.Qualified() || s.Kind == Description) {
		c, _ := s.materialFactFor(ctx.targetDesc)
		v.fact = &c
		v.m.In = Maybe
	}
	return ctx.settle(v)
}

// groupHits says, for each group of a "more than one of the following"
// exception, whether the material belongs to it.
func (s Source) groupHits(ctx itemContext) []Tri {
	out := make([]Tri, len(s.Groups))
	for i, g := range s.Groups {
		var v verdict
		for _, x := range g {
			v = better(v, x.admits(ctx))
		}
		out[i] = v.m.In
	}
	return out
}

// differs says whether two codes differ at a level; a code too coarse to
// tell gives Maybe.
func differs(good, mat hs.Code, l hs.Level) Membership {
	n := min(good.Len(), mat.Len(), int(l))
	if good[:n] != mat[:n] {
		return Membership{In: Yes, Why: "change of " + levelWord(l, false)}
	}
	if n < int(l) {
		short := mat
		if good.Len() < mat.Len() {
			short = good
		}
		return Membership{In: Maybe, Why: fmt.Sprintf("%s is too coarse to tell whether there is a change of %s: give %d digits", short, levelWord(l, false), int(l))}
	}
	return Membership{In: No}
}

// same says whether two codes share their provision at a level.
func same(good, mat hs.Code, l hs.Level) Membership {
	d := differs(good, mat, l)
	switch d.In {
	case Yes:
		return Membership{In: No}
	case No:
		return Membership{In: Yes, Why: "a change within " + levelWord(l, false) + " " + good.Truncate(l).String() + ", which the branch allows"}
	}
	return d
}

// and combines two memberships that must both hold.
func and(a, b Membership) Membership {
	switch {
	case a.In == No || b.In == No:
		return Membership{In: No}
	case a.In == Maybe:
		return a
	case b.In == Maybe:
		return b
	}
	out := a
	out.Mapped = a.Mapped || b.Mapped
	if b.Mapped {
		out.Why = strings.TrimSpace(a.Why + "; " + b.Why)
	}
	return out
}

func not(t Tri) Tri {
	switch t {
	case Yes:
		return No
	case No:
		return Yes
	}
	return Maybe
}

// otherGood applies the "other good" of "any other good of heading 8801"
// or "any other good within that subheading" to a material the provision
// admits: a non-originating material that may be the same good as the one
// produced (its code and the good's agree as far as both go) meets the
// clause only if it is in fact a different good, which codes cannot show.
// The answer is a fact asked per material, keyed by the material's code
// (and the branch's description of its goods), so the same material gets
// the same key in every determination (GN 11(o) ch. 88 rule 1(A); ch. 84
// rule 200; issue 17 item 1).
func (ctx itemContext) otherGood(v verdict, s Source) verdict {
	n := min(ctx.good.Len(), ctx.mat.Len())
	if ctx.good[:n] != ctx.mat[:n] {
		return v // a different code: a different good
	}
	c := otherGoodFact(ctx.mat, ctx.good, ctx.targetDesc)
	v.fact = &c
	v.m = Membership{In: Maybe, Mapped: v.m.Mapped, Why: fmt.Sprintf("passes only if the material of %s is a different good from the good (the rule allows %q, and the codes cannot tell the same good from another; fact %s)", ctx.mat, s.Description(), c.Key)}
	v.item = c.Text
	return v
}

// otherGoodFact is the fact "the material is a good other than the one
// produced" for a material of code mat in a good of code good whose branch
// describes its goods as targetDesc ("gliders or hang gliders"; empty when
// the branch covers every good of its provisions).
func otherGoodFact(mat, good hs.Code, targetDesc string) Condition {
	than := "the good produced (" + good.String() + ")"
	if targetDesc != "" {
		than = targetDesc
	}
	key := "material-other-good-" + string(mat)
	if targetDesc != "" {
		key = FactKey(key, targetDesc)
	}
	return Condition{
		Key:      key,
		Kind:     Material,
		Question: fmt.Sprintf("Is the non-originating material of %s a good other than %s (the rule allows only \"any other good\" of the good's own provision)?", mat, than),
		Text:     "a good other than " + than,
	}
}

// in is whether the material lies within refs. Where only a partial
// correspondence between HS editions leaves that open (a Maybe the mapping
// decided), the material's former code, when the workbook gives it, settles
// it against the provisions cited in that older edition. Any other answer
// stands as the current code gives it.
func (ctx itemContext) in(rs Refs) Membership {
	m := rs.Contains(ctx.mat)
	if ctx.former == "" || m.In != Maybe || !m.Mapped {
		return m
	}
	for _, r := range rs {
		if r.Edition == nil {
			if r.Contains(ctx.mat).In != No {
				return m // a provision of the current edition leaves it open too
			}
			continue
		}
		if x := r.containsCited(ctx.former); x == Yes {
			return Membership{In: Yes, Mapped: true, Why: "the workbook gives the material's former code " + ctx.former.String() + ", within " + r.String()}
		} else if x == Maybe {
			return m
		}
	}
	return Membership{In: No, Mapped: true, Why: "the workbook gives the material's former code " + ctx.former.String() + ", outside " + rs.String()}
}
