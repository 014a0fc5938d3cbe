package rules

import (
	"strings"

	"github.com/roo-trade/roo/origin/hs"
)

// Note is a chapter rule, heading or subheading rule, or a GN 11(n)
// chapter-group rule: text that governs the product-specific rules of the
// goods it covers instead of being one. Notes are linked to goods by the
// provisions they govern.
type Note struct {
	Meta
	Kind NoteKind `json:"kind"`
	// Governs are the provisions whose goods the note governs, minus Except.
	Governs Refs `json:"governs"`
	Except  Refs `json:"except"`
	// Product narrows the goods by description ("men's or boys' shirts of
	// cotton or man-made fibers"), empty when the provisions say it all.
	Product string `json:"product"`
	// Materials are the materials a disregard or de minimis note is about.
	Materials Refs `json:"materials"`
	// Subdivisions are the rule numbers an underscoring note refers to.
	Subdivisions []string `json:"subdivisions"`
	// Conditions are the facts the note asks for (for an alternative: the
	// facts that confer origin; for a requirement: the facts it demands).
	Conditions []Condition `json:"conditions"`
	// Exempt lists the rules of the chapter the note's goods are not subject
	// to ("chapter rule 3").
	Exempt []string `json:"exempt"`
}

// NoteKind says what a note does to the rules it governs.
type NoteKind uint8

// The kinds of note.
const (
	// Definition defines terms or parts used by the rules.
	Definition NoteKind = iota + 1
	// Alternative confers origin by another route than the product-specific
	// rule (a chemical reaction in the territory, a short-supply fabric).
	Alternative
	// Requirement adds a requirement to the product-specific rule.
	Requirement
	// Disregard tells the determination to disregard the origin of some
	// materials.
	Disregard
	// DeMinimis changes how de minimis (GN 11(e)) applies to some materials.
	DeMinimis
	// ComponentRule limits the rule to the component that determines the
	// classification of the good (chapters 61–63).
	ComponentRule
	// AutoRegime says GN 11(k) (the automotive provisions) may apply to
	// goods for use in a motor vehicle.
	AutoRegime
	// SystemUnits says how the origin of units presented within a system is
	// determined.
	SystemUnits
	// Transit relaxes the transit rule for some goods.
	Transit
	// Preamble introduces the GN 11(n) chapter-group rules.
	Preamble
)

// String names the kind.
func (k NoteKind) String() string {
	switch k {
	case Definition:
		return "definition"
	case Alternative:
		return "alternative"
	case Requirement:
		return "requirement"
	case Disregard:
		return "disregard"
	case DeMinimis:
		return "de-minimis"
	case ComponentRule:
		return "component-rule"
	case AutoRegime:
		return "auto-regime"
	case SystemUnits:
		return "system-units"
	case Transit:
		return "transit"
	case Preamble:
		return "preamble"
	}
	return "unknown"
}

// Citation cites the note: "GN 11(o) ch. 61 chapter rule 2", "GN
// 11(n)(iv)(C)".
func (n *Note) Citation() string {
	if strings.HasPrefix(n.Label, "GN ") {
		return n.Label
	}
	label := n.Label
	if label == "" {
		label = "note"
	}
	return "GN 11(o) ch. " + n.ID.Chapter + " " + label
}

// GovernsCode reports whether the note governs a good of code c. A code too
// coarse to tell is governed (Maybe counts): a note is shown rather than
// hidden when in doubt.
func (n *Note) GovernsCode(c hs.Code) bool {
	if n.Governs.Contains(c).In == No {
		return false
	}
	return n.Except.Contains(c).In != Yes
}
