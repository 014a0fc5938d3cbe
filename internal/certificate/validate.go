package certificate

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// Problem is one element at fault: the field (as the details file and
// --set name it), what is wrong, and how to fix it.
type Problem struct {
	Field   string
	Message string
	Fix     string
}

// String prints the problem on one line.
func (p Problem) String() string {
	return p.Field + ": " + p.Message + "; " + p.Fix
}

// ValidationError lists every element at fault. Nothing is written while
// there is one.
type ValidationError struct {
	Problems []Problem
}

// Error lists the problems, one a line.
func (e *ValidationError) Error() string {
	var b strings.Builder
	n := len(e.Problems)
	fmt.Fprintf(&b, "the certification of origin cannot be made: %d %s in its details", n, plural(n, "problem", "problems"))
	for _, p := range e.Problems {
		b.WriteString("\n  " + p.String())
	}
	return b.String()
}

// Hint points to the documented example.
func (e *ValidationError) Hint() string {
	return "'roo certify --example' prints a complete details file, and 'roo certify --help' describes every field; --set FIELD=VALUE sets one from the command line"
}

// validator gathers the problems of one set of details.
type validator struct {
	problems []Problem
	err      error // a failure of roo itself (the font cannot be read)
}

func (v *validator) add(field, message, fix string) {
	v.problems = append(v.problems, Problem{Field: field, Message: message, Fix: fix})
}

// text cleans and checks one text field; required fields may not be empty.
func (v *validator) text(field, s string, required, multiline bool, limit int, fix string) string {
	s = cleanText(s, multiline)
	if s == "" {
		if required {
			v.add(field, "missing", fix)
		}
		return ""
	}
	msg, err := textProblem(s, limit)
	if err != nil && v.err == nil {
		v.err = err
	}
	if msg != "" {
		v.add(field, msg, fix)
	}
	return s
}

// contact checks the fields every party and the certifier have.
func (v *validator) contact(prefix string, c Contact, whose string) Contact {
	f := func(name string) string { return prefix + "." + name }
	out := Contact{
		Name:    v.text(f("name"), c.Name, true, false, maxLine, "give "+whose+" name"),
		Address: v.text(f("address"), c.Address, true, true, maxAddress, "give "+whose+" street address and city, without the country"),
	}
	switch code, ok := countryCode(c.Country); {
	case code == "":
		v.add(f("country"), "missing", "give the country of "+whose+" address: US, CA or MX")
	case !ok:
		v.add(f("country"), fmt.Sprintf("%q is not the code of a USMCA country", c.Country), "give US, CA or MX (ISO 3166 alpha-2): the address must be in the territory of a Party")
	default:
		out.Country = code
	}
	out.Telephone = v.text(f("telephone"), c.Telephone, true, false, maxLine, "give "+whose+" telephone number")
	if out.Telephone != "" {
		if msg := phoneProblem(out.Telephone); msg != "" {
			v.add(f("telephone"), msg, "write it as +52 81 5555 0100, optionally with ext. 204")
		}
	}
	out.Email = v.text(f("email"), c.Email, true, false, maxLine, "give "+whose+" email address")
	if out.Email != "" {
		if msg := emailProblem(out.Email); msg != "" {
			v.add(f("email"), msg, "write it as name@example.com")
		}
	}
	return out
}

// Validate checks every element and returns the certification to fill
// with goods, or a *ValidationError naming each field at fault and its
// fix. today is the date the signature may not be later than, and the
// date of the signature when Details.Date is empty.
func (d Details) Validate(today time.Time) (Certification, error) {
	v := &validator{}
	var c Certification
	c.Certifier = v.certifier(d.Certifier)
	role := c.Certifier.Role
	c.Exporter = v.party("exporter", d.Exporter, role, c.Certifier, nil)
	c.Producer = v.party("producer", d.Producer, role, c.Certifier, &c.Exporter)
	c.Importer = v.party("importer", d.Importer, role, c.Certifier, nil)
	c.BlanketPeriod, c.InvoiceNumber = v.coverage(d.BlanketPeriod, d.Invoice)
	c.Signature = Signature{Name: c.Certifier.Name, Title: c.Certifier.Title, Date: v.signatureDate(d.Date, today), Statement: Statement}
	c.Goods = []Good{}
	if v.err != nil {
		return Certification{}, v.err
	}
	if len(v.problems) > 0 {
		sortProblems(v.problems)
		return Certification{}, &ValidationError{Problems: v.problems}
	}
	return c, nil
}

// sortProblems puts problems in the order of the fields, which is the
// Annex's: a party's own problem (its word) before those of its details.
func sortProblems(ps []Problem) {
	order := map[string]int{}
	for i, f := range Fields() {
		order[f] = i
	}
	order["blanket_period"] = order["blanket_period.from"]
	slices.SortStableFunc(ps, func(a, b Problem) int { return order[a.Field] - order[b.Field] })
}

// certifier checks elements 1 and 2.
func (v *validator) certifier(cd CertifierDetails) Certifier {
	role := Role(strings.ToLower(strings.TrimSpace(cd.Role)))
	switch {
	case role == "":
		v.add("certifier.role", "missing: say who certifies", "give importer, exporter or producer (or --role)")
	case !slices.Contains(Roles, role):
		v.add("certifier.role", fmt.Sprintf("%q is not a role Annex 5-A allows", cd.Role), "give importer, exporter or producer")
		role = ""
	}
	ct := v.contact("certifier", Contact{Name: cd.Name, Address: cd.Address, Country: cd.Country, Telephone: cd.Telephone, Email: cd.Email}, "the certifier's")
	return Certifier{
		Role:  role,
		Name:  ct.Name,
		Title: v.text("certifier.title", cd.Title, true, false, maxLine, "give the certifier's title (job title), e.g. Export Compliance Manager"),
		Company: v.text("certifier.company", cd.Company, false, false, maxLine,
			"give the certifier's company name"),
		Address: ct.Address, Country: ct.Country, Telephone: ct.Telephone, Email: ct.Email,
	}
}

// Statements printed in place of, or beside, a party's details.
const (
	stmtVarious   = "Various"
	stmtOnRequest = "Available upon request by the importing authorities"
	stmtUnknown   = "Unknown"
	stmtCertifier = "Same as the certifier"
	stmtExporter  = "Same as the exporter"
)

// partyWords are the words each party may be given as, besides its details.
var partyWords = map[string][]Standing{
	"exporter": {SameAsCertifier, Unknown},
	"producer": {SameAsCertifier, SameAsExporter, Various, OnRequest},
	"importer": {SameAsCertifier, Unknown},
}

// party checks elements 3, 4 and 5. exporter is the exporter as checked,
// for a producer given as "exporter".
func (v *validator) party(name string, pd *PartyDetails, role Role, cert Certifier, exporter *Party) Party {
	words := partyWords[name]
	wordList := quoteList(words)
	var st Standing
	switch {
	case pd == nil && Role(name) == role:
		st = SameAsCertifier // the certifier's own party
	case pd == nil && name == "importer":
		st = Unknown // "if known"
	case pd == nil:
		v.add(name, "missing", fmt.Sprintf("give the %s's name, address, country, telephone and email, or one of %s", name, wordList))
		return Party{}
	case pd.Word != "":
		st = Standing(strings.ToLower(strings.TrimSpace(pd.Word)))
		if !slices.Contains(words, st) {
			v.add(name, fmt.Sprintf("%q is not a word the %s may be given as", pd.Word, name), fmt.Sprintf("give the %s's details as an object, or one of %s", name, wordList))
			return Party{}
		}
	default:
		st = Named
	}
	if Role(name) == role && st != Named && st != SameAsCertifier && st != SameAsExporter {
		v.add(name, fmt.Sprintf("the certifier is the %s, so the %s cannot be %q", role, name, st), fmt.Sprintf(`give "certifier", or the %s's own details`, name))
		return Party{}
	}
	switch st {
	case Named:
		c := v.contact(name, pd.Contact, "the "+name+"'s")
		return Party{Standing: Named, Contact: &c}
	case SameAsCertifier:
		c := Contact{Name: cert.Company, Address: cert.Address, Country: cert.Country, Telephone: cert.Telephone, Email: cert.Email}
		if c.Name == "" {
			c.Name = cert.Name
		}
		return Party{Standing: st, Statement: ptr(stmtCertifier), Contact: &c}
	case SameAsExporter:
		if exporter == nil || exporter.Contact == nil {
			v.add(name, `the producer is given as "exporter", but the exporter's details are not known`, "give the producer's own details")
			return Party{}
		}
		c := *exporter.Contact
		return Party{Standing: st, Statement: ptr(stmtExporter), Contact: &c}
	case Various:
		return Party{Standing: st, Statement: ptr(stmtVarious)}
	case OnRequest:
		return Party{Standing: st, Statement: ptr(stmtOnRequest)}
	}
	// Unknown
	if name == "exporter" && role != Producer && role != "" {
		v.add(name, fmt.Sprintf("the exporter may be left unknown only by a producer who does not know it, and the certifier is the %s", role),
			"give the exporter's name, address, country, telephone and email (Annex 5-A element 3)")
		return Party{}
	}
	return Party{Standing: Unknown, Statement: ptr(stmtUnknown)}
}

// coverage checks what the certification covers: a blanket period
// (element 8) or a single shipment with its invoice number (element 6).
func (v *validator) coverage(bp *PeriodDetails, invoice string) (*Period, *string) {
	inv := v.text("invoice", invoice, false, false, maxLine, "give the invoice number as it appears on the commercial invoice")
	blanket := bp != nil && (strings.TrimSpace(bp.From) != "" || strings.TrimSpace(bp.To) != "")
	switch {
	case !blanket && inv == "":
		v.add("blanket_period", "missing: the certification must say which shipments it covers",
			"give a blanket period of at most 12 months (blanket_period, or --blanket-from and --blanket-to), or the invoice number of the single shipment it covers (invoice, or --invoice)")
		return nil, nil
	case blanket && inv != "":
		v.add("invoice", "a blanket certification covers several shipments, so it has no single invoice number",
			"leave the invoice number out, or certify the single shipment without a blanket period")
		return nil, nil
	case !blanket:
		return nil, &inv
	}
	from, okFrom := v.date("blanket_period.from", bp.From, "give the first day of the blanket period")
	to, okTo := v.date("blanket_period.to", bp.To, "give the last day of the blanket period")
	if !okFrom || !okTo {
		return nil, nil
	}
	if msg, fix := periodProblem(from, to); msg != "" {
		v.add("blanket_period.to", msg, fix)
		return nil, nil
	}
	return &Period{From: from.Format(time.DateOnly), To: to.Format(time.DateOnly)}, nil
}

// date reads a required date, YYYY-MM-DD.
func (v *validator) date(field, s, fix string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		v.add(field, "missing", fix+" as YYYY-MM-DD")
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		v.add(field, fmt.Sprintf("%q is not a date", s), "write it as YYYY-MM-DD, e.g. 2026-01-01")
		return time.Time{}, false
	}
	return t, true
}

// signatureDate checks element 9's date: today when not given, and never
// later than today.
func (v *validator) signatureDate(s string, today time.Time) string {
	day := today.Format(time.DateOnly)
	if strings.TrimSpace(s) == "" {
		return day
	}
	t, ok := v.date("date", s, "give the date of the signature")
	if !ok {
		return ""
	}
	if d := t.Format(time.DateOnly); d > day {
		v.add("date", fmt.Sprintf("%s is after today (%s): a certification cannot be dated before it is signed", d, day), "give today's date or an earlier one, or leave it out for today")
		return ""
	}
	return t.Format(time.DateOnly)
}

func quoteList(ws []Standing) string {
	var q []string
	for _, w := range ws {
		q = append(q, fmt.Sprintf("%q", string(w)))
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

func ptr[T any](v T) *T { return &v }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
