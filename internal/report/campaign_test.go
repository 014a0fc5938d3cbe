package report

import (
	"strings"
	"testing"
)

func failing(id, supplier, status string, nonOrig bool, perYear string) Good {
	return Good{
		GoodID: id, Status: "does-not-qualify",
		Materials: []Material{{Ref: id + "/1", PartNumber: "P-" + id, Supplier: supplier, OriginStatus: status, NonOriginating: nonOrig}},
		Changes:   []Change{{Kind: "re-source-or-certify", Refs: []string{id + "/1"}, Text: "to qualify under …"}},
		Exposure:  &Exposure{Available: true, Currency: "USD", DutyPerUnit: ptr("1.00"), DutyPerYear: ptr(perYear)},
	}
}

func TestCampaignRanksSuppliersByDutyUnlocked(t *testing.T) {
	var c Campaign
	c.Add(failing("G1", "Acme", "unknown", true, "1000.00"))
	c.Add(failing("G2", "Beta", "unknown", true, "5000.00"))
	c.Add(failing("G3", "Acme", "originating", true, "2500.00")) // an expired certification
	c.Add(failing("G4", "Gamma", "non-originating", true, "9999.00"))
	needsFact := failing("G5", "Delta", "unknown", true, "8888.00")
	needsFact.Changes[0].Text += "; the branch also needs the fact x"
	c.Add(needsFact)
	got := c.List()
	var order []string
	for _, e := range got {
		order = append(order, e.Supplier+":"+strings.Join(e.Goods, "+")+":"+e.DutyPerYear["USD"])
	}
	want := "Beta:G2:5000.00 Acme:G1+G3:3500.00"
	if strings.Join(order, " ") != want {
		t.Errorf("campaign %q, want %q (non-originating materials need re-sourcing, not certificates; a fix that also needs a fact is not a flip)", strings.Join(order, " "), want)
	}
}
