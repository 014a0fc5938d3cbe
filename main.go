// Command roo decides whether goods qualify as originating under the USMCA
// rules of origin and reports the duty at stake. See README.md.
package main

import (
	"os"

	"github.com/roo-trade/roo/cmd"
)

func main() {
	cmd.TuneGC()
	os.Exit(cmd.Main())
}
