package cmd

import (
	"os"
	"runtime/debug"
)

// Garbage-collector settings for the binary, measured (README,
// Performance): roo's live heap while qualifying is small (20–30 MB) and
// flat in the number of goods, while reading and reporting allocate fast,
// so Go's default GOGC of 100 collects often for little. GOGC 400 cut CPU
// by 15% on 1,000,000 BOM lines to JSON (paired runs); the soft limit of
// 80 MiB keeps the peak resident memory under 100 MB by collecting sooner
// as the heap nears it. The same holds for an XLSX report, whose rows go
// compressed to the package as they are made (xlsxzip.InsertBefore): on
// 1,000,000 lines to -o report.xlsx the live heap stays at 25–34 MB and
// the peak at 98 MB. GOGC and GOMEMLIMIT in the environment win.
const (
	gcPercent   = 400
	memoryLimit = 80 << 20
)

// TuneGC applies roo's collector settings; main calls it once.
func TuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}
