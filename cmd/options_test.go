package cmd

import (
	"errors"
	"reflect"
	"testing"

	"github.com/spf13/cobra"

	"github.com/roo-trade/roo/cmd/internal/iostreams"
)

// parseCmd runs a command built by newCmd with args, its runF capturing
// the options, and returns them or the error.
func parseCmd[O any](t *testing.T, newCmd func(*Factory, func(*O) error) *cobra.Command, args []string) (*O, error) {
	t.Helper()
	ios, _, _, _ := iostreams.Test()
	var got *O
	cmd := newCmd(NewFactory(ios), func(o *O) error { got = o; return nil })
	cmd.SetArgs(args)
	cmd.SetOut(ios.ErrOut)
	cmd.SetErr(ios.ErrOut)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &FlagError{err: err} })
	return got, cmd.Execute()
}

// checkParse checks a usage error, or the fields picked from the options.
func checkParse[O any](t *testing.T, got *O, err error, wantErr bool, pick func(*O) any, want any) {
	t.Helper()
	if wantErr {
		var fe *FlagError
		if !errors.As(err, &fe) {
			t.Fatalf("err = %v, want a usage error", err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	if g := pick(got); !reflect.DeepEqual(g, want) {
		t.Errorf("options %+v, want %+v", g, want)
	}
}

type qualifyParsed struct {
	Files                      []string
	Format, Output, FailOn, In string
	FormatSet                  bool
	Maps                       []string
	AsOf, Overlay              string
}

func TestNewCmdQualify(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    qualifyParsed
		wantErr bool
	}{
		{"defaults", []string{"a.xlsx", "b.csv"}, qualifyParsed{Files: []string{"a.xlsx", "b.csv"}, Format: "table"}, false},
		{"every flag", []string{"a.xlsx", "-f", "json", "-o", "r.json", "--fail-on", "needs-review", "--import-into", "CA", "--map", "HTS code=Tariff", "--as-of", "2026-01-01", "--overlay", "o.csv"},
			qualifyParsed{Files: []string{"a.xlsx"}, Format: "json", FormatSet: true, Output: "r.json", FailOn: "needs-review", In: "CA", Maps: []string{"HTS code=Tariff"}, AsOf: "2026-01-01", Overlay: "o.csv"}, false},
		{"no file", nil, qualifyParsed{}, true},
		{"a format qualify does not print", []string{"a.xlsx", "--format", "xlsx"}, qualifyParsed{}, true},
		{"an unknown --fail-on", []string{"a.xlsx", "--fail-on", "sometimes"}, qualifyParsed{}, true},
		{"a country outside the USMCA", []string{"a.xlsx", "--import-into", "JP"}, qualifyParsed{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdQualify, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *qualifyOptions) any {
				return qualifyParsed{Files: o.Files, Format: o.Output.Format, FormatSet: o.Output.FormatSet, Output: o.Output.Output, FailOn: o.FailOn, In: o.ImportInto,
					Maps: o.Input.Maps, AsOf: o.Input.AsOf, Overlay: o.Overlay}
			}, tt.want)
		})
	}
}

type explainParsed struct {
	File, Good, Format, Output, In, AsOf string
}

func TestNewCmdExplain(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    explainParsed
		wantErr bool
	}{
		{"defaults", []string{"a.xlsx", "--good", "G1"}, explainParsed{File: "a.xlsx", Good: "G1", Format: "table"}, false},
		{"every flag", []string{"a.xlsx", "--good", "G1", "--format", "json", "-o", "g.json", "--import-into", "MX", "--as-of", "2026-02-01"},
			explainParsed{File: "a.xlsx", Good: "G1", Format: "json", Output: "g.json", In: "MX", AsOf: "2026-02-01"}, false},
		{"two files", []string{"a.xlsx", "b.xlsx", "--good", "G1"}, explainParsed{}, true},
		{"csv", []string{"a.xlsx", "--good", "G1", "--format", "csv"}, explainParsed{}, true},
		{"--fail-on means nothing here", []string{"a.xlsx", "--good", "G1", "--fail-on", "needs-review"}, explainParsed{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdExplain, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *explainOptions) any {
				return explainParsed{File: o.File, Good: o.GoodID, Format: o.Output.Format, Output: o.Output.Output, In: o.ImportInto, AsOf: o.Input.AsOf}
			}, tt.want)
		})
	}
}

type tariffParsed struct {
	Code, Value, Format, Output, In string
	Qty                             []string
	Coverage                        bool
}

func TestNewCmdTariff(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    tariffParsed
		wantErr bool
	}{
		{"defaults: the US schedule", []string{"8501.10.40"}, tariffParsed{Code: "8501.10.40", Format: "table", In: "US"}, false},
		{"every flag", []string{"0402.99.90", "--value", "100", "--qty", "10kg", "--qty", "3 No.", "--format", "csv", "-o", "t.csv", "--import-into", "CA"},
			tariffParsed{Code: "0402.99.90", Value: "100", Qty: []string{"10kg", "3 No."}, Format: "csv", Output: "t.csv", In: "CA"}, false},
		{"coverage takes no code", []string{"--coverage"}, tariffParsed{Format: "table", In: "US", Coverage: true}, false},
		{"coverage with a code", []string{"--coverage", "8501"}, tariffParsed{}, true},
		{"--as-of means nothing here", []string{"8501.10.40", "--as-of", "2026-01-01"}, tariffParsed{}, true},
		{"--fail-on means nothing here", []string{"8501.10.40", "--fail-on", "not-qualified"}, tariffParsed{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdTariff, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *tariffOptions) any {
				return tariffParsed{Code: o.Code, Value: o.Value, Qty: o.Qty, Format: o.Output.Format, Output: o.Output.Output, In: o.ImportInto, Coverage: o.Coverage}
			}, tt.want)
		})
	}
}

type ruleParsed struct {
	Code, Format, Output, AsOf, Use, Trade string
	Coverage                               bool
}

func TestNewCmdRule(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    ruleParsed
		wantErr bool
	}{
		{"defaults", []string{"8708.30"}, ruleParsed{Code: "8708.30", Format: "table"}, false},
		{"every flag", []string{"8708.30", "--as-of", "2026-01-01", "--use", "light-truck", "--trade", "MX-US", "--format", "json", "-o", "r.json"},
			ruleParsed{Code: "8708.30", Format: "json", Output: "r.json", AsOf: "2026-01-01", Use: "light-truck", Trade: "MX-US"}, false},
		{"coverage", []string{"--coverage"}, ruleParsed{Format: "table", Coverage: true}, false},
		{"an unknown use", []string{"8708.30", "--use", "tractor"}, ruleParsed{}, true},
		{"csv", []string{"8708.30", "--format", "csv"}, ruleParsed{}, true},
		{"--import-into means nothing here", []string{"8708.30", "--import-into", "US"}, ruleParsed{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdRule, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *ruleOptions) any {
				return ruleParsed{Code: o.Code, Format: o.Output.Format, Output: o.Output.Output, AsOf: o.AsOf, Use: o.Use, Trade: o.Trade, Coverage: o.Coverage}
			}, tt.want)
		})
	}
}

type templateParsed struct {
	Arg, Output string
	Force       bool
}

func TestNewCmdTemplate(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    templateParsed
		wantErr bool
	}{
		{"defaults", nil, templateParsed{}, false},
		{"FILE", []string{"bom.xlsx", "--force"}, templateParsed{Arg: "bom.xlsx", Force: true}, false},
		{"-o FILE", []string{"-o", "bom.xlsx"}, templateParsed{Output: "bom.xlsx"}, false},
		{"two files", []string{"a.xlsx", "b.xlsx"}, templateParsed{}, true},
		{"--format means nothing here", []string{"--format", "json"}, templateParsed{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdTemplate, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *templateOptions) any {
				return templateParsed{Arg: o.Arg, Output: o.Output, Force: o.Force}
			}, tt.want)
		})
	}
}

// The file to write: FILE or -o FILE (the same one if both), else the
// default name.
func TestTemplatePath(t *testing.T) {
	tests := []struct {
		arg, output, want string
		wantErr           bool
	}{
		{"", "", "roo-template.xlsx", false},
		{"a.xlsx", "", "a.xlsx", false},
		{"", "b.xlsx", "b.xlsx", false},
		{"a.xlsx", "a.xlsx", "a.xlsx", false},
		{"a.xlsx", "b.xlsx", "", true},
	}
	for _, tt := range tests {
		got, err := (&templateOptions{Arg: tt.arg, Output: tt.output}).path()
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("%q -o %q: %q, %v; want %q", tt.arg, tt.output, got, err, tt.want)
		}
	}
}

func TestNewCmdVersion(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    string
		wantErr bool
	}{
		{"table", nil, "table", false},
		{"json", []string{"--format", "json"}, "json", false},
		{"csv", []string{"--format", "csv"}, "", true},
		{"an argument", []string{"now"}, "", true},
		{"--fail-on means nothing here", []string{"--fail-on", "not-qualified"}, "", true},
		{"-o means nothing here", []string{"-o", "v.json"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdVersion, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *versionOptions) any { return o.Format }, tt.want)
		})
	}
}

func TestNewCmdMan(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    string
		wantErr bool
	}{
		{"a directory", []string{"man"}, "man", false},
		{"none", nil, "", true},
		{"--format means nothing here", []string{"man", "--format", "json"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdMan, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *manOptions) any { return o.Dir }, tt.want)
		})
	}
}

// -o and --format agree or the command line is wrong; -o's extension must
// be one the command writes.
func TestOutputFormat(t *testing.T) {
	tests := []struct {
		name      string
		o         outputOptions
		want      string
		wantUsage bool
	}{
		{"stdout: --format", outputOptions{Format: "json"}, "json", false},
		{"the extension decides", outputOptions{Format: "table", Output: "r.CSV"}, "csv", false},
		{"an agreeing --format", outputOptions{Format: "csv", FormatSet: true, Output: "r.csv"}, "csv", false},
		{"a contradicting --format", outputOptions{Format: "json", FormatSet: true, Output: "r.csv"}, "", true},
		{"an extension not written", outputOptions{Format: "table", Output: "r.txt"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.o.format(qualifyFiles)
			var fe *FlagError
			if errors.As(err, &fe) != tt.wantUsage || got != tt.want {
				t.Errorf("format %q, err %v; want %q (usage error %v)", got, err, tt.want, tt.wantUsage)
			}
		})
	}
}

func TestNewCmdConfig(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    string
		wantErr bool
	}{
		{"table", nil, "table", false},
		{"json", []string{"--format", "json"}, "json", false},
		{"csv", []string{"--format", "csv"}, "", true},
		{"an argument", []string{"show"}, "", true},
		{"-o means nothing here", []string{"-o", "c.json"}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseCmd(t, newCmdConfig, tt.args)
			checkParse(t, got, err, tt.wantErr, func(o *configOptions) any { return o.Format }, tt.want)
		})
	}
}
