package tariffs

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin"
)

// Base is what an overlay's rate is charged on.
type Base int

// The bases of an overlay.
const (
	// BaseCustomsValue: the good's customs value (and quantities, for a
	// specific rate). The default.
	BaseCustomsValue Base = iota
	// BaseNonUSContent: the good's non-US content when it qualifies for
	// USMCA treatment, its customs value when it does not. This is how the
	// Section 232 duty on automobiles and light trucks reaches a
	// USMCA-qualifying vehicle (Proclamation 10908 cl. (2), 90 FR 14705,
	// 2025-04-03: "exclusively to the value of the non-U.S. content"), and
	// the same for medium and heavy trucks under Proclamation 10984; the
	// Commerce procedures (90 FR 21450, 2025-05-20) take non-US content as
	// the customs value less the US content. The treatment needs Commerce's
	// approval of the importer's submission: roo assumes it and says so.
	BaseNonUSContent
	// BaseSteelContent, BaseAluminumContent and BaseCopperContent: the value
	// of that metal in the good (origin.MetalContent), for measures charged
	// on a derivative's metal content.
	BaseSteelContent
	BaseAluminumContent
	BaseCopperContent
)

var baseNames = [...]string{"customs-value", "non-us-content", "steel-content", "aluminum-content", "copper-content"}

// String is the base as written in the overlay file.
func (b Base) String() string {
	if int(b) < len(baseNames) {
		return baseNames[b]
	}
	return "unknown"
}

// parseBase reads a base; empty is the customs value.
func parseBase(s string) (Base, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return BaseCustomsValue, nil
	}
	for i, n := range baseNames {
		if s == n {
			return Base(i), nil
		}
	}
	return 0, fmt.Errorf("base is %q; want one of %s", s, strings.Join(baseNames[:], ", "))
}

// Spares says which goods an overlay spares.
type Spares int

// Whom an overlay spares.
const (
	// SparesNone: every good pays it, qualifying or not.
	SparesNone Spares = iota
	// SparesQualifying: goods that qualify for USMCA treatment do not pay
	// it (measures that spare USMCA-qualifying goods).
	SparesQualifying
	// SparesAll: no good pays it; the line is shown for the record (a
	// measure suspended, or an exemption heading the user wants listed).
	SparesAll
)

var sparesNames = [...]string{"none", "usmca-qualifying", "all"}

// String is the sparing rule as written in the overlay file.
func (s Spares) String() string {
	if int(s) < len(sparesNames) {
		return sparesNames[s]
	}
	return "unknown"
}

// parseSpares reads the spares column, or failing that the older
// applies_to column (non-qualifying = spares usmca-qualifying; all = spares
// none), so overlay files written before the spares column still read.
func parseSpares(spares, appliesTo string, haveSpares, haveAppliesTo bool) (Spares, error) {
	sp := strings.ToLower(strings.TrimSpace(spares))
	at := strings.ToLower(strings.TrimSpace(appliesTo))
	var fromAt Spares
	switch at {
	case "non-qualifying":
		fromAt = SparesQualifying
	case "all":
		fromAt = SparesNone
	case "":
	default:
		if haveAppliesTo {
			return 0, fmt.Errorf("applies_to is %q; want non-qualifying or all", appliesTo)
		}
	}
	if !haveSpares || sp == "" {
		if at == "" {
			return 0, fmt.Errorf("neither spares nor applies_to is given; want spares none, usmca-qualifying or all")
		}
		return fromAt, nil
	}
	for i, n := range sparesNames {
		if sp == n {
			if at != "" && fromAt != Spares(i) {
				return 0, fmt.Errorf("spares %q contradicts applies_to %q; give one of them", spares, appliesTo)
			}
			return Spares(i), nil
		}
	}
	return 0, fmt.Errorf("spares is %q; want none, usmca-qualifying or all", spares)
}

// Bases are the figures of one unit of a good that overlays are charged on
// besides its customs value, in the schedule's currency. A null figure is
// not known: an overlay on it is reported incomplete.
type Bases struct {
	NonUSContent            decimal.NullDecimal
	Steel, Aluminum, Copper decimal.NullDecimal
}

// baseValue is the figure an overlay is charged on for a good, assuming it
// qualifies or not; ok is false when the figure is not known.
func (g Entry) baseValue(b Base, qualifying bool) (decimal.Decimal, bool) {
	var v decimal.NullDecimal
	switch b {
	case BaseCustomsValue:
		return g.CustomsValue, true
	case BaseNonUSContent:
		if !qualifying {
			return g.CustomsValue, true
		}
		v = g.Bases.NonUSContent
	case BaseSteelContent:
		v = g.Bases.Steel
	case BaseAluminumContent:
		v = g.Bases.Aluminum
	case BaseCopperContent:
		v = g.Bases.Copper
	}
	return v.Decimal, v.Valid
}

// charge prices one overlay that applies to a good: what a qualifying and a
// non-qualifying unit would pay under it, and the charge for the good's
// own status.
func charge(g Entry, o Overlay) (oc OverlayCharge, ifQualifying, ifNot decimal.Decimal) {
	oc = OverlayCharge{Overlay: o, Base: o.Base}
	qualifying := g.Status == origin.Qualifies
	price := func(q bool) (Duty, decimal.Decimal, error) {
		v, ok := g.baseValue(o.Base, q)
		if !ok {
			return Duty{Rate: o.Rate}, decimal.Zero, fmt.Errorf("the good's %s is not known, so the overlay cannot be priced", o.Base)
		}
		qty := g.Quantities
		if o.Base != BaseCustomsValue {
			qty = nil
		}
		d, err := o.Rate.Duty(v, qty...)
		return d, v, err
	}
	dq, vq, errq := price(true)
	dn, vn, errn := price(false)
	switch o.Spares {
	case SparesQualifying:
		dq, vq, errq = Duty{Rate: o.Rate, Complete: true}, decimal.Zero, nil
	case SparesAll:
		dq, vq, errq = Duty{Rate: o.Rate, Complete: true}, decimal.Zero, nil
		dn, vn, errn = dq, vq, nil
	}
	if qualifying {
		oc.Duty, oc.BaseValue, oc.Err = dq, vq, errq
	} else {
		oc.Duty, oc.BaseValue, oc.Err = dn, vn, errn
	}
	oc.Paid = o.Spares == SparesNone || (o.Spares == SparesQualifying && !qualifying)
	if !qualifying && o.Base == BaseNonUSContent {
		// Only a USMCA-qualifying good is charged on its non-US content.
		oc.Base = BaseCustomsValue
		if oc.Paid {
			oc.Assumes = "the non-US content basis is for USMCA-qualifying goods only: a good that does not qualify is charged on its customs value"
		}
	}
	if qualifying && o.Base == BaseNonUSContent && oc.Paid {
		oc.Assumes = "charged on the non-US content: assumes Commerce approved the importer's US-content submission for this model (90 FR 21450); without it the customs value is the base"
	}
	return oc, dq.Amount, dn.Amount
}
