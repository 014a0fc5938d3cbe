package auto

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// magic opens the compact form; the version changes when the layout does.
const magic = "roo-auto-appendix 1"

// The compact form is line-oriented text, one record a line, fields
// separated by "|":
//
//	S|file                                   a source data file
//	E|table|refs|desc|part|component|metal|links|fact|complement
//	V|row|provision|links|subdivision|branch|subject|uses|thresholds
//	F|text                                   a doubt the generator found
//
// refs are "ex 8708.29;8482.10..8482.80"; links are "870822<870829" (HS
// 2022 < HS 2012), "*" marking a partial link; thresholds are
// "nc:66:2020-07-01:2021-06-30", comma-separated.

// Encode writes the compact form. Fields must not contain "|" or line
// breaks; Encode refuses them rather than write a file it cannot read.
func (t *Tables) Encode() ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(magic + "\n")
	b.WriteString("# roo's form of the automotive appendix, written by origin/auto/internal/gen; do not edit\n")
	w := func(fields ...string) error {
		for _, f := range fields {
			if strings.ContainsAny(f, "|\n\r") {
				return fmt.Errorf("field %q holds a separator", f)
			}
		}
		b.WriteString(strings.Join(fields, "|"))
		b.WriteByte('\n')
		return nil
	}
	for _, s := range t.Sources {
		if err := w("S", s); err != nil {
			return nil, err
		}
	}
	for i := range t.Entries {
		e := &t.Entries[i]
		comp := "0"
		if e.Component {
			comp = "1"
		}
		if err := w("E", string(e.Table), encodeRefs(e.Refs), e.Desc, e.Part, comp, string(e.Metal), encodeLinks(e.Links), e.Fact, e.Complement); err != nil {
			return nil, err
		}
	}
	for i := range t.Vehicles {
		v := &t.Vehicles[i]
		if err := w("V", strconv.Itoa(v.Row), v.Provision, encodeLinks(v.Links), v.Subdivision, v.Branch, v.Subject, v.Uses.code(), encodeThresholds(v.RVC.Thresholds)); err != nil {
			return nil, err
		}
	}
	for _, f := range t.Flags {
		if err := w("F", f); err != nil {
			return nil, err
		}
	}
	return b.Bytes(), nil
}

// Decode reads the compact form.
func Decode(text string) (*Tables, error) {
	t := &Tables{}
	first := true
	for n, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		if first {
			if line != magic {
				return nil, fmt.Errorf("line 1: not roo's automotive appendix form (want %q)", magic)
			}
			first = false
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "|")
		var err error
		switch f[0] {
		case "S":
			err = want(f, 2)
			if err == nil {
				t.Sources = append(t.Sources, f[1])
			}
		case "E":
			err = t.decodeEntry(f)
		case "V":
			err = t.decodeVehicle(f)
		case "F":
			err = want(f, 2)
			if err == nil {
				t.Flags = append(t.Flags, f[1])
			}
		default:
			err = fmt.Errorf("unknown record %q", f[0])
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n+1, err)
		}
	}
	if first {
		return nil, fmt.Errorf("empty input")
	}
	t.index()
	return t, nil
}

func want(f []string, n int) error {
	if len(f) != n {
		return fmt.Errorf("record %s has %d fields, want %d", f[0], len(f), n)
	}
	return nil
}

func (t *Tables) decodeEntry(f []string) error {
	if err := want(f, 10); err != nil {
		return err
	}
	refs, err := decodeRefs(f[2])
	if err != nil {
		return err
	}
	links, err := decodeLinks(f[7])
	if err != nil {
		return err
	}
	switch Table(f[1]) {
	case TableA1, TableA2, TableB, TableC, TableD, TableE, TableF, TableS:
	default:
		return fmt.Errorf("unknown table %q", f[1])
	}
	t.Entries = append(t.Entries, Entry{Table: Table(f[1]), Refs: refs, Desc: f[3], Part: f[4], Component: f[5] == "1",
		Metal: Metal(f[6]), Links: links, Fact: f[8], Complement: f[9]})
	return nil
}

func (t *Tables) decodeVehicle(f []string) error {
	if err := want(f, 9); err != nil {
		return err
	}
	row, err := strconv.Atoi(f[1])
	if err != nil {
		return fmt.Errorf("row %q: %w", f[1], err)
	}
	links, err := decodeLinks(f[3])
	if err != nil {
		return err
	}
	uses, ok := parseUseCode(f[7])
	if !ok {
		return fmt.Errorf("uses %q", f[7])
	}
	th, err := decodeThresholds(f[8])
	if err != nil {
		return err
	}
	t.Vehicles = append(t.Vehicles, VehicleRule{Row: row, Provision: f[2], Links: links, Subdivision: f[4], Branch: f[5],
		Subject: f[6], Uses: uses, RVC: rules.RVC{Thresholds: th}})
	return nil
}

func encodeRefs(rs []Ref) string {
	parts := make([]string, len(rs))
	for i, r := range rs {
		s := r.Code
		if r.To != "" {
			s += ".." + r.To
		}
		if r.Ex {
			s = "ex " + s
		}
		parts[i] = s
	}
	return strings.Join(parts, ";")
}

func decodeRefs(s string) ([]Ref, error) {
	if s == "" {
		return nil, nil
	}
	var out []Ref
	for _, p := range strings.Split(s, ";") {
		var r Ref
		if rest, ok := strings.CutPrefix(p, "ex "); ok {
			r.Ex, p = true, rest
		}
		r.Code, r.To, _ = strings.Cut(p, "..")
		if r.Code == "" {
			return nil, fmt.Errorf("empty provision in %q", s)
		}
		out = append(out, r)
	}
	return out, nil
}

func encodeLinks(ls []Link) string {
	parts := make([]string, len(ls))
	for i, l := range ls {
		s := string(l.Code) + "<" + string(l.From)
		if l.Partial {
			s += "*"
		}
		parts[i] = s
	}
	return strings.Join(parts, ",")
}

func decodeLinks(s string) ([]Link, error) {
	if s == "" {
		return nil, nil
	}
	parts := strings.Split(s, ",")
	out := make([]Link, 0, len(parts))
	for _, p := range parts {
		var l Link
		p, l.Partial = strings.CutSuffix(p, "*")
		to, from, ok := strings.Cut(p, "<")
		if !ok || len(to) != 6 || len(from) != 6 {
			return nil, fmt.Errorf("link %q", p)
		}
		l.Code, l.From = hs.Code(to), hs.Code(from)
		out = append(out, l)
	}
	return out, nil
}

func encodeThresholds(ts []rules.Threshold) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = t.Method.Slug() + ":" + t.Percent.String() + ":" + string(t.Period.From) + ":" + string(t.Period.To)
	}
	return strings.Join(parts, ",")
}

func decodeThresholds(s string) ([]rules.Threshold, error) {
	if s == "" {
		return nil, nil
	}
	var out []rules.Threshold
	for _, p := range strings.Split(s, ",") {
		f := strings.Split(p, ":")
		if len(f) != 4 {
			return nil, fmt.Errorf("threshold %q", p)
		}
		var m rules.Method
		switch f[0] {
		case "nc":
			m = rules.NetCost
		case "tv":
			m = rules.TransactionValue
		default:
			return nil, fmt.Errorf("threshold %q: method %q", p, f[0])
		}
		pct, err := decimal.NewFromString(f[1])
		if err != nil {
			return nil, fmt.Errorf("threshold %q: %w", p, err)
		}
		out = append(out, rules.Threshold{Method: m, Percent: pct, Period: rules.Period{From: rules.Date(f[2]), To: rules.Date(f[3])}})
	}
	return out, nil
}
