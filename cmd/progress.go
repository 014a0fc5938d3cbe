package cmd

import (
	"fmt"
	"time"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// progress shows, on a terminal's stderr, how far a long batch has got. It
// shows nothing when stderr is not a terminal, with --quiet, or when the
// results themselves go to the terminal (they show the progress already).
type progress struct {
	ios    *iostreams.IOStreams
	on     bool
	files  int
	goods  int
	last   time.Time
	shown  bool
	period time.Duration
}

func newProgress(ios *iostreams.IOStreams, quiet, toFile bool, files int) *progress {
	on := ios.IsStderrTTY() && !quiet && (!ios.IsStdoutTTY() || toFile)
	return &progress{ios: ios, on: on, files: files, period: 200 * time.Millisecond}
}

// good counts one good written, of file i.
func (p *progress) good(i int) {
	p.goods++
	if !p.on || time.Since(p.last) < p.period {
		return
	}
	p.last = time.Now()
	p.shown = true
	fmt.Fprintf(p.ios.ErrOut, "\r\x1b[Kroo: %d %s evaluated, file %d of %d", p.goods, pl(p.goods, "good", "goods"), i+1, p.files)
}

// done clears the progress line.
func (p *progress) done() {
	if p.shown {
		fmt.Fprint(p.ios.ErrOut, "\r\x1b[K")
	}
}
