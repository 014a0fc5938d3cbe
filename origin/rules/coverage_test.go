package rules

import (
	"testing"

	"github.com/shopspring/decimal"
)

func TestCoverage(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cov, err := b.Coverage()
	if err != nil {
		t.Fatal(err)
	}
	if cov.Total.Records != 1175 {
		t.Errorf("%d records, want every one of the data's 1,175", cov.Total.Records)
	}
	if sum := cov.Total.Complete + cov.Total.WithConditions + cov.Total.Failed; sum != cov.Total.Records {
		t.Errorf("statuses add up to %d of %d records", sum, cov.Total.Records)
	}
	if p := cov.Total.ParsedPercent(); p.LessThan(decimal.NewFromInt(98)) {
		t.Errorf("%s%% parsed, want at least 98%%", p)
	}
	if len(cov.Failures) != cov.Total.Failed {
		t.Errorf("%d failures listed for %d failed records", len(cov.Failures), cov.Total.Failed)
	}
	for _, f := range cov.Failures {
		if f.Reason == "" {
			t.Errorf("%s failed without a reason", f.ID)
		}
	}
	want := map[string]bool{"64": true, "65": true, "66": true, "67": true, "77": true}
	for _, c := range cov.Missing {
		if !want[c] {
			t.Errorf("chapter %s reported missing", c)
		}
		delete(want, c)
	}
	if len(want) > 0 {
		t.Errorf("chapters %v not reported missing", want)
	}
	sum := 0
	for _, c := range cov.Chapters {
		sum += c.Records
	}
	if sum != cov.Total.Records {
		t.Errorf("chapters count %d records, total %d", sum, cov.Total.Records)
	}
}

// TestBaseInvariants checks every record of the embedded base: a rule says
// what it applies to, a parsed rule has branches whose goods are among them
// (or a flag says they are not), a failed one says why.
func TestBaseInvariants(t *testing.T) {
	b, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	chs, err := b.All()
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range chs {
		for _, r := range ch.Rules {
			if len(r.Applies) == 0 {
				t.Errorf("%s applies to nothing", r.ID)
			}
			if r.Uses == 0 && len(r.Flags) == 0 {
				t.Errorf("%s applies to no vehicle use and no flag says why", r.ID)
			}
			switch r.Status {
			case Failed:
				if r.Failure == "" || r.Text == "" || len(r.Branches) > 0 {
					t.Errorf("%s failed without reason or text, or kept branches", r.ID)
				}
			case Complete, WithConditions:
				if len(r.Branches) == 0 {
					t.Errorf("%s parsed without branches", r.ID)
				}
				for i := range r.Branches {
					br := &r.Branches[i]
					if !br.Target.Refs.Overlaps(r.Applies) && len(r.Flags) == 0 {
						t.Errorf("%s branch (%s) is for %s, outside %s, and no flag says so", r.ID, br.Label, br.Target.Refs, r.Applies)
					}
					if br.RVC != nil && len(br.RVC.Methods()) == 0 {
						t.Errorf("%s branch (%s) has an RVC with no method", r.ID, br.Label)
					}
				}
			default:
				t.Errorf("%s has status %d", r.ID, r.Status)
			}
		}
		for _, n := range ch.Notes {
			if n.Status != Failed && len(n.Governs) == 0 {
				t.Errorf("note %s governs nothing", n.ID)
			}
		}
	}
}
