package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// TestPrecedenceWordsOnEveryTariffItemRule: a tariff-item rule takes
// precedence over the subheading rule for its codes (GN 11(o); roo rule
// --help). For every tariff-item rule of the rule base, queried at its own
// code, date and use, the text says that rule applies and that it
// supersedes the less specific rule — never the reverse (issue 17 item 12:
// 8460.40.40 printed ch. 84 rule 165 and then "Superseded for this code by
// a more specific rule: rule 166", which is the subheading rule 165
// supersedes).
func TestPrecedenceWordsOnEveryTariffItemRule(t *testing.T) {
	b, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	chs, err := b.All()
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, ch := range chs {
		for _, r := range ch.Rules {
			if len(r.Applies) == 0 || r.Applies[0].From.Level() != hs.TariffItem || r.Status == rules.Failed {
				continue
			}
			use := rules.Use(0)
			if r.Uses != rules.AnyUse {
				for u := rules.PassengerVehicle; u <= rules.OtherUse; u <<= 1 {
					if r.Uses.Has(u) {
						use = u
						break
					}
				}
			}
			a, err := b.Lookup(rules.Query{Code: r.Applies[0].From, Date: r.Period.From, Use: use})
			if err != nil || len(a.Superseded) == 0 || len(a.Needs) > 0 {
				continue
			}
			applies := false
			for _, c := range a.Candidates {
				applies = applies || c.Rule == r
			}
			if !applies {
				continue // another version or use of the code's rule answers
			}
			var buf bytes.Buffer
			if err := writeAnswerText(&buf, a, 1000); err != nil {
				t.Fatal(err)
			}
			text := buf.String()
			if strings.Contains(text, "Superseded for this code by") {
				t.Errorf("%s: the old, backwards wording is printed", r.Citation())
			}
			i := strings.Index(text, "Precedence: ")
			if i < 0 {
				t.Errorf("%s at %s: no precedence sentence:\n%s", r.Citation(), r.Applies[0].From, text)
				continue
			}
			line := text[i:]
			line = line[:strings.Index(line, "\n")]
			head, tail, ok := strings.Cut(line, " supersede")
			if !ok {
				t.Errorf("%s: %q says nothing supersedes", r.Citation(), line)
				continue
			}
			if !strings.Contains(head, r.Citation()+" (") || !strings.Contains(head, "applies to this code") && !strings.Contains(head, "apply to this code") {
				t.Errorf("%s: %q does not say the tariff-item rule applies", r.Citation(), line)
			}
			for _, s := range a.Superseded {
				if !strings.Contains(tail, s.Citation()+" (") || strings.Contains(head, s.Citation()+" (") {
					t.Errorf("%s: %q does not say %s is the one superseded", r.Citation(), line, s.Citation())
				}
			}
			checked++
		}
	}
	if checked < 5 {
		t.Errorf("only %d tariff-item rules checked", checked)
	}
	t.Logf("%d tariff-item rules checked", checked)
}
