package certificate

import (
	"fmt"
	"strings"
)

// field is one settable field of the details, by the path --set names it
// with (the JSON field names joined with dots).
type field struct {
	path string
	set  func(d *Details, v string)
}

// contactFields are the fields every party has, with how to reach them.
var contactFields = []struct {
	name string
	at   func(c *Contact) *string
}{
	{"name", func(c *Contact) *string { return &c.Name }},
	{"address", func(c *Contact) *string { return &c.Address }},
	{"country", func(c *Contact) *string { return &c.Country }},
	{"telephone", func(c *Contact) *string { return &c.Telephone }},
	{"email", func(c *Contact) *string { return &c.Email }},
}

// fields lists every settable field in the order of the Annex.
func fields() []field {
	cf := func(name string, at func(c *CertifierDetails) *string) field {
		return field{"certifier." + name, func(d *Details, v string) { *at(&d.Certifier) = v }}
	}
	out := []field{
		cf("role", func(c *CertifierDetails) *string { return &c.Role }),
		cf("name", func(c *CertifierDetails) *string { return &c.Name }),
		cf("title", func(c *CertifierDetails) *string { return &c.Title }),
		cf("company", func(c *CertifierDetails) *string { return &c.Company }),
		cf("address", func(c *CertifierDetails) *string { return &c.Address }),
		cf("country", func(c *CertifierDetails) *string { return &c.Country }),
		cf("telephone", func(c *CertifierDetails) *string { return &c.Telephone }),
		cf("email", func(c *CertifierDetails) *string { return &c.Email }),
	}
	for _, p := range []struct {
		name string
		at   func(d *Details) **PartyDetails
	}{
		{"exporter", func(d *Details) **PartyDetails { return &d.Exporter }},
		{"producer", func(d *Details) **PartyDetails { return &d.Producer }},
		{"importer", func(d *Details) **PartyDetails { return &d.Importer }},
	} {
		out = append(out, field{p.name, func(d *Details, v string) {
			if v == "" {
				*p.at(d) = nil
				return
			}
			*p.at(d) = &PartyDetails{Word: v}
		}})
		for _, c := range contactFields {
			out = append(out, field{p.name + "." + c.name, func(d *Details, v string) {
				pd := *p.at(d)
				if pd == nil || pd.Word != "" {
					pd = &PartyDetails{} // details replace a word
					*p.at(d) = pd
				}
				*c.at(&pd.Contact) = v
			}})
		}
	}
	period := func(d *Details) *PeriodDetails {
		if d.BlanketPeriod == nil {
			d.BlanketPeriod = &PeriodDetails{}
		}
		return d.BlanketPeriod
	}
	return append(out,
		field{"blanket_period.from", func(d *Details, v string) { period(d).From = v }},
		field{"blanket_period.to", func(d *Details, v string) { period(d).To = v }},
		field{"invoice", func(d *Details, v string) { d.Invoice = v }},
		field{"date", func(d *Details, v string) { d.Date = v }},
	)
}

// Fields are the paths Set accepts, in the order of the Annex.
func Fields() []string {
	var out []string
	for _, f := range fields() {
		out = append(out, f.path)
	}
	return out
}

// Set sets one field by its path ("certifier.email", "importer",
// "blanket_period.to"), as --set FIELD=VALUE does. A party set to a word
// ("unknown") loses its details; a detail of a party given as a word
// replaces the word. An empty value clears the field.
func (d *Details) Set(path, value string) error {
	p := strings.ToLower(strings.TrimSpace(path))
	for _, f := range fields() {
		if f.path == p {
			f.set(d, value)
			return nil
		}
	}
	return fmt.Errorf("%q is not a field of the certification: the fields are %s", path, strings.Join(Fields(), ", "))
}
