package cmd

import "github.com/spf13/cobra"

const exitCodesHelp = `roo exits with one of these codes:

  0  every input was evaluated (whatever the verdicts)
  1  an error: some input could not be evaluated; everything that could be
     evaluated is still reported, and each problem is printed on stderr
  2  usage: a flag, argument or command was wrong
  3  the --fail-on condition was met: with --fail-on not-qualified, a good
     does not qualify; with --fail-on needs-review, a good does not qualify
     or needs review; for roo diff with --fail-on changed, the two results
     differ
 130 interrupted

When both an error and the --fail-on condition occur, the error wins (1).
New codes may be added; scripts must treat any code they do not know as a
failure. Read verdicts from --format json rather than from the exit code.`

func newExitCodesTopic() *cobra.Command {
	return &cobra.Command{
		Use:   "exit-codes",
		Short: "Exit codes and what they mean to scripts",
		Long:  exitCodesHelp,
	}
}
