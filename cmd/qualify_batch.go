package cmd

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/roo-trade/roo/internal/report"
	"github.com/roo-trade/roo/internal/scenario"
	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/tariffs"
)

// fileBuffer is how many evaluated goods of one file may wait for the
// output while earlier files are still being written. It bounds memory: a
// worker ahead of the output blocks when its buffer is full.
const fileBuffer = 16

// evaluated is one good, evaluated and priced, ready for the output.
type evaluated struct {
	good   report.Good
	status origin.Status
	priced *tariffs.Exposure
	// lapses are, for a qualifying good when the run builds the supplier
	// view, what it would be without each supplier's certifications.
	lapses []report.Lapse
}

// fileRun is one input file being evaluated by a worker.
type fileRun struct {
	name  string
	goods chan evaluated
	info  *workbook.FileInfo
	err   error // the file could not be read (after its goods, if any)
}

// evaluateFiles reads and evaluates the files concurrently, as many at a
// time as there are CPUs, and writes every result in the order of the files
// and of the goods within each file, so the output does not depend on
// timing.
func evaluateFiles(ctx context.Context, opts *qualifyOptions, colMap map[workbook.Col]string, asOf time.Time, pricer *tariffs.Pricer, w report.ResultWriter) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	base, err := opts.Rules()
	if err != nil {
		return fmt.Errorf("the embedded rule base cannot be read: %w", err)
	}
	eo := origin.Options{Rules: base, AsOf: asOf, Today: opts.Now()}

	runs := make([]*fileRun, len(opts.Files))
	for i, name := range opts.Files {
		runs[i] = &fileRun{name: name, goods: make(chan evaluated, fileBuffer)}
	}
	// Slots are taken in file order, so the file the output waits for
	// always has a worker.
	slots := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	go func() {
		for _, r := range runs {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				close(r.goods)
				continue
			}
			wg.Add(1)
			go func(r *fileRun) {
				defer wg.Done()
				defer func() { <-slots }()
				r.info, r.err = evaluateFile(ctx, opts, r, colMap, eo, pricer)
				close(r.goods)
			}(r)
		}
	}()

	var (
		sum        report.Summary
		portfolios report.Portfolios
		campaign   report.Campaign
		suppliers  report.Suppliers
		files      []report.File
		failed     bool
		failOnHit  bool
	)
	prog := newProgress(opts.IO, opts.Global.Quiet, opts.Output.Output != "", len(runs))
	for i, r := range runs {
		for e := range r.goods {
			if e.status == origin.StatusError {
				failed = true
			}
			// --fail-on looks at the goods shown: a filtered run answers
			// for its selection.
			failOnHit = failOnHit || (opts.selection.Match(e.good) && failOnMet(opts.FailOn, e.status))
			sum.Add(e.status)
			sum.AddScenario(e.good)
			if e.priced != nil {
				portfolios.Add(*e.priced)
			}
			campaign.Add(e.good)
			if opts.supplierView && opts.selection.Match(e.good) {
				suppliers.Add(e.good, e.lapses)
			}
			if err := w.Good(e.good); err != nil {
				cancel()
				drain(runs[i:])
				return err
			}
			prog.good(i)
		}
		if ctx.Err() != nil {
			drain(runs[i+1:])
			prog.done()
			return ctx.Err()
		}
		fr, bad := fileReport(opts, r)
		failed = failed || bad
		files = append(files, fr)
	}
	wg.Wait()
	prog.done()
	sum.Exposure = portfolios.List()
	sum.Campaign = campaign.List()
	if opts.supplierView {
		sum.Suppliers = suppliers.View(opts.viewDay, opts.expiringBy)
	}
	if err := w.Close(files, sum); err != nil {
		return err
	}
	switch {
	case failed:
		if !opts.Global.Quiet && sum.Errors > 0 {
			goods, their := pl(sum.Errors, "good", "goods"), pl(sum.Errors, "its", "their")
			switch {
			case opts.Suppliers.bySupplier() && opts.format == "csv":
				fmt.Fprintf(opts.IO.ErrOut, "roo: %d %s could not be evaluated and %s not in the supplier view; roo qualify without --by supplier lists %s problems\n", sum.Errors, goods, pl(sum.Errors, "is", "are"), their)
			default:
				where := ""
				if opts.selection.Active() {
					where = " (--status error shows them)"
				}
				fmt.Fprintf(opts.IO.ErrOut, "roo: %d %s could not be evaluated; %s problems are listed with %s%s\n", sum.Errors, goods, their, pl(sum.Errors, "it", "them"), where)
			}
		}
		return errPartial
	case failOnHit:
		return errFailOn
	}
	return nil
}

// drain empties the goods of runs that will not be written, so their
// workers can finish.
func drain(runs []*fileRun) {
	for _, r := range runs {
		for range r.goods {
		}
	}
}

// evaluateFile streams one file: each good is evaluated, priced and sent
// to the output as soon as it is read. Reading and evaluating run in
// goroutines of their own, so the determination of one good overlaps the
// reading of the next.
func evaluateFile(ctx context.Context, opts *qualifyOptions, r *fileRun, colMap map[workbook.Col]string, eo origin.Options, pricer *tariffs.Pricer) (*workbook.FileInfo, error) {
	name := displayName(r.name)
	inputs := make(chan *workbook.GoodInput, goodsInFlight)
	evaluated := make(chan struct{})
	go func() {
		defer close(evaluated)
		for gi := range inputs {
			if ctx.Err() != nil {
				continue // cancelled: let the reader finish
			}
			select {
			case r.goods <- evaluateGood(name, gi, eo, pricer, opts.scenario, opts.supplierView):
			case <-ctx.Done():
			}
		}
	}()
	info, err := workbook.Stream(r.name, opts.IO.In, workbook.Options{Map: colMap, KnownFacts: workbook.KnownFacts(eo.Rules)}, func(gi *workbook.GoodInput) error {
		select {
		case inputs <- gi:
			return nil
		case <-ctx.Done():
			return ctx.Err()
		}
	})
	close(inputs)
	<-evaluated
	return info, err
}

// goodsInFlight is how many goods read may wait for the determination.
const goodsInFlight = 32

// evaluateGood determines one good's origin, under the scenario when one is
// given, and prices its exposure; with withLapses, a qualifying good is
// also evaluated without each supplier's certifications.
func evaluateGood(name string, gi *workbook.GoodInput, eo origin.Options, pricer *tariffs.Pricer, sc *scenario.Scenario, withLapses bool) evaluated {
	res := determine(gi, eo)
	outcome := applyScenario(sc, &res)
	e := evaluated{good: report.FromResult(name, res, gi.Problems), status: res.Status}
	e.good.Scenario = outcome
	priced, err := pricer.Price(res)
	e.priced, e.good.Exposure = priced, report.Priced(priced, err)
	if withLapses && res.Status == origin.Qualifies {
		e.lapses = lapses(gi.Good, eo, sc)
	}
	return e
}

// determine evaluates a good, or, when its input has errors, says it was
// not evaluated. Every command determines goods through it.
func determine(gi *workbook.GoodInput, eo origin.Options) origin.Result {
	if !gi.Failed() {
		return origin.Evaluate(gi.Good, eo)
	}
	var errs []string
	for _, p := range gi.Problems {
		if p.Severity == workbook.SevError {
			errs = append(errs, p.Error())
		}
	}
	return origin.NotEvaluated(gi.Good, errs)
}

// fileReport reports a file once its goods are written, printing its
// problems on stderr; bad is true when it had errors.
func fileReport(opts *qualifyOptions, r *fileRun) (fr report.File, bad bool) {
	if r.err != nil {
		printError(opts.IO, r.err)
		fr = report.File{Name: displayName(r.name), Problems: []report.Problem{}}
		var fe *workbook.FileError
		if errors.As(r.err, &fe) {
			fr.Problems = append(fr.Problems, fe.Problem)
		}
		return fr, true
	}
	fr = report.File{Name: r.info.Name, Layout: r.info.Layout, Goods: r.info.Goods, Problems: []report.Problem{}}
	for _, p := range r.info.Problems {
		fr.Problems = append(fr.Problems, p)
		if p.Severity == workbook.SevError {
			bad = true
		}
		printProblem(opts.IO, opts.Global.Quiet, p)
	}
	return fr, bad
}
