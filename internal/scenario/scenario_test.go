package scenario

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/roo-trade/roo/internal/workbook"
	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/rules"
)

// lightTruck evaluates the repository's light-truck sample (LT-2500, an
// 8704.31 light truck that qualifies with an RVC of 86.5% by net cost
// against 75%, UR §13; US content 3,720 of 38,500 = 9.7%) on 2026-11-27.
func lightTruck(t *testing.T) origin.Result {
	t.Helper()
	base, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	wb, err := workbook.Read(filepath.Join("..", "..", "testdata", "light-truck.xlsx"), nil, workbook.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, gi := range wb.Goods {
		if gi.Good.ID == "LT-2500" {
			res := origin.Evaluate(gi.Good, origin.Options{Rules: base, AsOf: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)})
			if res.Status != origin.Qualifies {
				t.Fatalf("the sample truck should qualify under the law in force: %s %v", res.Status, res.Reasons)
			}
			return res
		}
	}
	t.Fatal("no LT-2500 in the sample")
	return origin.Result{}
}

func read(t *testing.T, csv string) *Scenario {
	t.Helper()
	sc, err := Read(strings.NewReader(csv), "proposal.csv")
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

func TestScenarioOnTheLightTruck(t *testing.T) {
	tests := []struct {
		name    string
		csv     string
		status  origin.Status
		flipped bool
		why     string
	}{
		{"threshold set to 90% fails the 86.5% truck", "change,hts_prefix,value,from,label\nrvc-set,8704,90,2026-07-01,trucks to 90\n",
			origin.DoesNotQualify, true, "is below 90"},
		{"raised by 10 points (75 → 85) still passes", "change,hts_prefix,value,from,label\nrvc-raise,87,10,2026-07-01,+10\n",
			origin.Qualifies, false, ""},
		{"raised by 15 points (75 → 90) fails", "change,hts_prefix,value,from,label\nrvc-raise,87,15,2026-07-01,+15\n",
			origin.DoesNotQualify, true, "is below 90"},
		{"not yet in effect on the as-of date", "change,hts_prefix,value,from,label\nrvc-set,8704,90,2027-07-01,later\n",
			origin.Qualifies, false, ""},
		{"other chapter", "change,hts_prefix,value,from,label\nrvc-set,85,90,2026-07-01,ch85\n",
			origin.Qualifies, false, ""},
		{"US-content floor of 50% fails 9.7%", "change,hts_prefix,value,from,label\nus-content-floor,8703 8704,50,2026-07-01,US floor\n",
			origin.DoesNotQualify, true, "below the 50% floor"},
		{"US-content floor of 5% is met", "change,hts_prefix,value,from,label\nus-content-floor,8704,5,2026-07-01,US floor\n",
			origin.Qualifies, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lightTruck(t)
			out := read(t, tt.csv).Apply(&res)
			if out.Status != tt.status || res.Status != tt.status || out.Flipped != tt.flipped || out.LawStatus != origin.Qualifies {
				t.Errorf("status %s (result %s), flipped %v, law %s; want %s flipped %v", out.Status, res.Status, out.Flipped, out.LawStatus, tt.status, tt.flipped)
			}
			if tt.why != "" && !strings.Contains(res.Reasons[0], tt.why) {
				t.Errorf("first reason %q lacks %q", res.Reasons[0], tt.why)
			}
			for _, c := range res.Changes {
				if tt.flipped && c.Kind == "headroom" {
					t.Errorf("a good the scenario fails keeps the law's headroom: %q", c.Text)
				}
			}
		})
	}
}

func TestScenarioUnknownUSContentNeedsReview(t *testing.T) {
	res := lightTruck(t)
	res.Content.Value.Valid = false
	out := read(t, "change,hts_prefix,value,from\nus-content-floor,8704,50,2026-01-01\n").Apply(&res)
	if out.Status != origin.NeedsReview {
		t.Errorf("status %s, want needs-review", out.Status)
	}
}

func TestReadScenarioErrors(t *testing.T) {
	head := "change,hts_prefix,value,from\n"
	for _, tt := range []struct{ in, want string }{
		{"change,value\n", `no "hts_prefix" column`},
		{head + "rvc-lower,87,5,2026-01-01\n", `change is "rvc-lower"`},
		{head + "rvc-set,,80,2026-01-01\n", "no hts_prefix"},
		{head + "rvc-set,8X,80,2026-01-01\n", "hts_prefix"},
		{head + "rvc-set,87,eighty,2026-01-01\n", "want a number"},
		{head + "rvc-set,87,120,2026-01-01\n", "from 0 to 100"},
		{head + "rvc-raise,87,0,2026-01-01\n", "more than 0 points"},
		{head + "rvc-set,87,80,July 2026\n", "from is"},
		{head, "no changes"},
	} {
		_, err := Read(strings.NewReader(tt.in), "s.csv")
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: err = %v, want %q", tt.in, err, tt.want)
		}
	}
}
