package cmd

import (
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/roo-trade/roo/internal/certificate"
	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
)

// certifyRunInfo is what evaluating the inputs of roo certify found.
type certifyRunInfo struct {
	goods  int      // goods evaluated
	seen   []string // IDs of every good read, in order
	failed bool     // some input could not be read
}

// missingGoods are the --good IDs no input has.
func (r *certifyRunInfo) missingGoods(want []string) []string {
	var out []string
	for _, id := range want {
		if !slices.Contains(r.seen, id) && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// certifyGoods reads the files one after the other and hands each good to
// the builder with its determinations as of each date (a zero date: the
// workbook's own date, else today). Problems of whole files are printed on
// stderr, as roo qualify prints them.
func certifyGoods(ctx context.Context, opts *certifyOptions, colMap map[workbook.Col]string, dates []time.Time, b *certificate.Builder) (*certifyRunInfo, error) {
	base, err := opts.Rules()
	if err != nil {
		return nil, fmt.Errorf("the embedded rule base cannot be read: %w", err)
	}
	run := &certifyRunInfo{}
	for _, name := range opts.Files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		file := displayName(name)
		info, err := workbook.Stream(name, opts.IO.In, workbook.Options{Map: colMap, KnownFacts: workbook.KnownFacts(base)}, func(gi *workbook.GoodInput) error {
			run.seen = append(run.seen, gi.Good.ID)
			if len(opts.Goods) > 0 && !slices.Contains(opts.Goods, gi.Good.ID) {
				return nil
			}
			run.goods++
			for _, p := range gi.Problems {
				if p.Severity == workbook.SevWarning {
					printProblem(opts.IO, opts.Global.Quiet, p) // errors are the good's refusal
				}
			}
			b.Add(file, determinations(gi, dates, origin.Options{Rules: base, Today: opts.Now()}))
			return ctx.Err()
		})
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			printError(opts.IO, err)
			run.failed = true
			continue
		}
		for _, p := range info.Problems {
			printProblem(opts.IO, opts.Global.Quiet, p)
			run.failed = run.failed || p.Severity == workbook.SevError
		}
	}
	return run, nil
}

// determinations evaluates a good as of each date; a good whose input has
// errors is not evaluated, and its result says why.
func determinations(gi *workbook.GoodInput, dates []time.Time, eo origin.Options) []origin.Result {
	if gi.Failed() {
		return []origin.Result{determine(gi, eo)}
	}
	out := make([]origin.Result, 0, len(dates))
	for _, d := range dates {
		eo.AsOf = d
		out = append(out, determine(gi, eo))
	}
	return out
}
