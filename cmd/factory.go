package cmd

import (
	"time"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/origin/rules"
)

// Factory carries what commands depend on. Expensive dependencies are
// functions so that a command that does not need them never pays for them.
type Factory struct {
	IO *iostreams.IOStreams
	// Now is the clock; tests replace it to make "today" deterministic.
	Now func() time.Time
	// Global holds the values of the flags shared by every command.
	Global *GlobalOptions
	// Rules returns the embedded GN 11(o) rule base, decoded on first use.
	Rules func() (*rules.Base, error)
}

// NewFactory returns the production factory for the given streams.
func NewFactory(ios *iostreams.IOStreams) *Factory {
	return &Factory{
		IO:     ios,
		Now:    time.Now,
		Global: &GlobalOptions{Format: "table"},
		Rules:  rules.Default,
	}
}
