package certificate

import "strings"

// Element titles, numbered as in Annex 5-A; every writer uses them.
const (
	titleDocument  = "USMCA certification of origin"
	titleSubtitle  = "Minimum data elements of USMCA Annex 5-A (CUSMA / T-MEC)"
	titleRole      = "1. Certifier"
	titleCertifier = "2. Certifier's name, title, address, telephone and email"
	titleExporter  = "3. Exporter"
	titleProducer  = "4. Producer"
	titleImporter  = "5. Importer"
	titleGoods     = "6. Description and HS classification of the goods, and 7. origin criterion"
	titleInvoice   = "Invoice number (single shipment)"
	titleBlanket   = "8. Blanket period"
	titleSignature = "9. Authorized signature and date"
)

// Column headers of the goods table.
var goodsHeaders = []string{"Good ID", "Description", "HS classification", "Origin criterion", "Rule applied"}

// goodsRow is one good's cells in the goods table.
func goodsRow(g Good) []string {
	rule := "—"
	if g.Rule != nil {
		rule = *g.Rule
	}
	return []string{g.GoodID, g.Description, g.HSClassification, g.Criterion, rule}
}

// contactLines are a contact's details, one a line, as every writer prints
// them.
func contactLines(c Contact) []string {
	out := []string{c.Name}
	out = append(out, strings.Split(c.Address, "\n")...)
	return append(out, "Country: "+c.Country, "Telephone: "+c.Telephone, "Email: "+c.Email)
}

// partyLines are what a certificate prints for a party.
func partyLines(p Party) []string {
	var out []string
	if p.Statement != nil {
		out = append(out, *p.Statement)
	}
	if p.Contact != nil {
		out = append(out, contactLines(*p.Contact)...)
	}
	return out
}

// certifierLines are what a certificate prints for element 2.
func certifierLines(c Certifier) []string {
	out := []string{c.Name, "Title: " + c.Title}
	if c.Company != "" {
		out = append(out, c.Company)
	}
	out = append(out, strings.Split(c.Address, "\n")...)
	return append(out, "Country: "+c.Country, "Telephone: "+c.Telephone, "Email: "+c.Email)
}

// roleLine marks the certifier's role among the three.
func roleLine(r Role) string {
	var parts []string
	for _, x := range Roles {
		mark := "[ ]"
		if x == r {
			mark = "[X]"
		}
		parts = append(parts, mark+" "+x.Title())
	}
	return strings.Join(parts, "   ")
}

// blanketLine is element 8 in words.
func blanketLine(c Certification) string {
	if c.BlanketPeriod == nil {
		return "None: this certification covers a single shipment"
	}
	return "From " + c.BlanketPeriod.From + " to " + c.BlanketPeriod.To
}
