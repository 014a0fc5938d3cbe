package hs

import "strings"

// Edition is an edition of the Harmonized System. roo reads bills of
// materials in HS 2022 (the 2025 US HTS); the USMCA rules still cite some
// HS 2017 and HS 2012 codes.
type Edition uint8

// The editions roo knows, as bits so that they combine into an EditionSet.
const (
	HS2012 Edition = 1 << iota
	HS2017
	HS2022
)

// newestFirst lists the editions from the newest.
var newestFirst = [...]Edition{HS2022, HS2017, HS2012}

// String names the edition the way the WCO does: "HS 2022".
func (e Edition) String() string {
	switch e {
	case HS2012:
		return "HS 2012"
	case HS2017:
		return "HS 2017"
	case HS2022:
		return "HS 2022"
	}
	return "unknown HS edition"
}

// EditionSet is a set of editions, such as the editions in which a code
// exists.
type EditionSet uint8

// Has reports whether e is in the set.
func (s EditionSet) Has(e Edition) bool { return s&EditionSet(e) != 0 }

// Newest is the newest edition in the set, or 0 when the set is empty.
func (s EditionSet) Newest() Edition {
	for _, e := range newestFirst {
		if s.Has(e) {
			return e
		}
	}
	return 0
}

// Without is the set less e.
func (s EditionSet) Without(e Edition) EditionSet { return s &^ EditionSet(e) }

// String lists the editions newest first: "HS 2017 and HS 2012"; the empty
// set is "no HS edition".
func (s EditionSet) String() string {
	var names []string
	for _, e := range newestFirst {
		if s.Has(e) {
			names = append(names, e.String())
		}
	}
	switch len(names) {
	case 0:
		return "no HS edition"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
