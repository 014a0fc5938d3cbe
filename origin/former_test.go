package origin

import (
	"strings"
	"testing"
)

// TestFormerCodeNamedWhenNotNeeded: a former code the answer did not use
// is named in the result, not dropped; one that settled a test is not
// (issue 17 item 10; every input is used or named). GN 11(o) ch. 85 rule
// 16 excepts HS 2017 tariff items 8548.10.05/.15, which HS 2022 split.
func TestFormerCodeNamedWhenNotNeeded(t *testing.T) {
	scrap := mat("SCRAP", "8549.11", NonOriginating, "20")
	scrap.FormerCode = "85481090"
	plate := mat("PLATE", "8507.90", NonOriginating, "20")
	plate.FormerCode = "850790"
	g := good("8507.10.00", "100", "", scrap, plate)
	g.FormerCode = "850710"
	res := evaluate(t, g)
	var said []string
	for _, a := range res.Assumptions {
		if a.Code == AssumeFormerCodeUnused {
			said = append(said, a.Message)
		}
	}
	all := strings.Join(said, "\n")
	if res.Status != Qualifies {
		t.Fatalf("status %s: %q", res.Status, res.Reasons)
	}
	for _, want := range []string{"PLATE: its former code 8507.90 is not needed", "the good's former code 8507.10 is not needed"} {
		if !strings.Contains(all, want) {
			t.Errorf("not named: %q\n%s", want, all)
		}
	}
	if strings.Contains(all, "SCRAP") {
		t.Errorf("SCRAP's former code decided its test, yet it is called not needed:\n%s", all)
	}
}
