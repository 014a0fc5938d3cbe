package cmd

import (
	"fmt"
	"time"
)

// progress shows, on a terminal's stderr, how far a long batch has got. It
// shows nothing when stderr is not a terminal, with --quiet, or when the
// results themselves go to the terminal (they show the progress already).
type progress struct {
	f      *Factory
	on     bool
	files  int
	goods  int
	last   time.Time
	shown  bool
	period time.Duration
}

func newProgress(f *Factory, files int) *progress {
	on := f.IO.IsStderrTTY() && !f.Global.Quiet && (!f.IO.IsStdoutTTY() || f.Global.Output != "")
	return &progress{f: f, on: on, files: files, period: 200 * time.Millisecond}
}

// good counts one good written, of file i.
func (p *progress) good(i int) {
	p.goods++
	if !p.on || time.Since(p.last) < p.period {
		return
	}
	p.last = time.Now()
	p.shown = true
	fmt.Fprintf(p.f.IO.ErrOut, "\r\x1b[Kroo: %d goods evaluated, file %d of %d", p.goods, i+1, p.files)
}

// done clears the progress line.
func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.f.IO.ErrOut, "\r\x1b[K")
	}
}
