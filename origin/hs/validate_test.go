package hs

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestValidate(t *testing.T) {
	tests := []struct {
		code     string
		status   Status
		editions EditionSet
		links    string // the successors, for Outdated codes
	}{
		{"8708.30.50.10", Valid, EditionSet(HS2022 | HS2017 | HS2012), ""},
		{"8503.00", Valid, EditionSet(HS2022 | HS2017 | HS2012), ""},
		{"8549.11.00", Valid, EditionSet(HS2022), ""},
		{"9403.90.80", Outdated, EditionSet(HS2017 | HS2012), "940391 940399"},
		{"8517.70.00.00", Outdated, EditionSet(HS2017 | HS2012), "851771 851779 852411* 852412* 852419* 852491* 852492* 852499* 852990* 854151* 854159* 854921* 854929* 854931* 854939* 854991* 854999*"},
		{"0305.10", Outdated, EditionSet(HS2017 | HS2012), "030910"},
		{"8473.10", Outdated, EditionSet(HS2012), "847340* 852411* 852412* 852419* 852491* 852492* 852499* 852990* 854151* 854159* 854231* 854232* 854239* 854921* 854929* 854931* 854939* 854991* 854999*"},
		{"4103.10", Unknown, 0, ""},
		{"9801.00.10", Unknown, 0, ""},
		{"9999.99", Unknown, 0, ""},
		{"8708.98", Unknown, 0, ""},
		{"8708", Incomplete, 0, ""},
	}
	for _, tt := range tests {
		v := Validate(MustParse(tt.code))
		if v.Status != tt.status || v.Editions != tt.editions || links(v.Successors) != tt.links || v.Code != MustParse(tt.code) {
			t.Errorf("Validate(%s) = %s in %s -> %q; want %s in %s -> %q", tt.code, v.Status, v.Editions, links(v.Successors), tt.status, tt.editions, tt.links)
		}
	}
}

// ruleCodesNotHS2022 are the 43 six-digit codes that the USMCA rules (GN
// 11(o)) cite and HS 2022 lacks, as the data README counts them.
var ruleCodesNotHS2022 = strings.Fields(`080290 220290 285300 340211 380850 410310 550310
	570320 570330 681292 741910 741991 741999 810790 810920 845610 845940 846011 846021
	846210 846221 846231 846241 846291 846299 847310 851410 851430 851712 851770 852580
	854810 854890 870120 870190 880390 900610 902780 940190 940390 940510 940540 940560`)

// The README says 31 of them are HS 2017 codes and the rest older.
func TestRuleCitedCodes(t *testing.T) {
	byEdition := map[Edition]int{}
	for _, s := range ruleCodesNotHS2022 {
		byEdition[EditionsOf(Code(s)).Newest()]++
	}
	if byEdition[HS2022] != 0 || byEdition[HS2017] != 31 || byEdition[HS2012] != 10 || byEdition[0] != 2 {
		t.Errorf("newest edition of the 43 codes: %d HS 2022, %d HS 2017, %d HS 2012, %d none; want 0, 31, 10, 2",
			byEdition[HS2022], byEdition[HS2017], byEdition[HS2012], byEdition[0])
	}
}

// TestValidateMessages pins, in testdata/validate.golden, what an analyst
// reads for each rule-cited code HS 2022 lacks and for typical BOM codes.
// Run with -update to rewrite it after a deliberate change.
func TestValidateMessages(t *testing.T) {
	inputs := append([]string{"8708.30.50.10", "8503.00", "0409.00", "9403.90.80", "3002.19",
		"8541.50.00", "9114.90", "7019.19", "9801.00.10", "9999.99", "8708.98", "8708", "0101.21"},
		ruleCodesNotHS2022...)
	var b strings.Builder
	for _, in := range inputs {
		v := Validate(MustParse(in))
		fmt.Fprintf(&b, "%s\t%s\t%s\n", in, v.Status, v)
	}
	compareGolden(t, "validate.golden", b.String())
}

func compareGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) && i < len(wl); i++ {
			if gl[i] != wl[i] {
				t.Fatalf("%s line %d:\n got %s\nwant %s\n(run go test -update if the change is deliberate)", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s: got %d lines, want %d (run go test -update if the change is deliberate)", path, len(gl), len(wl))
	}
}
