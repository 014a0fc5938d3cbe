package cmd

import (
	"sort"
	"strings"
	"time"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/scenario"
	"github.com/roo-trade/roo/origin"
)

// lapses evaluates a qualifying good again once for each supplier whose
// certifications of origin it rests on, with that supplier's originating
// lines taken to be of unknown origin, as they would be if its
// certifications lapsed. It is the supplier view's "duty at stake if
// lapsed"; the scenario, when given, applies to each evaluation as to the
// good's own.
//
// Taking an originating material to be non-originating never helps a good
// qualify (its value joins the VNM, its classification must shift), so
// when the good still qualifies with a group of suppliers' certifications
// lapsed at once, no one of them alone can change it: the suppliers are
// tried in halving groups, from all of them at once, and only the groups
// that change the verdict are split further. A good that no lapse changes
// costs one evaluation, not one a supplier.
func lapses(g *origin.Good, eo origin.Options, sc *scenario.Scenario) []report.Lapse {
	suppliers := certifyingSuppliers(g.Materials, nil)
	if len(suppliers) == 0 {
		return nil
	}
	status := func(group []string) origin.Status {
		lapsed := make(map[string]bool, len(group))
		for _, s := range group {
			lapsed[s] = true
		}
		c := *g
		c.Materials = withoutCertifications(g.Materials, lapsed)
		res := origin.Evaluate(&c, eo)
		applyScenario(sc, &res)
		return res.Status
	}
	out := make([]report.Lapse, 0, len(suppliers))
	var try func(group []string)
	try = func(group []string) {
		st := status(group)
		if st == origin.Qualifies || len(group) == 1 {
			for _, s := range group {
				out = append(out, report.Lapse{Supplier: s, Status: st})
			}
			return
		}
		half := len(group) / 2
		try(group[:half])
		try(group[half:])
	}
	try(suppliers)
	return out
}

// certifyingSuppliers lists, sorted, the suppliers named on the originating
// bought-in lines of a BOM, inputs of intermediate materials included.
func certifyingSuppliers(ms []*origin.Material, seen map[string]bool) []string {
	top := seen == nil
	if top {
		seen = map[string]bool{}
	}
	for _, m := range ms {
		if reliesOnSupplier(m) {
			seen[strings.TrimSpace(m.Supplier)] = true
		}
		certifyingSuppliers(m.Children, seen)
	}
	if !top {
		return nil
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

// reliesOnSupplier reports whether a line is originating on the strength
// of a named supplier's certification: a bought-in originating line
// (indirect materials are originating whatever their source, packing is
// disregarded, and the producer's own materials are judged from their
// inputs).
func reliesOnSupplier(m *origin.Material) bool {
	return m.Origin == origin.Originating && m.Fungible == nil && len(m.Children) == 0 && strings.TrimSpace(m.Supplier) != "" && m.Kind.RestsOnSupplier()
}

// withoutCertifications copies a BOM with the lines that rely on the
// lapsed suppliers made of unknown origin; the good's own BOM is not
// changed.
func withoutCertifications(ms []*origin.Material, lapsed map[string]bool) []*origin.Material {
	out := make([]*origin.Material, len(ms))
	for i, m := range ms {
		c := *m
		if reliesOnSupplier(m) && lapsed[strings.TrimSpace(m.Supplier)] {
			c.Origin = origin.UnknownOrigin
			c.Certification, c.CertifiedUntil = "", time.Time{}
		}
		if len(m.Children) > 0 {
			c.Children = withoutCertifications(m.Children, lapsed)
		}
		out[i] = &c
	}
	return out
}
