package cmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// NewRootCmd builds the roo command tree. Every call returns a fresh tree,
// so tests can run commands in parallel.
func NewRootCmd(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "roo <command> [flags]",
		Short: "USMCA rules-of-origin determination and duty exposure",
		Long: `roo reads bills of materials from Excel workbooks, decides whether each
finished good is originating under the USMCA (CUSMA / T-MEC) rules of origin,
explains why, and reports the MFN duty at stake.`,
		Example: `  $ roo template -o bom.xlsx
  $ roo qualify bom.xlsx
  $ roo qualify exports/*.xlsx --format json --fail-on not-qualified
  $ roo rule 8708.30 --as-of 2026-01-01
  $ roo tariff 8501.10.40 --value 120`,
		Args:                       unknownCommand,
		RunE:                       func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
		SuggestionsMinimumDistance: 2,
		SilenceErrors:              true,
		SilenceUsage:               true,
		DisableAutoGenTag:          true,
		Version:                    resolveVersion().Version,
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if f.Global.NoColor {
				f.IO.SetColorEnabled(false)
			}
			return nil
		},
	}
	root.SetVersionTemplate("roo {{.Version}}\n")
	root.SetFlagErrorFunc(flagProblem)
	addGlobalFlags(root, f.Global)

	root.AddCommand(
		newCmdQualify(f, nil),
		newCmdDiff(f, nil),
		newCmdExplain(f, nil),
		newCmdTemplate(f, nil),
		newCmdVersion(f, nil),
		newCmdConfig(f, nil),
		newCmdMan(f, nil),
		newCmdTariff(f, nil),
		newCmdRule(f, nil),
		newCmdCertify(f, nil),
		newExitCodesTopic(),
	)
	root.SetHelpCommand(newCmdHelp(root))
	strictCompletion(root)
	return root
}

// unknownCommand refuses arguments to roo itself: the first names no
// command. (Without it cobra reports unknown commands as plain errors.)
func unknownCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q for %q", args[0], cmd.CommandPath())
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		msg += "\n\nDid you mean this?\n\t" + strings.Join(s, "\n\t")
	}
	return flagErrorf("%s", msg)
}

// exactArgs is cobra.ExactArgs reporting a usage error.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return flagErrorf("%s takes %s (got %d arguments)", cmd.CommandPath(), what, len(args))
		}
		return nil
	}
}

// minArgs is cobra.MinimumNArgs reporting a usage error.
func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return flagErrorf("%s needs %s", cmd.CommandPath(), what)
		}
		return nil
	}
}

// maxArgs is cobra.MaximumNArgs reporting a usage error.
func maxArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return flagErrorf("%s takes %s (got %d arguments)", cmd.CommandPath(), what, len(args))
		}
		return nil
	}
}

// noArgs rejects positional arguments with a usage error.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return flagErrorf("%s takes no arguments (got %q)", cmd.CommandPath(), args[0])
	}
	return nil
}
