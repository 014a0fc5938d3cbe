package rules

import "github.com/roo-trade/roo/origin/hs"

// Shift is a required change in tariff classification: where each
// non-originating material may come from, and where it may not.
type Shift struct {
	// From are the allowed sources ("from any other heading", "from
	// subheading 8708.99 or any other chapter").
	From []Source `json:"from"`
	// Also are the sources of the "whether or not there is also a change
	// from …" clause; they are allowed too.
	Also []Source `json:"also"`
	// Except are the excepted sources ("except from heading 8407"). An item
	// of kind MoreThanOne excepts materials only when they come from more
	// than one of its groups; that needs the whole set of materials.
	Except []Source `json:"except"`
	// ExceptWord is the word the print puts after "except": "from" (also
	// when the print omits it), "for", or "excluding" for "excluding …".
	ExceptWord string `json:"except_word"`
	// ExceptAfterAlso records that the print puts the exceptions after the
	// "whether or not" clause; it changes the wording, not the meaning.
	ExceptAfterAlso bool `json:"except_after_also"`
}

// Level is the finest level the shift compares codes at, which is the
// precision a material's code needs.
func (s Shift) Level() hs.Level {
	var l hs.Level
	visit := func(src Source) {
		if x := src.level(); x > l {
			l = x
		}
	}
	for _, list := range [][]Source{s.From, s.Also, s.Except} {
		for _, src := range list {
			visit(src)
			for _, g := range src.Groups {
				for _, x := range g {
					visit(x)
				}
			}
		}
	}
	return l
}

// Source is one item of a list of sources or exceptions.
type Source struct {
	Kind SourceKind `json:"kind"`
	// Level is the level compared by AnyOther, OutsideGroup, Within and
	// InGroup ("any other heading" compares headings).
	Level hs.Level `json:"level"`
	// Refs are the provisions (Provisions), or the provision that encloses
	// "any other subheading within heading 2707" (AnyOther).
	Refs Refs `json:"refs"`
	// InGroup limits AnyOther to the branch's own group ("any other
	// subheading within that group").
	InGroup bool `json:"in_group"`
	// Including records ", including another heading within that group"
	// after AnyOther: shifts inside the group count (wording only).
	Including bool `json:"including"`
	// Desc describes the materials when only some goods of the provisions
	// are meant ("housings"); Join links it to the provisions ("of",
	// "within"); After is text after the provisions. A non-empty
	// description is a fact the determination must ask about.
	Desc  string `json:"desc"`
	Join  string `json:"join"`
	After string `json:"after"`
	// Other is true for "any other good of …".
	Other bool `json:"other"`
	// Groups are the numbered groups of "more than one of the following".
	Groups [][]Source `json:"groups"`
}

// SourceKind is the kind of a source or exception item.
type SourceKind uint8

// The kinds of source.
const (
	// Provisions: materials of the cited provisions ("heading 8473",
	// "housings of subheading 8508.70").
	Provisions SourceKind = iota + 1
	// AnyOther: materials of any other chapter, heading, subheading or
	// tariff item than the good ("any other heading").
	AnyOther
	// OutsideGroup: materials of any heading (or subheading) outside the
	// group of provisions the branch applies to.
	OutsideGroup
	// Within: materials of the good's own provision ("from within that
	// subheading", "any other good within that heading").
	Within
	// InGroup: materials of any provision of the branch's group ("any
	// subheading within that group").
	InGroup
	// Description: materials described in words only, with no code
	// ("assemblies incorporating more than one of the following: …").
	Description
	// MoreThanOne: "more than one of the following: (A) …, (B) …".
	MoreThanOne
)

// String names the kind.
func (k SourceKind) String() string {
	switch k {
	case Provisions:
		return "provisions"
	case AnyOther:
		return "any-other"
	case OutsideGroup:
		return "outside-group"
	case Within:
		return "within"
	case InGroup:
		return "in-group"
	case Description:
		return "description"
	case MoreThanOne:
		return "more-than-one"
	}
	return "unknown"
}

// Qualified reports whether the item covers only some goods of its
// provisions (a description the codes cannot check).
func (s Source) Qualified() bool { return s.Desc != "" || s.After != "" }

// level is the precision the item needs from a material's code.
func (s Source) level() hs.Level {
	switch s.Kind {
	case Provisions:
		var l hs.Level
		for _, r := range s.Refs {
			if r.Level() > l {
				l = r.Level()
			}
		}
		return l
	case AnyOther, OutsideGroup, Within, InGroup:
		return s.Level
	}
	return 0
}
