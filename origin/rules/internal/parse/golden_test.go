package parse

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/rules"
)

var update = flag.Bool("update", false, "rewrite the outline and render sections of the golden files")

// goldenEntry is one record of a golden file: its data, and the structure
// roo reads from it as last checked by hand.
type goldenEntry struct {
	rec     Record
	outline string
	render  string
}

// readGolden reads a golden file. The header lines before the first entry
// are kept as they are.
func readGolden(t *testing.T, path string) (header string, entries []goldenEntry) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cur *goldenEntry
	section := ""
	var head strings.Builder
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "=== "):
			entries = append(entries, goldenEntry{})
			cur = &entries[len(entries)-1]
			ch, seq, ok := strings.Cut(strings.TrimPrefix(line, "=== "), "/")
			n, err := strconv.Atoi(seq)
			if !ok || err != nil {
				t.Fatalf("%s: bad entry line %q", path, line)
			}
			cur.rec.Chapter, cur.rec.Seq = ch, n
			section = "header"
		case cur == nil:
			head.WriteString(line + "\n")
		case strings.HasPrefix(line, "--- "):
			section = strings.TrimPrefix(line, "--- ")
		case section == "header":
			k, v, _ := strings.Cut(line, ": ")
			v = strings.TrimSuffix(strings.TrimPrefix(v, " "), " ")
			switch strings.TrimSuffix(k, ":") {
			case "label":
				cur.rec.Label = v
			case "scope":
				cur.rec.Scope = v
			case "from":
				cur.rec.From = v
			case "to":
				cur.rec.To = v
			case "note":
				cur.rec.Note = v
			}
		case section == "text":
			if line != "" {
				cur.rec.Text = line
			}
		case section == "outline":
			cur.outline += line + "\n"
		case section == "render":
			if line != "" {
				cur.render = line
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for i := range entries {
		if o := strings.TrimRight(entries[i].outline, "\n"); o != "" {
			entries[i].outline = o + "\n"
		}
	}
	return strings.TrimRight(head.String(), "\n") + "\n", entries
}

// parseAll parses the records of one golden file and links them, as the
// generator does for the whole data.
func parseAll(recs []Record) []Result {
	out := make([]Result, len(recs))
	var rs []*rules.Rule
	for i, rec := range recs {
		out[i] = Parse(rec)
		if out[i].Rule != nil {
			rs = append(rs, out[i].Rule)
		}
	}
	Link(rs)
	return out
}

// describe renders a result the way the golden files hold it.
func describe(res Result) (outline, render string) {
	if res.Note != nil {
		return rules.OutlineNote(res.Note), ""
	}
	return rules.Outline(res.Rule), rules.Render(res.Rule)
}

// TestGolden parses a hand-checked sample of records and compares the
// structure with the one checked by hand. A golden file shows each record's
// source text beside the structure read from it.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.golden"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			head, entries := readGolden(t, path)
			recs := make([]Record, len(entries))
			for i, e := range entries {
				recs[i] = e.rec
			}
			results := parseAll(recs)
			var out strings.Builder
			out.WriteString(head)
			for i, e := range entries {
				outline, render := describe(results[i])
				if !*update {
					if outline != e.outline {
						t.Errorf("%s/%d: outline differs\n--- want\n%s--- got\n%s", e.rec.Chapter, e.rec.Seq, e.outline, outline)
					}
					if render != e.render {
						t.Errorf("%s/%d: render differs\nwant %s\ngot  %s", e.rec.Chapter, e.rec.Seq, e.render, render)
					}
				}
				writeEntry(&out, e.rec, outline, render)
			}
			if *update {
				if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

func writeEntry(out *strings.Builder, rec Record, outline, render string) {
	fmt.Fprintf(out, "\n=== %s/%d\n", rec.Chapter, rec.Seq)
	fmt.Fprintf(out, "label: %s\nscope: %s\nfrom: %s\nto: %s\nnote: %s\n", rec.Label, rec.Scope, rec.From, rec.To, rec.Note)
	fmt.Fprintf(out, "--- text\n%s\n", rec.Text)
	fmt.Fprintf(out, "--- outline\n%s", outline)
	if render != "" {
		fmt.Fprintf(out, "--- render\n%s\n", render)
	}
}
