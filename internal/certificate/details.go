package certificate

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"regexp"
	"sort"
	"strings"

	"github.com/roo-trade/roo/internal/suggest"
)

// Details are the certification's parties and terms as the user gives them,
// in a JSON file (see testdata/certifier.example.json) and flags. Nothing
// here is checked: Validate does that, naming each field at fault.
type Details struct {
	// Comment is free text for the people who keep the file; roo ignores it.
	Comment   string           `json:"comment"`
	Certifier CertifierDetails `json:"certifier"`
	// Exporter, Producer and Importer are nil when not given.
	Exporter      *PartyDetails  `json:"exporter"`
	Producer      *PartyDetails  `json:"producer"`
	Importer      *PartyDetails  `json:"importer"`
	BlanketPeriod *PeriodDetails `json:"blanket_period"`
	// Invoice is the invoice number of a single shipment.
	Invoice string `json:"invoice"`
	// Date is the date of the signature, YYYY-MM-DD; empty means today.
	Date string `json:"date"`
}

// CertifierDetails are the certifier's details as given.
type CertifierDetails struct {
	Role      string `json:"role"`
	Name      string `json:"name"`
	Title     string `json:"title"`
	Company   string `json:"company"`
	Address   string `json:"address"`
	Country   string `json:"country"`
	Telephone string `json:"telephone"`
	Email     string `json:"email"`
}

// PartyDetails is a party as given: an object with its details, or one of
// the words that may stand in their place ("certifier", "exporter",
// "various", "available-upon-request", "unknown"), kept in Word.
type PartyDetails struct {
	Word string
	Contact
}

// UnmarshalJSON reads a party given as a word or as an object; an object
// may hold only the fields of a Contact.
func (p *PartyDetails) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '"' {
		*p = PartyDetails{}
		return json.Unmarshal(data, &p.Word)
	}
	if len(data) == 0 || data[0] != '{' {
		return errors.New(`give the party as an object {"name": …} or as a word such as "unknown"`)
	}
	var c Contact
	if err := strictDecode(data, &c); err != nil {
		return err
	}
	*p = PartyDetails{Contact: c}
	return nil
}

// MarshalJSON writes the party back as the user would give it.
func (p PartyDetails) MarshalJSON() ([]byte, error) {
	if p.Word != "" {
		return json.Marshal(p.Word)
	}
	return json.Marshal(p.Contact)
}

// PeriodDetails is a blanket period as given, YYYY-MM-DD.
type PeriodDetails struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// maxDetailsSize bounds the details file: a few kilobytes are plenty.
const maxDetailsSize = 1 << 20

// ReadDetails reads the JSON details file. Unknown fields are errors, so a
// misspelt field ("emial") is caught instead of leaving an element empty.
func ReadDetails(r io.Reader) (Details, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxDetailsSize+1))
	if err != nil {
		return Details{}, err
	}
	if len(data) > maxDetailsSize {
		return Details{}, fmt.Errorf("the details file is larger than %d bytes: it should hold a few parties' details", maxDetailsSize)
	}
	var d Details
	if err := strictDecode(data, &d); err != nil {
		var uf *unknownFieldError
		if errors.As(err, &uf) {
			return Details{}, uf.located(data)
		}
		return Details{}, err
	}
	return d, nil
}

// strictDecode decodes one JSON value, refusing unknown fields and
// anything after the value, and says where the syntax breaks.
func strictDecode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line := 1 + bytes.Count(data[:min(int(se.Offset), len(data))], []byte("\n"))
			return fmt.Errorf("line %d: %v", line, err)
		}
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return fmt.Errorf("field %s: %s given where %s is expected", te.Field, te.Value, te.Type)
		}
		var uf *unknownFieldError
		if errors.As(err, &uf) {
			return uf // from a party's own decoding: located by ReadDetails
		}
		if name, ok := strings.CutPrefix(err.Error(), `json: unknown field "`); ok {
			return &unknownFieldError{name: strings.TrimSuffix(name, `"`), keys: jsonKeys(reflect.TypeOf(v))}
		}
		return errors.New(strings.TrimPrefix(err.Error(), "json: "))
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("text after the JSON object: the file must hold one object")
	}
	return nil
}

// jsonKeys lists the JSON field names of a struct type and of the structs
// under it, for the did-you-mean of a misspelt field.
func jsonKeys(t reflect.Type) []string {
	seen := map[string]bool{}
	var walk func(reflect.Type, int)
	walk = func(t reflect.Type, depth int) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || depth > 4 {
			return
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name != "" && name != "-" {
				seen[name] = true
			}
			walk(f.Type, depth+1)
		}
	}
	walk(t, 0)
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// unknownFieldError is a field of the details file that is none of roo's:
// a misspelling, which would otherwise leave an element empty.
type unknownFieldError struct {
	name string
	keys []string // the fields of the object it is in
	line int      // 0 until located
}

func (e *unknownFieldError) Error() string {
	where := ""
	if e.line > 0 {
		where = fmt.Sprintf("line %d: ", e.line)
	}
	return fmt.Sprintf("%s%q is not a field of the details file%s", where, e.name, suggest.Phrase(e.name, e.keys))
}

// located is the error with the line of the field's first use in data.
func (e *unknownFieldError) located(data []byte) error {
	if m := regexp.MustCompile(`"` + regexp.QuoteMeta(e.name) + `"\s*:`).FindIndex(data); m != nil {
		e.line = 1 + bytes.Count(data[:m[0]], []byte("\n"))
	}
	return e
}
