package tariffs

import (
	"fmt"
	"strconv"
	"strings"
)

// The compact form is roo's own text encoding of a schedule: a few header
// lines "#key value", then one line per schedule row, in schedule order, with
// tab-separated fields:
//
//	code  indent  units  general  usmca  column2  footnotes  description
//
// code is the digits of the row's number (empty for an un-numbered
// description row); units are joined by ";"; usmca is "PROGRAM:RATE" taken
// from the Special column ("S:Free", "S+:$2.146/kg") or empty; rates are the
// printed texts with white space collapsed. The embedded US schedule is this
// form, and every schedule read from a user file is converted into it, so
// one lookup path serves them all.
const compactMagic = "#roo-schedule 1"

// Record is one row of a schedule in the compact form.
type Record struct {
	Code        string // digits only; empty for an un-numbered row
	Indent      int
	Units       []string
	General     string
	USMCA       string // "S:Free", "S+:$2.146/kg", or empty
	Column2     string
	Footnotes   string
	Description string
}

// Header describes a schedule in the compact form.
type Header struct {
	Country  string // US, CA or MX
	Currency string // ISO 4217 code of the amounts in specific rates
	Revision string // e.g. "2025 HTS Revision 25"
	Source   string // the file it was generated or read from (base name)
}

const (
	fCode = iota
	fIndent
	fUnits
	fGeneral
	fUSMCA
	fColumn2
	fFootnotes
	fDescription
	nFields
)

// clean makes a field safe for the compact form: no tabs or newlines.
func clean(s string) string { return collapse(s) }

// EncodeCompact writes the compact form of a schedule.
func EncodeCompact(h Header, recs []Record) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n#country %s\n#currency %s\n#revision %s\n#source %s\n",
		compactMagic, clean(h.Country), clean(h.Currency), clean(h.Revision), clean(h.Source))
	for _, r := range recs {
		units := make([]string, 0, len(r.Units))
		for _, u := range r.Units {
			if u = strings.ReplaceAll(clean(u), ";", ","); u != "" {
				units = append(units, u)
			}
		}
		fields := [nFields]string{
			r.Code, strconv.Itoa(r.Indent), strings.Join(units, ";"),
			clean(r.General), clean(r.USMCA), clean(r.Column2), clean(r.Footnotes), clean(r.Description),
		}
		b.WriteString(strings.Join(fields[:], "\t"))
		b.WriteByte('\n')
	}
	return b.String()
}

// decodeCompact indexes a schedule in the compact form. It reads the header
// and finds the start of every row, without decoding the rows themselves.
func decodeCompact(data string) (*Schedule, error) {
	s := &Schedule{data: data}
	if !strings.HasPrefix(data, compactMagic+"\n") {
		return nil, fmt.Errorf("not a roo schedule: missing %q header", compactMagic)
	}
	pos := 0
	for pos < len(data) && data[pos] == '#' {
		end := strings.IndexByte(data[pos:], '\n')
		if end < 0 {
			return nil, fmt.Errorf("truncated schedule header")
		}
		key, val, _ := strings.Cut(data[pos+1:pos+end], " ")
		switch key {
		case "country":
			s.Header.Country = val
		case "currency":
			s.Header.Currency = val
		case "revision":
			s.Header.Revision = val
		case "source":
			s.Header.Source = val
		}
		pos += end + 1
	}
	n := strings.Count(data[pos:], "\n")
	s.rows = make([]int32, 0, n)
	s.coded = make([]int32, 0, n)
	prev := ""
	for pos < len(data) {
		end := strings.IndexByte(data[pos:], '\n')
		if end < 0 {
			return nil, fmt.Errorf("row %d is not terminated", len(s.rows)+1)
		}
		tab := strings.IndexByte(data[pos:pos+end], '\t')
		if tab < 0 {
			return nil, fmt.Errorf("row %d has no fields", len(s.rows)+1)
		}
		if tab > 0 {
			code := data[pos : pos+tab]
			if code <= prev {
				return nil, fmt.Errorf("row %d: code %s is out of order (after %s)", len(s.rows)+1, code, prev)
			}
			prev = code
			s.coded = append(s.coded, int32(len(s.rows)))
		}
		s.rows = append(s.rows, int32(pos))
		pos += end + 1
	}
	return s, nil
}

// record decodes row i.
func (s *Schedule) record(i int) Record {
	start := int(s.rows[i])
	end := len(s.data)
	if i+1 < len(s.rows) {
		end = int(s.rows[i+1])
	}
	f := strings.SplitN(strings.TrimSuffix(s.data[start:end], "\n"), "\t", nFields)
	for len(f) < nFields {
		f = append(f, "")
	}
	ind, _ := strconv.Atoi(f[fIndent])
	var units []string
	if f[fUnits] != "" {
		units = strings.Split(f[fUnits], ";")
	}
	return Record{
		Code: f[fCode], Indent: ind, Units: units,
		General: f[fGeneral], USMCA: f[fUSMCA], Column2: f[fColumn2],
		Footnotes: f[fFootnotes], Description: f[fDescription],
	}
}

// code returns the code of row i without decoding the rest.
func (s *Schedule) code(i int) string {
	start := int(s.rows[i])
	tab := strings.IndexByte(s.data[start:], '\t')
	return s.data[start : start+tab]
}

// hasRates reports whether a record carries any rate of its own.
func (r Record) hasRates() bool { return r.General != "" || r.USMCA != "" || r.Column2 != "" }

// Compact returns the schedule in roo's compact form.
func (s *Schedule) Compact() string { return s.data }
