package origin

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// changes says what would change the answer (SPEC §3): the headroom of a
// good that qualifies, the cheapest change that would make a failing good
// qualify, the facts that would settle a good that needs review.
func (d *determination) changes() []Change {
	switch d.res.Status {
	case Qualifies:
		return d.headroom()
	case DoesNotQualify:
		return d.cheapestFix()
	case NeedsReview:
		var out []Change
		for _, f := range d.missing {
			out = append(out, Change{Kind: "fact", Branch: f.For, Text: fmt.Sprintf("answer the fact %s: %s", f.Key, f.Question)})
		}
		for _, in := range d.missingInputs {
			out = append(out, Change{Kind: "input", Text: "give " + in})
		}
		return out
	}
	return nil
}

// headroom says how much more non-originating value a qualifying good can
// take before it stops qualifying.
func (d *determination) headroom() []Change {
	var out []Change
	for _, f := range d.res.RVC {
		if !f.Threshold.Valid {
			continue
		}
		h := f.Headroom(f.Threshold.Decimal)
		if h.IsNegative() {
			// This method does not meet its threshold; the good qualifies by
			// another, whose headroom is the one that matters.
			continue
		}
		out = append(out, Change{Kind: "headroom", Branch: d.res.Rule, Value: decimal.NewNullDecimal(h),
			Text: fmt.Sprintf("headroom: up to %s %s more non-originating value before the RVC by the %s method falls below %s%%", money2(h), d.g.Currency, methodBase(f.Method), f.Threshold.Decimal.String())})
	}
	if dm := d.res.DeMinimis; dm != nil && dm.Met && !dm.Unknown && dm.Elastomeric == nil && dm.BasisSize.IsPositive() {
		room := dm.BasisSize.Mul(dm.Limit).DivRound(hundred, 12).Sub(dm.Amount)
		out = append(out, Change{Kind: "headroom", Branch: d.res.Rule, Value: decimal.NewNullDecimal(room),
			Text: fmt.Sprintf("de minimis headroom: the materials that do not shift may grow by %s %s before they exceed %s%% of the %s", money2(room), d.g.Currency, dm.Limit, dm.Basis)})
	}
	return out
}

// cheapestFix finds, over the branches that failed only on their materials
// (the change in tariff classification or the RVC), the smallest
// non-originating value that would have to become originating — re-sourced
// or certified by its supplier — for the good to qualify.
func (d *determination) cheapestFix() []Change {
	var out []Change
	if c, ok := d.bestFix("re-source-or-certify", nil); ok {
		out = append(out, c)
	}
	// The cheapest fix by certificates alone — the materials whose origin is
	// unknown or whose certification expired — is what a certification
	// campaign asks suppliers for; it is given when it differs.
	if c, ok := d.bestFix("certify", d.certifiable); ok && (len(out) == 0 || !sameLines(c.Materials, out[0].Materials)) {
		out = append(out, c)
	}
	return out
}

// certifiable reports whether a line would become originating with its
// supplier's certification alone.
func (d *determination) certifiable(l *LineValue) bool {
	return l.Material.Origin == UnknownOrigin || d.asOfExpired(l.Material)
}

func sameLines(a, b []*LineValue) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// bestFix finds the cheapest fix over the failed branches, using only the
// lines allow accepts (all lines when allow is nil).
func (d *determination) bestFix(kind string, allow func(*LineValue) bool) (Change, bool) {
	var best *Change
	for _, br := range d.res.Branches {
		if br.Outcome != Fail || !fixable(br) {
			continue
		}
		set, value, exact, ok := d.fixFor(br, allow)
		if !ok {
			continue
		}
		if best == nil || value.LessThan(best.Value.Decimal) {
			c := Change{Kind: kind, Branch: br.Citation, Materials: set, Value: decimal.NewNullDecimal(value)}
			c.Text = fixText(d.g.Currency, br.Citation, set, value, d.asOfExpired)
			if kind == "certify" {
				c.Text = "by certificates alone: " + c.Text
			}
			if !exact {
				c.Text += " (found by a heuristic: the bill of materials is too large for an exact search, so a cheaper set may exist)"
			}
			if also := stillOpen(br); also != "" {
				c.Text += "; the branch also needs " + also
			}
			best = &c
		}
	}
	if best == nil {
		return Change{}, false
	}
	return *best, true
}

// fixable reports whether a failed branch failed only on its materials: not
// on a fact, and not because the good is outside it.
func fixable(br BranchResult) bool {
	return len(br.failing) > 0 || br.shortfall.Valid
}

// fixFor picks the materials to make originating for one branch: every
// material that fails the change in tariff classification, then, for an RVC
// shortfall, the smallest single other material that covers what remains,
// else the largest ones until it is covered.
func (d *determination) fixFor(br BranchResult, allow func(*LineValue) bool) (set []*LineValue, value decimal.Decimal, exact, ok bool) {
	chosen := map[*LineValue]bool{}
	value = decimal.Zero
	for _, l := range br.failing {
		if allow != nil && !allow(l) {
			return nil, decimal.Zero, false, false
		}
		chosen[l] = true
		set = append(set, l)
		value = value.Add(l.Counted)
	}
	if !br.shortfall.Valid {
		return set, value, true, true
	}
	remaining := br.shortfall.Decimal.Sub(value)
	if !remaining.IsPositive() {
		return set, value, true, true
	}
	var pool []*LineValue
	var values []decimal.Decimal
	for i := range d.res.VNM.Lines {
		l := &d.res.VNM.Lines[i]
		if !chosen[l] && l.Counted.IsPositive() && (allow == nil || allow(l)) {
			pool = append(pool, l)
			values = append(values, l.Counted)
		}
	}
	idx, exact, ok := minCover(values, remaining)
	if !ok {
		return nil, decimal.Zero, false, false
	}
	for _, i := range idx {
		set = append(set, pool[i])
		value = value.Add(pool[i].Counted)
	}
	return set, value, exact, true
}

// fixText says the change in one sentence.
func fixText(currency, citation string, set []*LineValue, value decimal.Decimal, expired func(*Material) bool) string {
	var parts []string
	certify := false
	for _, l := range set {
		s := fmt.Sprintf("%s (%s %s", partName(l.Material), money2(l.Counted), currency)
		switch {
		case l.Material.Origin == UnknownOrigin:
			s += ", origin unknown: ask " + supplierName(l.Material) + " for a certification"
			certify = true
		case expired(l.Material):
			s += ", certification expired: ask " + supplierName(l.Material) + " to renew it"
			certify = true
		case l.Material.Supplier != "":
			s += ", from " + l.Material.Supplier
		}
		parts = append(parts, s+")")
	}
	verb := "re-source from originating supply"
	if certify {
		verb = "re-source or certify as originating"
	}
	return fmt.Sprintf("to qualify under %s, %s: %s — %s %s of non-originating value in all", citation, verb, strings.Join(parts, "; "), money2(value), currency)
}

func supplierName(m *Material) string {
	if m.Supplier == "" {
		return "the supplier"
	}
	return m.Supplier
}

// money2 shows an amount to the cent.
func money2(d decimal.Decimal) string { return d.Round(2).StringFixed(2) }

// stillOpen says what else a branch waits on besides its materials.
func stillOpen(br BranchResult) string {
	var out []string
	for _, f := range br.Missing {
		out = append(out, "the fact "+f.Key)
	}
	out = append(out, br.MissingInputs...)
	return strings.Join(out, ", ")
}

// asOfExpired reports whether a line is non-originating only because its
// certification expired.
func (d *determination) asOfExpired(m *Material) bool {
	return m.Origin == Originating && !m.CertifiedUntil.IsZero() && m.CertifiedUntil.Before(d.res.AsOf)
}
