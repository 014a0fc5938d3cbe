package cmd

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/roo-trade/roo/internal/suggest"
)

// hintedError is an error of a flag's value with specific advice.
type hintedError struct{ msg, hint string }

func (e *hintedError) Error() string { return e.msg }

// flagProblem turns a flag parsing error into a usage error with the most
// specific hint there is: the flag meant, for an unknown one; the advice of
// a refused value; else the pointer to --help.
func flagProblem(cmd *cobra.Command, err error) error {
	var he *hintedError
	if errors.As(err, &he) {
		return &FlagError{err: err, hint: he.hint}
	}
	var ne *pflag.NotExistError
	if errors.As(err, &ne) && ne.GetSpecifiedName() != "" {
		name := ne.GetSpecifiedName()
		var names []string
		visit := func(f *pflag.Flag) {
			if !f.Hidden {
				names = append(names, f.Name)
			}
		}
		cmd.Flags().VisitAll(visit)
		cmd.InheritedFlags().VisitAll(visit)
		if c := suggest.Closest(name, names); len(c) > 0 {
			return &FlagError{err: err, hint: "did you mean --" + strings.Join(c, " or --") + "?"}
		}
		return &FlagError{err: err, hint: fmt.Sprintf("'%s --help' lists its flags", cmd.CommandPath())}
	}
	return &FlagError{err: err}
}

// newCmdHelp is `roo help [COMMAND...]`: cobra's, except that a topic that
// names nothing is a usage error (exit 2) with the names close to it,
// rather than the root's help and success.
func newCmdHelp(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		Long:  "Help shows the help of any command or topic: roo help qualify, roo help tariff search, roo help exit-codes.",
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var names []cobra.Completion
			for _, c := range root.Commands() {
				if c.IsAvailableCommand() || c.IsAdditionalHelpTopicCommand() {
					names = append(names, c.Name())
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(_ *cobra.Command, args []string) error {
			cmd, rest, err := root.Find(args)
			if err != nil || cmd == nil || len(rest) > 0 {
				parent := cmd
				if parent == nil {
					parent = root
				}
				var names []string
				for _, c := range parent.Commands() {
					if !c.Hidden {
						names = append(names, c.Name())
					}
				}
				word := args[len(args)-1]
				if len(rest) > 0 {
					word = rest[0]
				}
				return flagHintf(fmt.Sprintf("'%s --help' lists the commands and topics", parent.CommandPath()),
					"unknown help topic %q%s", strings.Join(args, " "), suggest.Phrase(word, names))
			}
			cmd.InitDefaultHelpFlag()
			return cmd.Help()
		},
	}
}

// strictCompletion makes `roo completion SHELL` refuse a shell it does not
// know (exit 2) instead of printing its help and succeeding.
func strictCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		var shells []string
		for _, s := range c.Commands() {
			shells = append(shells, s.Name())
		}
		c.Args = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			return flagHintf("roo completes "+strings.Join(shells, ", "), "unknown shell %q%s", args[0], suggest.Phrase(args[0], shells))
		}
		c.RunE = func(cmd *cobra.Command, _ []string) error { return cmd.Help() }
	}
}
