package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/roo-trade/roo/cmd/internal/samples"
)

// writeHostile writes the hostile inputs into dir/hostile.
func writeHostile(dir string) error {
	dir = filepath.Join(dir, "hostile")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, h := range samples.Hostile() {
		b, err := h.Bytes()
		if err != nil {
			return fmt.Errorf("%s: %w", h.Name, err)
		}
		if err := os.WriteFile(filepath.Join(dir, h.Name), b, 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", filepath.Join(dir, h.Name))
	}
	return nil
}
