package certificate

import "github.com/roo-trade/roo/origin"

// SchemaVersion is the version of the JSON document's shape. Within a
// version fields are never removed or renamed; new fields may be added.
const SchemaVersion = 1

// Statement is the certification statement that Annex 5-A requires the
// signature and date to be accompanied by, word for word.
const Statement = "I certify that the goods described in this document qualify as originating and the information contained in this document is true and accurate. I assume responsibility for proving such representations and agree to maintain and present upon request or to make available during a verification visit, documentation necessary to support this certification."

// Role is who certifies (element 1).
type Role string

// The roles Annex 5-A allows.
const (
	Importer Role = "importer"
	Exporter Role = "exporter"
	Producer Role = "producer"
)

// Roles lists the roles in the order the Annex names them.
var Roles = []Role{Importer, Exporter, Producer}

// Title is the role as a certificate prints it: "Importer".
func (r Role) Title() string {
	if r == "" {
		return ""
	}
	return string(r[0]-'a'+'A') + string(r[1:])
}

// Contact is how a party is reached: its name, address (with country),
// telephone and email, as Annex 5-A asks for each party.
type Contact struct {
	Name string `json:"name"`
	// Address is the street address without the country; for the exporter
	// it is the place of export, for the producer the place of production.
	Address string `json:"address"`
	// Country is the ISO 3166 alpha-2 code of a USMCA country: US, CA or MX.
	Country   string `json:"country"`
	Telephone string `json:"telephone"`
	Email     string `json:"email"`
}

// Certifier is the person who certifies (elements 1 and 2).
type Certifier struct {
	Role  Role   `json:"role"`
	Name  string `json:"name"`
	Title string `json:"title"`
	// Company is the certifier's company, empty for a person certifying in
	// their own name. A party that is "the certifier" takes this name.
	Company   string `json:"company"`
	Address   string `json:"address"`
	Country   string `json:"country"`
	Telephone string `json:"telephone"`
	Email     string `json:"email"`
}

// Standing says what stands for a party on the certification: its own
// details, another party's, or a statement in their place.
type Standing string

// The standings a party may have. Which party may have which is checked by
// Details.Validate.
const (
	Named           Standing = "named"                  // its own details
	SameAsCertifier Standing = "certifier"              // the certifier's company
	SameAsExporter  Standing = "exporter"               // the producer is the exporter
	Various         Standing = "various"                // several producers
	OnRequest       Standing = "available-upon-request" // the producer's details are confidential
	Unknown         Standing = "unknown"                // the importer (or the exporter, for a producer) is not known
)

// Party is the exporter, the producer or the importer (elements 3–5).
type Party struct {
	Standing Standing `json:"standing"`
	// Statement is printed in place of the details ("Various", "Available
	// upon request by the importing authorities", "Unknown"), or beside
	// them ("Same as the certifier"); nil for a party with its own details.
	Statement *string `json:"statement"`
	// Contact holds the details printed, nil when a statement stands in
	// their place.
	Contact *Contact `json:"contact"`
}

// Period is a blanket period, both days included, as YYYY-MM-DD.
type Period struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// Good is one good certified (elements 6 and 7), with what the
// determination that qualified it said.
type Good struct {
	File        string `json:"file"`
	GoodID      string `json:"good_id"`
	Description string `json:"description"`
	// HSClassification is the good's classification as printed: six digits
	// ("8708.30"), or eight ("1806.10.43") when the rule applied is a
	// tariff-item rule.
	HSClassification string `json:"hs_classification"`
	HSDigits         int    `json:"hs_digits"`
	// Criterion is the origin criterion of the determination, A to D (Art. 4.2) or E (HTSUS GN 11(p)).
	Criterion string `json:"origin_criterion"`
	// Rule cites the rule and branch the determination applied; nil when
	// none was (criterion C).
	Rule *string `json:"rule"`
	// DeterminedAsOf are the dates the good was found to qualify on: the
	// first and last day of a blanket period, or the one date of a single
	// shipment.
	DeterminedAsOf   []string `json:"determined_as_of"`
	ProducerCountry  string   `json:"producer_country"`
	ImportingCountry string   `json:"importing_country"`
	// Assumptions and RuleNotes are the determination's, for the file that
	// supports the certification; Notes are roo's remarks on certifying it.
	Assumptions []string `json:"assumptions"`
	RuleNotes   []string `json:"rule_notes"`
	Notes       []string `json:"notes"`
}

// Refusal is a good that is not certified, and why.
type Refusal struct {
	File        string `json:"file"`
	GoodID      string `json:"good_id"`
	Description string `json:"description"`
	HTS         string `json:"hts"`
	// Status is the determination's verdict (does-not-qualify,
	// needs-review, error); a good whose input cannot be certified as given
	// (no description, a producer in another country) is an error.
	Status origin.Status `json:"status"`
	// AsOf is the date of the determination that refused it, empty when the
	// refusal does not come from a determination.
	AsOf   string `json:"as_of"`
	Reason string `json:"reason"`
	// QualifiesAsOf are the other dates the certification covers on which
	// the good does qualify: its determination changes within the blanket
	// period.
	QualifiesAsOf []string `json:"qualifies_as_of"`
}

// Signature is element 9: who signs, when, and the statement they sign.
type Signature struct {
	Name      string `json:"name"`
	Title     string `json:"title"`
	Date      string `json:"date"`
	Statement string `json:"statement"`
}

// Certification holds the nine elements, in the Annex's order.
type Certification struct {
	Certifier Certifier `json:"certifier"`
	Exporter  Party     `json:"exporter"`
	Producer  Party     `json:"producer"`
	Importer  Party     `json:"importer"`
	Goods     []Good    `json:"goods"`
	// InvoiceNumber is the invoice of a single shipment; nil for a blanket
	// certification.
	InvoiceNumber *string `json:"invoice_number"`
	// BlanketPeriod is nil for a single shipment.
	BlanketPeriod *Period   `json:"blanket_period"`
	Signature     Signature `json:"signature"`
}

// Document is the JSON document: the certification and the goods refused.
type Document struct {
	SchemaVersion int           `json:"schema_version"`
	RooVersion    string        `json:"roo_version"`
	Certification Certification `json:"certification"`
	// Refused are the goods not certified; they are roo's report, not part
	// of the certification, and the PDF and XLSX do not show them.
	Refused []Refusal `json:"refused"`
}
