package workbook

import (
	"fmt"
	"sort"
	"strings"
)

// findHeader finds a sheet's header row and notes its headers, so that a
// --map entry no sheet of the file has can be named (unusedMap).
func (b *builder) findHeader(s *sheetReader, rr rowReader) error {
	if err := s.findHeader(rr, b.opts.Map); err != nil {
		return err
	}
	if b.headersSeen == nil {
		b.headersSeen = map[string]string{}
	}
	if s.hdr != nil {
		for _, h := range s.hdr.header {
			b.headersSeen[normalize(h)] = strings.TrimSpace(h)
		}
	}
	return nil
}

// unusedMap warns of each --map entry whose header no sheet of the file
// has: the analyst meant that column to be read, and it was not.
func (b *builder) unusedMap() []Problem {
	var out []Problem
	said := map[string]bool{}
	for c, their := range b.opts.Map {
		if _, ok := b.headersSeen[normalize(their)]; ok || said[columns[c].name+"="+their] {
			continue
		}
		said[columns[c].name+"="+their] = true
		hint := "check the spelling of the header in --map, or that this file is the export it was written for"
		if near := nearestSeen(their, b.headersSeen); near != "" {
			hint = fmt.Sprintf("the nearest header in the file is %q; %s", near, hint)
		}
		out = append(out, Problem{Severity: SevWarning, File: b.file,
			Message: fmt.Sprintf("--map %q matched no header of this file: its %s column was looked for by its usual names only", columns[c].name+"="+their, columns[c].name),
			Hint:    hint})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Message < out[j].Message })
	return out
}

// nearestSeen is the seen header closest to want by edit distance on the
// normalised forms, when it is close (at most a third of its length).
func nearestSeen(want string, seen map[string]string) string {
	w := normalize(want)
	best, bestD := "", len(w)/3+1
	var keys []string
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if k == "" {
			continue
		}
		if d := editDistance(w, k, bestD); d < bestD {
			best, bestD = seen[k], d
		}
	}
	return best
}
