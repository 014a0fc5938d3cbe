package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/rules"
)

var update = flag.Bool("update", false, "rewrite testdata/render_words.golden")

// function words and wording the rendering may change without changing
// what a rule says ("at least" for "not less than", "method is used").
var wordingWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("or and the a of is used method where provided there not less than percent under transaction value net cost regional content no change in tariff classification to good be rules rule following origin shall apply applies required") {
		wordingWords[w] = true
	}
}

var (
	labelWordRe = regexp.MustCompile(`\(([a-z]|\d+|[ivx]+)\)`)
	wordRe      = regexp.MustCompile(`[a-z0-9][a-z0-9.\-']*`)
)

// words counts the words of a text that carry meaning.
func words(s string) map[string]int {
	s = labelWordRe.ReplaceAllString(strings.ToLower(s), " ")
	out := map[string]int{}
	for _, w := range wordRe.FindAllString(s, -1) {
		w = strings.TrimRight(w, ".")
		if !wordingWords[w] {
			out[w]++
		}
	}
	return out
}

// diff lists the words of a that b has fewer of.
func diff(a, b map[string]int) []string {
	var out []string
	for w, n := range a {
		if b[w] < n {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}

// TestRenderKeepsWords compares, for every parsed rule of the data, the
// words of the legal text with the words of roo's rendering of its
// structure. A word the rendering loses is a word the structure may have
// lost. Every difference was read and is explained in the golden file;
// a new one fails the test until someone reads it.
func TestRenderKeepsWords(t *testing.T) {
	dir := dataDir(t)
	recs, err := readRecords(dir)
	if err != nil {
		t.Fatal(err)
	}
	_, base, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, rec := range recs {
		r, err := base.Rule(rules.ID{Chapter: rec.Chapter, Seq: rec.Seq})
		if err != nil || r.Status == rules.Failed {
			continue
		}
		rendered := rules.Render(r)
		if r.Number != "" && !strings.HasPrefix(strings.TrimSpace(rec.Text), r.Number+".") {
			// The record's text omits the printed number; the rendering
			// states it.
			rendered = strings.TrimPrefix(rendered, r.Number+". ")
		}
		src, out := words(rec.Text), words(rendered)
		lost, added := diff(src, out), diff(out, src)
		if len(lost)+len(added) > 0 {
			fmt.Fprintf(&got, "%s lost %v added %v\n", r.ID, lost, added)
		}
	}
	path := filepath.Join("testdata", "render_words.golden")
	if *update {
		if err := os.WriteFile(path, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("the words the rendering loses or adds changed (go test -update to accept after reading):\n--- want\n%s--- got\n%s", want, got.String())
	}
}
