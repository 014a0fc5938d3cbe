package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/roo-trade/roo/origin/auto"
)

// The data files, relative to the data directory.
const (
	tablesFile   = "usmca/auto-appendix-tables.csv"
	vehiclesFile = "usmca/ch87-vehicle-rules-canada.csv"
)

// Build reads the data directory and returns the compact form and the
// tables it holds.
func Build(dataDir string) ([]byte, *auto.Tables, error) {
	t := &auto.Tables{Sources: []string{tablesFile, vehiclesFile}}
	rows, err := readCSV(filepath.Join(dataDir, tablesFile))
	if err != nil {
		return nil, nil, err
	}
	if err := readTables(t, rows); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", tablesFile, err)
	}
	rows, err = readCSV(filepath.Join(dataDir, vehiclesFile))
	if err != nil {
		return nil, nil, err
	}
	if err := readVehicles(t, rows); err != nil {
		return nil, nil, fmt.Errorf("%s: %w", vehiclesFile, err)
	}
	data, err := t.Encode()
	if err != nil {
		return nil, nil, err
	}
	// What the generator wrote must read back as the same tables.
	if _, err := auto.Decode(string(data)); err != nil {
		return nil, nil, fmt.Errorf("the output does not decode: %w", err)
	}
	return data, t, nil
}

// readCSV reads a whole CSV file, header first.
func readCSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) > 0 && len(rows[0]) > 0 {
		rows[0][0] = strings.TrimPrefix(rows[0][0], "\ufeff")
	}
	return rows, nil
}

// clean folds the typographic quotes and spaces of the print.
func clean(s string) string {
	s = strings.NewReplacer("“", "\"", "”", "\"", "’", "'", "\u00a0", " ").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
