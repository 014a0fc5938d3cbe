package rules

import (
	"reflect"
	"testing"

	"github.com/shopspring/decimal"
)

func TestRequirements(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r, err := b.Rule(ID{Chapter: "87", Seq: 27})
	if err != nil {
		t.Fatal(err)
	}
	got := r.Requirements(&r.Branches[1], "2026-01-01")
	want := []string{
		"Applies only to mounted brake linings of subheading 8708.30.",
		"Each non-originating material must be classified as parts of mounted brake linings, brakes or servo-brakes of subheadings 8708.30 or 8708.99 or in a heading other than the good's.",
		"Regional value content of at least 70% by the net cost method (the rule allows no transaction value method).",
		"Fact product-mounted-brake-linings: Is the good mounted brake linings of subheading 8708.30?",
		"Fact material-parts-of-mounted-brake-linings-brakes-8205: Is the material parts of mounted brake linings, brakes or servo-brakes of subheadings 8708.30 or 8708.99?",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("requirements of %s:\n got %q\nwant %q", r.BranchCitation(&r.Branches[1]), got, want)
	}
	// A rule that describes its goods in its opening phrase.
	r, err = b.Rule(ID{Chapter: "87", Seq: 52})
	if err != nil {
		t.Fatal(err)
	}
	got = r.Requirements(&r.Branches[0], "2026-01-01")
	if got[0] != "Applies only to a chassis frame of subheading 8708.99." {
		t.Errorf("rule 50(A) applies to %q", got[0])
	}
	if f := r.Facts(&r.Branches[0]); len(f) != 1 || f[0].Key != "product-a-chassis-frame" {
		t.Errorf("rule 50(A) asks for %+v, want the chassis-frame fact", f)
	}
}

func TestCitations(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		id   ID
		want string
	}{
		{ID{"87", 27}, "GN 11(o) ch. 87 rule 27"},
		{ID{"85", 12}, "GN 11(o) ch. 85 rule for subheadings 8504.21 through 8504.34 (from 2025-07-01)"},
		{ID{"85", 11}, "GN 11(o) ch. 85 rule for subheadings 8504.21 through 8504.34 (2020-07-01 to 2025-06-30)"},
		{ID{"51", 4}, "GN 11(o) ch. 51 rule for subheading 5112.11 (Canada-US trade)"},
		{ID{"57", 3}, "GN 11(o) ch. 57 chapter rule 1 (Mexico-US trade)"},
		{ID{"94", 7}, "GN 11(o) ch. 94 rule for subheading 9403.90"},
	} {
		r, err := b.Rule(tt.id)
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Citation(); got != tt.want {
			t.Errorf("%s cites as %q, want %q", tt.id, got, tt.want)
		}
	}
	r, _ := b.Rule(ID{"87", 27})
	if got := r.BranchCitation(&r.Branches[1]); got != "GN 11(o) ch. 87 rule 27(B)" {
		t.Errorf("branch cites as %q", got)
	}
	ch, _ := b.Chapter("28-38")
	if got := ch.Notes[2].Citation(); got != "GN 11(n)(iv)(C)" {
		t.Errorf("note cites as %q", got)
	}
}

func TestRVCAt(t *testing.T) {
	d := decimal.RequireFromString
	staged := &RVC{Thresholds: []Threshold{
		{Method: NetCost, Percent: d("64"), Period: Period{From: "2024-07-01", To: "2027-06-30"}},
		{Method: NetCost, Percent: d("70"), Period: Period{From: "2027-07-01"}},
		{Method: TransactionValue, Percent: d("80"), Period: Period{From: "2027-07-01"}},
	}}
	for _, tt := range []struct {
		date   Date
		tv, nc string
	}{
		{"2025-01-01", "", "64"},
		{"2027-06-30", "", "64"},
		{"2027-07-01", "80", "70"},
		{"2024-01-01", "", ""},
	} {
		r := staged.At(tt.date)
		if got := nullString(r.TV); got != tt.tv {
			t.Errorf("%s: TV %q, want %q", tt.date, got, tt.tv)
		}
		if got := nullString(r.NC); got != tt.nc {
			t.Errorf("%s: NC %q, want %q", tt.date, got, tt.nc)
		}
	}
	if !staged.At("2025-01-01").NetCostOnly() || staged.At("2027-07-01").NetCostOnly() {
		t.Error("NetCostOnly wrong")
	}
}

func nullString(n decimal.NullDecimal) string {
	if !n.Valid {
		return ""
	}
	return n.Decimal.String()
}
