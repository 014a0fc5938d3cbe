package origin

import (
	"math/rand/v2"
	"testing"
)

// Every fact the engine itself asks is among the keys a workbook may
// answer, so the reader never refuses an answer roo needs.
func TestFactKeysHoldTheEnginesOwn(t *testing.T) {
	keys, err := FactKeys(base(t))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{FactWhollyObtained, FactSet, FactUnassembled, FactPartsSameSubheading, "gn11p-parts-of-844331-844332", "chemical-reaction-in-territory"}
	for _, k := range want {
		if !keys[k] {
			t.Errorf("FactKeys lacks %q", k)
		}
	}
	if len(keys) < 300 {
		t.Errorf("only %d keys", len(keys))
	}
}

// Every fact a determination asks for is a key FactKeys lists: the reader
// refuses the others, so a key missing here would make roo refuse the
// answer to its own question.
func TestFactKeysHoldEveryAskedFact(t *testing.T) {
	keys, err := FactKeys(base(t))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(13, 13))
	asked := 0
	for range 400 {
		res := evaluate(t, randomGood(rng, 1+rng.IntN(8)))
		for _, f := range res.MissingFacts {
			asked++
			if !keys[f.Key] && !IsFormerCodeFact(f.Key) {
				t.Errorf("%s asks %q, which FactKeys lacks", res.Good.HTS, f.Key)
			}
		}
	}
	if asked == 0 {
		t.Fatal("no determination asked a fact")
	}
}
