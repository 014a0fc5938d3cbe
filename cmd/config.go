package cmd

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/config"
	"github.com/roo-trade/roo/internal/report"
)

// configOptions are the inputs of roo config.
type configOptions struct {
	IO     *iostreams.IOStreams
	Config func() (*config.Config, error)
	Format string
}

func newCmdConfig(f *Factory, runF func(*configOptions) error) *cobra.Command {
	opts := &configOptions{IO: f.IO, Config: f.Config}
	cmd := &cobra.Command{
		Use:   "config",
		Short: "Show the configuration in force and the file each setting comes from",
		Long: `Show the defaults roo takes from its configuration files, and from which
file each comes. Two files are read, if they exist, and merged key by key:
the user's, roo/config.json in the OS configuration directory
(~/.config/roo/config.json on Linux), and the project's, .roo.json in the
working directory or the nearest directory above it. The project's file wins
over the user's, and a flag on the command line wins over both. Paths in a
file are relative to that file's directory; an unknown key is an error
naming the file.

  {
    "comment": "defaults of the Apodaca plant",
    "map_sets": {"sap": {"Good ID": "Material", "HTS code": "Tariff No"}},
    "map_set": "sap",
    "hts": "hts-2026.csv",
    "schedules": {"MX": "tigie.csv"},
    "overlay": "overlays.csv",
    "certifier": "certifier.json",
    "import_into": "US"
  }

map_sets are named header maps per ERP export, used with --map-set NAME
(map_set: the one used when --map-set is not given; --map entries win over
it); hts, schedules, overlay and import_into are the defaults of roo
qualify's and roo explain's flags of those names; certifier is roo
certify's --certifier. 'roo certify --example -o certifier.json' writes a
certifier details file to fill in.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return configRun(opts)
		},
	}
	enumFlag(cmd, cmd.Flags(), &opts.Format, "format", "f", "table", []string{"table", "json"}, "output format on stdout", func(v string) string {
		return fmt.Sprintf("roo config supports --format table or json, not %s", v)
	})
	return cmd
}

// configReport is what roo config prints.
type configReport struct {
	Files    []string         `json:"files"`
	Searched []string         `json:"searched"`
	Settings []config.Setting `json:"settings"`
}

func configRun(opts *configOptions) error {
	c, err := opts.Config()
	if err != nil {
		return withHint(err, "fix the configuration file it names")
	}
	rep := configReport{Files: c.Files, Searched: c.Searched, Settings: c.Settings()}
	if rep.Files == nil {
		rep.Files = []string{}
	}
	if rep.Settings == nil {
		rep.Settings = []config.Setting{}
	}
	if opts.Format == "json" {
		return report.WriteJSON(opts.IO.Out, rep, true)
	}
	out := opts.IO.Out
	if len(c.Files) == 0 {
		fmt.Fprintln(out, "No configuration file: roo uses its built-in defaults and your flags.")
	} else {
		fmt.Fprintln(out, "Files read (later ones win):")
		for _, f := range c.Files {
			fmt.Fprintf(out, "  %s\n", f)
		}
	}
	fmt.Fprintln(out, "Looked for:")
	for _, f := range c.Searched {
		fmt.Fprintf(out, "  %s\n", f)
	}
	if len(rep.Settings) > 0 {
		fmt.Fprintln(out, "In force:")
		for _, s := range rep.Settings {
			fmt.Fprintf(out, "  %s = %s  (%s)\n", s.Key, s.Value, s.Source)
		}
	}
	return nil
}
