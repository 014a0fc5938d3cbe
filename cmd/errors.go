package cmd

import (
	"errors"
	"fmt"
)

// Exit codes. They are documented in `roo help exit-codes`; scripts must treat
// any other code as a failure.
const (
	exitOK          = 0   // every input was evaluated
	exitError       = 1   // something could not be evaluated (the rest is still reported)
	exitUsage       = 2   // the command line was wrong
	exitFailOn      = 3   // evaluated, and the --fail-on condition was met
	exitInterrupted = 130 // interrupted (SIGINT)
)

// FlagError is a usage error: the message is followed by a pointer to --help
// and the process exits with status 2.
type FlagError struct {
	err  error
	hint string // specific advice; empty: the pointer to --help
}

func (e *FlagError) Error() string { return e.err.Error() }
func (e *FlagError) Unwrap() error { return e.err }

// flagErrorf builds a FlagError.
func flagErrorf(format string, args ...any) error {
	return &FlagError{err: fmt.Errorf(format, args...)}
}

// flagHintf builds a FlagError with a specific hint instead of the pointer
// to --help.
func flagHintf(hint, format string, args ...any) error {
	return &FlagError{err: fmt.Errorf(format, args...), hint: hint}
}

// HintError is an error with advice for the user, printed as "roo: hint:" lines.
type HintError struct {
	Err   error
	Hints []string
}

func (e *HintError) Error() string { return e.Err.Error() }
func (e *HintError) Unwrap() error { return e.Err }

// withHint attaches hints to err.
func withHint(err error, hints ...string) error {
	return &HintError{Err: err, Hints: hints}
}

// errFailOn means the results were printed and the --fail-on condition holds.
var errFailOn = errors.New("--fail-on condition met")

// errPartial means the results were printed but some input could not be
// evaluated; the problems themselves were already reported.
var errPartial = errors.New("some input could not be evaluated")

// errInterrupted means the run was interrupted; whatever the command was
// doing when it stopped is not an error of its own.
var errInterrupted = errors.New("interrupted")

// hinter is implemented by errors from other packages that carry hints.
type hinter interface{ Hint() string }

// exitCode maps an error returned by a command to the process exit status
// and prints it. It is the only place that decides exit codes.
func exitCode(err error, printErr func(format string, args ...any)) int {
	if err == nil {
		return exitOK
	}
	switch {
	case errors.Is(err, errInterrupted):
		printErr("roo: interrupted\n")
		return exitInterrupted
	case errors.Is(err, errFailOn):
		return exitFailOn
	case errors.Is(err, errPartial):
		return exitError
	}
	var fe *FlagError
	if errors.As(err, &fe) {
		printErr("roo: error: %s\n", fe.Error())
		if fe.hint != "" {
			printErr("roo: hint: %s\n", fe.hint)
		} else {
			printErr("roo: hint: run 'roo --help' or 'roo COMMAND --help' for usage\n")
		}
		return exitUsage
	}
	printErr("roo: error: %s\n", err.Error())
	var he *HintError
	if errors.As(err, &he) {
		for _, h := range he.Hints {
			printErr("roo: hint: %s\n", h)
		}
	}
	var h hinter
	if errors.As(err, &h) && h.Hint() != "" {
		printErr("roo: hint: %s\n", h.Hint())
	}
	return exitError
}
