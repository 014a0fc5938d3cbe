package cmd

import (
	"github.com/roo-trade/roo/internal/config"
	"os"
	"time"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/origin/rules"
	"github.com/roo-trade/roo/tariffs"
)

// Factory carries what commands depend on. Expensive dependencies are
// functions so that a command that does not need them never pays for them.
type Factory struct {
	IO *iostreams.IOStreams
	// Now is the clock; tests replace it to make "today" deterministic.
	Now func() time.Time
	// Global holds the values of the flags shared by every command.
	Global *GlobalOptions
	// Tariffs loads the embedded US tariff schedule on first call.
	Tariffs func() (*tariffs.Schedule, error)
	// Rules returns the embedded GN 11(o) rule base, decoded on first use.
	Rules func() (*rules.Base, error)
	// Config loads the configuration files in force (user's and
	// project's); tests replace it.
	Config func() (*config.Config, error)
}

// NewFactory returns the production factory for the given streams.
func NewFactory(ios *iostreams.IOStreams) *Factory {
	return &Factory{
		IO:      ios,
		Now:     clock(),
		Global:  &GlobalOptions{},
		Tariffs: tariffs.US,
		Rules:   rules.Default,
		Config:  loadConfig,
	}
}

// loadConfig reads the user's configuration (roo/config.json in the OS
// configuration directory) and the project's (.roo.json from the working
// directory upward).
func loadConfig() (*config.Config, error) {
	userDir, _ := os.UserConfigDir()
	wd, _ := os.Getwd()
	return config.Load(userDir, wd)
}

// clock is the real clock, unless ROO_TODAY (YYYY-MM-DD) pins "today" for
// reproducible runs and tests.
func clock() func() time.Time {
	if v := os.Getenv("ROO_TODAY"); v != "" {
		if t, err := time.Parse(time.DateOnly, v); err == nil {
			return func() time.Time { return t }
		}
	}
	return time.Now
}
