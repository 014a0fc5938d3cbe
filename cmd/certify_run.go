package cmd

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/certificate"
	"github.com/roo-trade/roo/internal/suggest"
	"github.com/roo-trade/roo/origin"
)

func certifyRun(ctx context.Context, opts *certifyOptions) error {
	cfg, err := opts.config()
	if err != nil {
		return err
	}
	if err := opts.Input.withConfig(cfg); err != nil {
		return err
	}
	if opts.DetailsFile == "" {
		opts.DetailsFile = cfg.Certifier
	}
	outs, err := certifyOutputs(&opts.Output, opts.OutDir, append(opts.Files, opts.DetailsFile))
	if err != nil {
		return err
	}
	colMap, err := opts.Input.columns()
	if err != nil {
		return err
	}
	if err := checkStdinOnce(opts.Files); err != nil {
		return err
	}
	asOf, err := opts.Input.asOf()
	if err != nil {
		return err
	}

	details, err := loadDetails(opts)
	if err != nil {
		return err
	}
	cert, err := details.Validate(opts.Now())
	if err != nil {
		return err
	}
	dates := []time.Time{asOf}
	if p := cert.BlanketPeriod; p != nil {
		if !asOf.IsZero() {
			return flagErrorf("--as-of cannot be given with a blanket period: a blanket certification is determined as of the first and the last day of its period")
		}
		dates = blanketDates(p)
	}

	b := certificate.NewBuilder(cert)
	run, err := certifyGoods(ctx, opts, colMap, dates, b)
	if err != nil {
		return err
	}
	if missing := run.missingGoods(opts.Goods); len(missing) > 0 {
		return withHint(fmt.Errorf("no good %s in %s: nothing was written", quoted(missing), strings.Join(displayNames(opts.Files), ", ")),
			"goods in the input include: "+strings.Join(run.seen[:min(len(run.seen), 10)], ", "))
	}
	doc, err := b.Document(opts.Version)
	if errors.Is(err, certificate.ErrNoGoods) {
		printRefusals(opts.IO, b.Refused())
		return withHint(fmt.Errorf("nothing to certify: none of the %d %s evaluated can be certified, so no certification was written", run.goods, pl(run.goods, "good", "goods")),
			"only goods that qualify are certified; 'roo explain FILE --good ID' shows why a good does not")
	}
	if err != nil {
		return err
	}
	if err := writeCertification(opts, doc, outs); err != nil {
		return err
	}
	if len(outs) > 0 {
		printRefusals(opts.IO, doc.Refused)
	}
	printCertifyNotes(opts, doc.Certification.Goods)
	return certifyStatus(opts.FailOn, run, doc.Refused)
}

// blanketDates are the dates a blanket certification is determined as of:
// its first and its last day.
func blanketDates(p *certificate.Period) []time.Time {
	from, _ := time.Parse(time.DateOnly, p.From)
	to, _ := time.Parse(time.DateOnly, p.To)
	if to.Equal(from) {
		return []time.Time{from}
	}
	return []time.Time{from, to}
}

// loadDetails reads the details file, then applies the fields set on the
// command line in order.
func loadDetails(opts *certifyOptions) (certificate.Details, error) {
	var d certificate.Details
	if opts.DetailsFile != "" {
		fh, err := os.Open(opts.DetailsFile)
		if err != nil {
			return d, withHint(fmt.Errorf("cannot read the certifier details: %w", err), "give --certifier the JSON file of the certifier and parties; 'roo certify --example -o certifier.json' writes one to fill in")
		}
		defer fh.Close()
		d, err = certificate.ReadDetails(fh)
		if err != nil {
			return d, withHint(fmt.Errorf("%s: %w", opts.DetailsFile, err), "'roo certify --example' prints a complete details file with every field in its form")
		}
	}
	for _, a := range opts.Assign {
		field, value, _ := strings.Cut(a, "=")
		if f := strings.ToLower(strings.TrimSpace(field)); !slices.Contains(certificate.Fields(), f) {
			return d, flagHintf("the fields are "+strings.Join(certificate.Fields(), ", "),
				"--set %s: %q is not a field of the certification%s", a, field, suggest.Phrase(f, certificate.Fields()))
		}
		if err := d.Set(field, value); err != nil {
			return d, &FlagError{err: err}
		}
	}
	return d, nil
}

// certifyStatus is the exit status: an input that could not be read or a
// good that could not be certified as given is an error; otherwise the
// --fail-on condition is tested on the goods refused.
func certifyStatus(failOn string, run *certifyRunInfo, refused []certificate.Refusal) error {
	hit := false
	for _, r := range refused {
		if r.Status == origin.StatusError {
			run.failed = true
		}
		hit = hit || failOnMet(failOn, r.Status)
	}
	switch {
	case run.failed:
		return errPartial
	case hit:
		return errFailOn
	}
	return nil
}

// printRefusals lists the goods not certified on stderr: when the
// certification goes to files they are nowhere else to be seen, so they
// are printed even with --quiet.
func printRefusals(ios *iostreams.IOStreams, refused []certificate.Refusal) {
	for _, r := range refused {
		fmt.Fprintf(ios.ErrOut, "roo: not certified: %s\n", certificate.RefusalLine(r))
	}
}

// printCertifyNotes prints what a certifier should check about the goods
// certified: roo's notes and the doubts about the rule data applied.
func printCertifyNotes(opts *certifyOptions, goods []certificate.Good) {
	if opts.Global.Quiet {
		return
	}
	for _, g := range goods {
		for _, n := range append(append([]string{}, g.Notes...), g.RuleNotes...) {
			fmt.Fprintf(opts.IO.ErrOut, "roo: warning: %s: %s\n", g.GoodID, n)
		}
	}
}

func displayNames(files []string) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = displayName(f)
	}
	return out
}

func quoted(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// certifyExample writes the certifier details file to fill in: to -o (a
// .json file, atomically, never over an existing file's identity as an
// input) or to standard output.
func certifyExample(opts *certifyOptions) error {
	if opts.Output.Output != "" && !strings.EqualFold(filepath.Ext(opts.Output.Output), ".json") {
		return flagErrorf("roo certify --example writes JSON: give -o a .json file, not %s", opts.Output.Output)
	}
	return writeOut(opts.IO, opts.Global.Quiet, opts.Output.Output, nil, func(w io.Writer) error {
		_, err := w.Write(certificate.Example)
		return err
	})
}
