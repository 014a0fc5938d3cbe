package origin

import (
	"strings"

	"github.com/roo-trade/roo/origin/rules"
)

// Fact keys the engine itself asks about, beside those the rules carry.
const (
	// FactWhollyObtained: the good is wholly obtained or produced in the
	// territory (criterion A, UR §3(1)).
	FactWhollyObtained = "wholly-obtained"
	// FactSet: the good is a set classified by GRI 3 (UR §6).
	FactSet = "gri-3-set"
	// FactUnassembled: the good was imported unassembled or disassembled
	// and is classified as assembled by GRI 2(a) (UR §3(4)(b)).
	FactUnassembled = "imported-unassembled"
	// FactPartsSameSubheading: the non-originating materials classified
	// with the good are provided for as parts of it (criterion D, 19 USC
	// 4531(c)(1)(D)).
	FactPartsSameSubheading = "materials-are-parts-of-the-good"
	// FactNonQualifying: the good underwent only an operation that does
	// not confer origin (UR §11; 19 USC 4531(n); the definition of
	// production; CBP HQ H318560).
	FactNonQualifying = "non-qualifying-operation"
)

// factQuestions are the questions of the engine's own facts.
var factQuestions = map[string]string{
	FactWhollyObtained:      "Is the good wholly obtained or produced entirely in the territory of one or more USMCA countries (UR §3(1))?",
	FactSet:                 "Is the good a set classified by General Rule of Interpretation 3 (UR §6)?",
	FactUnassembled:         "Was the good imported unassembled or disassembled and classified as assembled under GRI 2(a) (UR §3(4)(b))?",
	FactPartsSameSubheading: "Are the non-originating materials classified in the good's own subheading provided for as parts of the good (19 USC 4531(c)(1)(D))?",
	FactNonQualifying:       "Was the good only diluted with water or another substance that does not materially alter its characteristics, repackaged, relabelled or put up for sale — operations that are not production of a new good — or produced by a practice whose object is to circumvent the rules of origin (UR §11; 19 USC 4531(n); CBP HQ H318560)?",
}

// Fact is a fact a determination needs and the workbook did not give.
type Fact struct {
	Key      string `json:"key"`
	Question string `json:"question"`
	// For says what the answer decides (a rule branch, criterion D).
	For string `json:"for"`
}

// facts answers fact questions from a good's workbook facts.
type facts struct {
	given map[string]bool
}

func newFacts(g *Good) facts {
	f := facts{given: map[string]bool{}}
	for k, v := range g.Facts {
		f.given[normalizeFactKey(k)] = v
	}
	return f
}

// normalizeFactKey folds a key as workbooks and rules spell it: lower
// case, words joined by hyphens.
func normalizeFactKey(k string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(k), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}), "-")
}

// get answers one key.
func (f facts) get(key string) (yes, known bool) {
	yes, known = f.given[normalizeFactKey(key)]
	return
}

// lookup is the form the rules package takes.
func (f facts) lookup() rules.Facts { return f.get }
