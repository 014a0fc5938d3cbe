package cmd

import (
	"errors"
	"slices"
	"testing"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// TestNewCmdCertify checks how roo certify's flags become options: the
// shorthand flags given become field settings, in order, before the --set
// ones, so a --set can override them.
func TestNewCmdCertify(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		assign  []string
		goods   []string
		wantErr bool
	}{
		{"file only", []string{"bom.xlsx", "--certifier", "c.json"}, nil, nil, false},
		{"shorthands and --set", []string{"bom.xlsx", "--set", "importer=unknown", "--invoice", "INV-1", "--role", "exporter", "--date", "2026-11-01"},
			[]string{"certifier.role=exporter", "invoice=INV-1", "date=2026-11-01", "importer=unknown"}, nil, false},
		{"an empty shorthand clears its field", []string{"bom.xlsx", "--blanket-from", "", "--blanket-to="},
			[]string{"blanket_period.from=", "blanket_period.to="}, nil, false},
		{"values with = and spaces", []string{"bom.xlsx", "--set", "certifier.title=VP = Trade", "--good", "A", "--good", "B"},
			[]string{"certifier.title=VP = Trade"}, []string{"A", "B"}, false},
		{"--set without =", []string{"bom.xlsx", "--set", "importer"}, nil, nil, true},
		{"no file", []string{"--certifier", "c.json"}, nil, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ios, _, _, _ := iostreams.Test()
			f := NewFactory(ios)
			var got *certifyOptions
			cmd := newCmdCertify(f, func(o *certifyOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(ios.ErrOut)
			cmd.SetErr(ios.ErrOut)
			err := cmd.Execute()
			if tt.wantErr {
				var fe *FlagError
				if !errors.As(err, &fe) {
					t.Fatalf("err = %v, want a usage error", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got.Assign, tt.assign) || !slices.Equal(got.Goods, tt.goods) {
				t.Errorf("assign %q goods %q, want %q %q", got.Assign, got.Goods, tt.assign, tt.goods)
			}
		})
	}
}
