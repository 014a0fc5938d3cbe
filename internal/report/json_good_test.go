package report

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
)

// The good encoder writes what json.MarshalIndent writes, byte for byte,
// for goods with every field set to awkward values, left nil or empty: a
// field added to the report and forgotten by the encoder fails here.
func TestGoodJSONMatchesEncodingJSON(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	var e goodEncoder
	for i := range 3000 {
		var g Good
		fillRandom(reflect.ValueOf(&g).Elem(), rnd, 0)
		checkGoodJSON(t, &e, &g, i)
	}
	// The zero good: every pointer and slice nil.
	checkGoodJSON(t, &e, &Good{}, -1)
}

// The goods of the sample workbooks and the fixtures, as roo reports them.
func TestGoodJSONMatchesEncodingJSONOnSamples(t *testing.T) {
	var e goodEncoder
	samples, _ := sampleGoods(t)
	for i, g := range append(samples, fixtureGoods()...) {
		checkGoodJSON(t, &e, &g, i)
	}
}

func checkGoodJSON(t *testing.T, e *goodEncoder, g *Good, i int) {
	t.Helper()
	want, err := json.MarshalIndent(g, "    ", "  ")
	if err != nil {
		t.Fatal(err)
	}
	e.reset("    ")
	e.good(g)
	if e.err != nil {
		t.Fatal(e.err)
	}
	if string(e.b) != string(want) {
		t.Fatalf("good %d:\ngot  %s\nwant %s", i, e.b, want)
	}
}

// awkward are strings encoding/json escapes in every way it can.
var awkward = []string{"", "plain", "quote \" and \\ backslash", "<b>&amp;</b>", "tab\there\nnew\rline", "\b\f\x00\x01\x1f\x7f",
	"é ü 中文", "\u2028\u2029", "bad \xff\xfe utf-8", "\xe2\x80", "emoji 😀", "_x000D_"}

// fillRandom sets v, recursively, to random values: strings from awkward
// or random bytes, pointers and slices sometimes nil or empty.
func fillRandom(v reflect.Value, rnd *rand.Rand, depth int) {
	switch v.Kind() {
	case reflect.String:
		if rnd.IntN(4) == 0 {
			b := make([]byte, rnd.IntN(8))
			for i := range b {
				b[i] = byte(rnd.IntN(256))
			}
			v.SetString(string(b))
			return
		}
		v.SetString(awkward[rnd.IntN(len(awkward))])
	case reflect.Bool:
		v.SetBool(rnd.IntN(2) == 0)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(rnd.Int64N(2000) - 1000)
	case reflect.Pointer:
		if depth > 4 || rnd.IntN(3) == 0 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fillRandom(p.Elem(), rnd, depth+1)
		v.Set(p)
	case reflect.Slice:
		switch n := rnd.IntN(5); {
		case n == 0 || depth > 4:
			return // nil
		default:
			s := reflect.MakeSlice(v.Type(), n-1, n-1)
			for i := range n - 1 {
				fillRandom(s.Index(i), rnd, depth+1)
			}
			v.Set(s)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillRandom(v.Field(i), rnd, depth+1)
			}
		}
	case reflect.Map:
		if rnd.IntN(2) == 0 {
			return
		}
		m := reflect.MakeMap(v.Type())
		for range rnd.IntN(3) {
			k := reflect.New(v.Type().Key()).Elem()
			fillRandom(k, rnd, depth+1)
			val := reflect.New(v.Type().Elem()).Elem()
			fillRandom(val, rnd, depth+1)
			m.SetMapIndex(k, val)
		}
		v.Set(m)
	}
}

func FuzzAppendJSONString(f *testing.F) {
	for _, s := range awkward {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := appendJSONString(nil, s); string(got) != string(want) {
			t.Fatalf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}
