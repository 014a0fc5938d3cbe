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
// when the good still qualifies with every supplier's certifications
// lapsed at once, no single lapse can change it, and one evaluation
// answers for all the suppliers.
func lapses(g *origin.Good, eo origin.Options, sc *scenario.Scenario) []report.Lapse {
	suppliers := certifyingSuppliers(g.Materials, nil)
	if len(suppliers) == 0 {
		return nil
	}
	status := func(lapsed map[string]bool) origin.Status {
		c := *g
		c.Materials = withoutCertifications(g.Materials, lapsed)
		res := origin.Evaluate(&c, eo)
		applyScenario(sc, &res)
		return res.Status
	}
	all := map[string]bool{}
	for _, s := range suppliers {
		all[s] = true
	}
	out := make([]report.Lapse, 0, len(suppliers))
	if len(suppliers) > 1 && status(all) == origin.Qualifies {
		for _, s := range suppliers {
			out = append(out, report.Lapse{Supplier: s, Status: origin.Qualifies})
		}
		return out
	}
	for _, s := range suppliers {
		out = append(out, report.Lapse{Supplier: s, Status: status(map[string]bool{s: true})})
	}
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
