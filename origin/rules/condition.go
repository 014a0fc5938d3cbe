package rules

import (
	"fmt"
	"hash/fnv"
	"strings"
)

// Condition is a requirement the engine cannot compute from a bill of
// materials: a fact about the good or its production that the user must
// give (a workbook column "Fact: <Key>"). A determination turns every
// condition of a branch it relies on into a required fact; none is ever
// dropped.
type Condition struct {
	// Key is a stable short slug, the same for the same requirement in
	// every rule ("cut-knit-sewn-in-territory").
	Key  string        `json:"key"`
	Kind ConditionKind `json:"kind"`
	// Question asks for the fact in plain words, answerable yes or no.
	Question string `json:"question"`
	// Text is the clause as printed.
	Text string `json:"text"`
}

// ConditionKind groups conditions by what they are about.
type ConditionKind uint8

// The kinds of condition.
const (
	// Processing: something done in the territory (cut and sewn, a
	// chemical reaction, a refining process, a reduction of bar or rod).
	Processing ConditionKind = iota + 1
	// Content: a share of the good or of its materials by weight or volume.
	Content
	// Composition: what the good is made of ("wholly of such fabric", the
	// share of non-originating printed circuit assemblies).
	Composition
	// Product: the good is of a described kind ("mounted brake linings").
	Product
	// Material: a material is of a described kind ("housings").
	Material
)

// String names the kind.
func (k ConditionKind) String() string {
	switch k {
	case Processing:
		return "processing"
	case Content:
		return "content"
	case Composition:
		return "composition"
	case Product:
		return "product"
	case Material:
		return "material"
	}
	return "unknown"
}

// FactKey builds a stable fact key from a prefix and the words of a text:
// the first words as a slug, with a short hash of the whole text when words
// had to be dropped, so that different texts never share a key.
func FactKey(prefix, text string) string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	const maxWords = 6
	slug := words
	if len(slug) > maxWords {
		slug = slug[:maxWords]
	}
	key := prefix
	if len(slug) > 0 {
		key += "-" + strings.Join(slug, "-")
	}
	if len(words) > maxWords {
		h := fnv.New32a()
		h.Write([]byte(strings.Join(words, " ")))
		key += fmt.Sprintf("-%04x", h.Sum32()&0xffff)
	}
	return key
}

// productFact is the condition a described target sets: the good must be
// of the described kind. It is false for a target that describes no goods
// and for "any other good" (see Rule.Facts, which knows the siblings).
// ProductFact is the condition a described target sets: the good must be
// of the described kind. It is false for a target that describes no goods
// and for "any other good".
func (t Target) ProductFact() (Condition, bool) { return t.productFact() }

func (t Target) productFact() (Condition, bool) {
	if t.Other || (t.Desc == "" && t.After == "") {
		return Condition{}, false
	}
	d := t.Description()
	return Condition{
		Key:      FactKey("product", t.Desc+" "+t.After),
		Kind:     Product,
		Question: "Is the good " + d + "?",
		Text:     d,
	}, true
}

// otherFact is the condition of an "any other good" target whose sibling
// branches describe goods: the good must be none of them.
func otherFact(t Target, described []string) Condition {
	return Condition{
		Key:      FactKey("product-other", t.Refs.String()),
		Kind:     Product,
		Question: "Is the good of " + t.Refs.String() + " none of these: " + joinList(described, "or") + "?",
		Text:     t.Description(),
	}
}

// materialFact is the condition a described source sets on a material: the
// material must be of the described kind. It is false for an item that the
// codes alone decide.
func (s Source) materialFact() (Condition, bool) {
	if s.Kind != Description && !s.Qualified() {
		return Condition{}, false
	}
	d := s.Description()
	return Condition{
		Key:      FactKey("material", s.Desc+" "+s.After),
		Kind:     Material,
		Question: "Is the material " + d + "?",
		Text:     d,
	}, true
}

// materialFactFor is materialFact within a branch whose goods are
// described as targetDesc: "parts thereof" are parts of those goods.
func (s Source) materialFactFor(targetDesc string) (Condition, bool) {
	c, ok := s.materialFact()
	if ok && strings.Contains(s.Desc, "thereof") && targetDesc != "" {
		resolved := strings.Replace(s.Desc, "thereof", "of "+targetDesc, 1)
		c.Key = FactKey("material", resolved+" "+s.After)
		c.Question = strings.TrimSuffix(c.Question, "?") + " (\"thereof\": of " + targetDesc + ")?"
	}
	return c, ok
}

// productFact is the condition an opening phrase that describes the goods
// sets ("For a body stamping of subheading 8708.29 …"); false when it
// describes none.
func (l *LeadIn) productFact() (Condition, bool) {
	if l == nil || (l.Desc == "" && l.After == "") {
		return Condition{}, false
	}
	g := l.Goods()
	return Condition{Key: FactKey("product", l.Desc+" "+l.After), Kind: Product, Question: "Is the good " + g + "?", Text: g}, true
}

// Facts lists every fact a good must show to meet one branch of the rule,
// each once: the rule's own description of the goods; for an "any other
// good" branch, that the good is none of the goods its siblings describe;
// then the branch's facts.
func (r *Rule) Facts(b *Branch) []Condition {
	var out []Condition
	seen := map[string]bool{}
	add := func(c Condition) {
		if !seen[c.Key] {
			seen[c.Key] = true
			out = append(out, c)
		}
	}
	if c, ok := r.Lead.productFact(); ok {
		add(c)
	}
	if b.Target.Other {
		var described []string
		for i := range r.Branches {
			s := &r.Branches[i]
			if !s.Target.Other && (s.Target.Desc != "" || s.Target.After != "") {
				described = appendOnce(described, s.Target.Description())
			}
		}
		if len(described) > 0 {
			add(otherFact(b.Target, described))
		}
	}
	for _, c := range b.facts() {
		add(c)
	}
	return out
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// facts lists the facts of the branch alone: its description of the goods,
// the descriptions of its sources and exceptions, its named conditions.
func (b *Branch) facts() []Condition {
	var out []Condition
	if c, ok := b.Target.productFact(); ok {
		out = append(out, c)
	}
	var visit func(list []Source)
	visit = func(list []Source) {
		for _, s := range list {
			if c, ok := s.materialFactFor(b.Target.Desc); ok {
				out = append(out, c)
			}
			for _, g := range s.Groups {
				visit(g)
			}
		}
	}
	visit(b.Shift.From)
	visit(b.Shift.Also)
	visit(b.Shift.Except)
	return append(out, b.Conditions...)
}
