package cmd

import (
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"
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

func newCmdVersion(f *Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print roo's version",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			vi := resolveVersion()
			switch f.Global.Format {
			case "json":
				enc := json.NewEncoder(f.IO.Out)
				enc.SetIndent("", "  ")
				return enc.Encode(vi)
			case "table":
				fmt.Fprintf(f.IO.Out, "roo %s\n", vi.Version)
				if vi.Commit != "" {
					fmt.Fprintf(f.IO.Out, "commit %s\n", vi.Commit)
				}
				fmt.Fprintf(f.IO.Out, "%s %s\n", vi.GoVersion, vi.Platform)
				return nil
			default:
				return flagErrorf("roo version supports --format table or json, not %s", f.Global.Format)
			}
		},
	}
}
