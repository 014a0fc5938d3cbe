package cmd

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
	"github.com/roo-trade/roo/internal/report"
)

// version is stamped at build time:
//
//	go build -ldflags "-X github.com/roo-trade/roo/cmd.version=v1.2.3"
var version = ""

// versionInfo describes the running binary.
type versionInfo struct {
	Version   string `json:"version"`
	Commit    string `json:"commit"`
	GoVersion string `json:"go_version"`
	Platform  string `json:"platform"`
}

// resolveVersion picks the stamped version, else the module version from the
// build info (go install), else the VCS revision, else "(development build)".
func resolveVersion() versionInfo {
	vi := versionInfo{Version: version, GoVersion: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		if vi.Version == "" {
			vi.Version = "(development build)"
		}
		return vi
	}
	var rev, modified string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" && modified == "true" {
		rev += "-dirty"
	}
	vi.Commit = rev
	if vi.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		vi.Version = bi.Main.Version
	}
	if vi.Version == "" && rev != "" {
		vi.Version = "dev-" + rev
	}
	if vi.Version == "" {
		vi.Version = "(development build)"
	}
	return vi
}

// versionOptions are the inputs of roo version.
type versionOptions struct {
	IO     *iostreams.IOStreams
	Format string
}

func newCmdVersion(f *Factory, runF func(*versionOptions) error) *cobra.Command {
	opts := &versionOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print roo's version",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if runF != nil {
				return runF(opts)
			}
			return versionRun(opts)
		},
	}
	enumFlag(cmd, cmd.Flags(), &opts.Format, "format", "f", "table", []string{"table", "json"}, "output format on stdout", func(v string) string {
		return fmt.Sprintf("roo version supports --format table or json, not %s", v)
	})
	return cmd
}

func versionRun(opts *versionOptions) error {
	vi := resolveVersion()
	if opts.Format == "json" {
		return report.WriteJSON(opts.IO.Out, vi, true)
	}
	fmt.Fprintf(opts.IO.Out, "roo %s\n", vi.Version)
	if vi.Commit != "" {
		fmt.Fprintf(opts.IO.Out, "commit %s\n", vi.Commit)
	}
	fmt.Fprintf(opts.IO.Out, "%s %s\n", vi.GoVersion, vi.Platform)
	return nil
}
