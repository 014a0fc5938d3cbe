package origin

import (
	"fmt"
	"strings"
)

// BOMLine is a bill-of-materials line as a workbook lists it: flat, with the
// part number of the line it goes into (empty: directly into the good).
type BOMLine struct {
	Material *Material
	Parent   string
}

// BuildTree links flat lines into the good's material tree, in the order the
// lines were given. A Parent names the part number of another line of the
// same good; when several lines share that part number, the one that is
// self-produced or intermediate is meant. Unknown parents, ambiguous parents
// and cycles are reported, each on the line where it shows.
func BuildTree(lines []BOMLine) ([]*Material, []*InputError) {
	byPart := make(map[string][]int, len(lines))
	for i, l := range lines {
		l.Material.Children = nil
		if p := l.Material.PartNumber; p != "" {
			byPart[p] = append(byPart[p], i)
		}
	}
	parent := make([]int, len(lines)) // index of the parent line, or -1
	var errs []*InputError
	for i, l := range lines {
		parent[i] = -1
		if l.Parent == "" {
			continue
		}
		p, err := resolveParent(lines, byPart, i)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		parent[i] = p
	}
	errs = append(errs, findCycles(lines, parent)...)
	if len(errs) > 0 {
		return nil, errs
	}
	var roots []*Material
	for i, l := range lines {
		if parent[i] < 0 {
			roots = append(roots, l.Material)
			continue
		}
		pm := lines[parent[i]].Material
		pm.Children = append(pm.Children, l.Material)
	}
	return roots, nil
}

func resolveParent(lines []BOMLine, byPart map[string][]int, i int) (int, *InputError) {
	l := lines[i]
	cands := byPart[l.Parent]
	switch len(cands) {
	case 0:
		return -1, &InputError{Ref: l.Material.Ref, Message: fmt.Sprintf("parent %q is not the part number of any line of this good", l.Parent)}
	case 1:
		return cands[0], nil
	}
	var produced []int
	for _, c := range cands {
		if lines[c].Material.Kind.IsProduced() {
			produced = append(produced, c)
		}
	}
	if len(produced) == 1 {
		return produced[0], nil
	}
	refs := make([]string, len(cands))
	for k, c := range cands {
		refs[k] = lines[c].Material.Ref
	}
	return -1, &InputError{Ref: l.Material.Ref, Message: fmt.Sprintf("parent %q is ambiguous: %d lines have that part number (%s); give sub-assemblies distinct part numbers", l.Parent, len(cands), strings.Join(refs, ", "))}
}

// findCycles reports each cycle of parent links once, on its first line.
func findCycles(lines []BOMLine, parent []int) []*InputError {
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]int, len(lines))
	var errs []*InputError
	for start := range lines {
		if state[start] != unseen {
			continue
		}
		var path []int
		n := start
		for n >= 0 && state[n] == unseen {
			state[n] = onPath
			path = append(path, n)
			n = parent[n]
		}
		if n >= 0 && state[n] == onPath {
			// n starts a cycle that runs to the end of path.
			k := 0
			for path[k] != n {
				k++
			}
			var parts []string
			for _, c := range path[k:] {
				parts = append(parts, lines[c].Material.PartNumber)
			}
			parts = append(parts, lines[n].Material.PartNumber)
			errs = append(errs, &InputError{Ref: lines[n].Material.Ref, Message: "parent links form a cycle: " + strings.Join(parts, " → ") + "; a part cannot go into itself"})
		}
		for _, c := range path {
			state[c] = done
		}
	}
	return errs
}
