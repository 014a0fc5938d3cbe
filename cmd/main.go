// Package cmd holds roo's command-line interface: thin Cobra commands that
// read inputs, call the origin engine and the tariffs package, and render
// results. Main is the single entry point and the single place that maps
// errors to exit codes.
package cmd

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/workbook"
)

// Main runs roo with the process's arguments and streams and returns the exit code.
func Main() int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	defer workbook.UseTempDir()()
	return Run(ctx, iostreams.System(), os.Args[1:])
}

// Run runs roo with the given streams and arguments and returns the exit code.
func Run(ctx context.Context, ios *iostreams.IOStreams, args []string) int {
	f := NewFactory(ios)
	root := NewRootCmd(f)
	root.SetArgs(args)
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	err := root.ExecuteContext(ctx)
	if err != nil && ctx.Err() != nil {
		err = errInterrupted // whatever failed, it failed because of the interrupt
	}
	return exitCode(err, func(format string, a ...any) { fmt.Fprintf(ios.ErrOut, format, a...) })
}
