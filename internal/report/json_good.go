package report

import (
	"bytes"
	"encoding/json"
	"strconv"
	"unicode/utf8"
)

// goodEncoder writes a good's JSON laid out as json.MarshalIndent lays it
// out (with a line prefix and an indent of two spaces), byte for byte
// (TestGoodJSONMatchesEncodingJSON), without reflection: the BOM lines and
// their tests, which are nine tenths of a report, are written field by
// field. The parts that are small beside them (exposure, automotive,
// content, scenario) go through encoding/json and appendIndent.
type goodEncoder struct {
	b      []byte
	prefix string
	depth  int
	lines  []byte // a line break, the prefix and spaces, cut to the depth
	first  bool   // no member written yet in the object or array just opened
	// buf and enc encode the parts left to encoding/json.
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

// good appends g's JSON to e.b, starting at the current position (no
// leading newline) and ending at its closing brace.
func (e *goodEncoder) good(g *Good) {
	e.object()
	e.str("file", g.File)
	e.str("good_id", g.GoodID)
	e.str("description", g.Description)
	e.str("hts", g.HTS)
	e.str("producer_country", g.ProducerCountry)
	e.str("importing_country", g.ImportingCountry)
	e.str("currency", g.Currency)
	e.str("as_of", g.AsOf)
	e.str("status", string(g.Status))
	e.optStr("criterion", g.Criterion)
	e.optStr("rule", g.Rule)
	e.str("rule_text", g.RuleText)
	e.strs("reasons", g.Reasons)
	objects(e, "rvc", g.RVC, e.rvc)
	e.optStr("vnm", g.VNM)
	e.key("de_minimis")
	e.deMinimis(g.DeMinimis)
	objects(e, "materials", g.Materials, e.material)
	objects(e, "branches", g.Branches, e.branch)
	objects(e, "changes", g.Changes, e.change)
	objects(e, "assumptions", g.Assumptions, e.assumption)
	objects(e, "missing_facts", g.MissingFacts, e.fact)
	e.strs("missing_inputs", g.MissingInputs)
	e.strs("rule_notes", g.RuleNotes)
	e.key("exposure")
	e.other(g.Exposure, g.Exposure == nil)
	objects(e, "problems", g.Problems, e.problem)
	e.key("automotive")
	e.other(g.Automotive, g.Automotive == nil)
	e.key("content")
	e.other(g.Content, g.Content == nil)
	e.key("scenario")
	e.other(g.Scenario, g.Scenario == nil)
	e.end('}')
}

// objects writes member name, an array of objects whose members fields
// writes: a nil slice as null, an empty one as [].
func objects[T any](e *goodEncoder, name string, xs []T, fields func(*T)) {
	e.key(name)
	if !e.array(len(xs), xs == nil) {
		return
	}
	for i := range xs {
		e.member()
		e.object()
		fields(&xs[i])
		e.end('}')
	}
	e.end(']')
}

func (e *goodEncoder) material(m *Material) {
	e.str("ref", m.Ref)
	e.int("depth", m.Depth)
	e.str("part_number", m.PartNumber)
	e.str("description", m.Description)
	e.str("hts", m.HTS)
	e.str("origin_status", m.OriginStatus)
	e.str("country", m.Country)
	e.str("kind", string(m.Kind))
	e.str("supplier", m.Supplier)
	e.str("certification", m.Certification)
	e.str("certified_until", m.CertifiedUntil)
	e.str("value", m.Value)
	e.str("counted", m.Counted)
	e.bool("non_originating", m.NonOriginating)
	e.str("treatment", string(m.Treatment))
	e.str("why", m.Why)
	e.str("shift_outcome", m.ShiftOutcome)
	e.str("shift_reason", m.ShiftReason)
	e.bool("de_minimis", m.DeMinimis)
}

func (e *goodEncoder) branch(b *Branch) {
	e.str("citation", b.Citation)
	e.str("outcome", b.Outcome)
	e.strs("reasons", b.Reasons)
	e.strs("requirements", b.Requirements)
	objects(e, "rvc", b.RVC, e.rvc)
	e.bool("rvc_waived", b.RVCWaived)
	e.key("de_minimis")
	e.deMinimis(b.DeMinimis)
	objects(e, "materials", b.Materials, e.test)
	objects(e, "missing_facts", b.MissingFacts, e.fact)
	e.strs("missing_inputs", b.MissingInputs)
}

func (e *goodEncoder) test(t *Test) {
	e.str("ref", t.Ref)
	e.str("part_number", t.PartNumber)
	e.str("hts", t.HTS)
	e.str("outcome", t.Outcome)
	e.bool("de_minimis", t.DeMinimis)
	e.bool("mapped", t.Mapped)
	e.str("reason", t.Reason)
}

func (e *goodEncoder) change(c *Change) {
	e.str("kind", c.Kind)
	e.str("branch", c.Branch)
	e.str("text", c.Text)
	e.optStr("value", c.Value)
	e.strs("refs", c.Refs)
}

func (e *goodEncoder) rvc(r *RVC) {
	e.str("method", string(r.Method))
	e.str("base", r.Base)
	e.str("vnm", r.VNM)
	e.str("value", r.Value)
	e.str("display", r.Display)
	e.optStr("threshold", r.Threshold)
	e.optStr("margin", r.Margin)
	e.optStr("headroom", r.Headroom)
	e.key("meets")
	if r.Meets == nil {
		e.b = append(e.b, "null"...)
	} else {
		e.b = strconv.AppendBool(e.b, *r.Meets)
	}
}

func (e *goodEncoder) assumption(a *Assumption) {
	e.str("code", string(a.Code))
	e.str("ref", a.Ref)
	e.str("part", a.Part)
	e.str("message", a.Message)
}

func (e *goodEncoder) fact(f *Fact) {
	e.str("key", f.Key)
	e.str("question", f.Question)
	e.str("for", f.For)
}

func (e *goodEncoder) problem(p *Problem) {
	e.str("severity", string(p.Severity))
	e.str("file", p.File)
	e.str("sheet", p.Sheet)
	e.int("row", p.Row)
	e.str("column", p.Column)
	e.str("header", p.Header)
	e.str("good_id", p.GoodID)
	e.str("message", p.Message)
	e.str("expected", p.Expected)
	e.str("hint", p.Hint)
}

func (e *goodEncoder) deMinimis(d *DeMinimis) {
	if d == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.object()
	e.str("rule", d.Rule)
	e.str("basis", d.Basis)
	e.optStr("basis_size", d.BasisSize)
	e.str("amount", d.Amount)
	e.optStr("percent", d.Percent)
	e.str("limit", d.Limit)
	e.bool("met", d.Met)
	e.key("elastomeric")
	e.deMinimis(d.Elastomeric)
	e.str("why", d.Why)
	e.end('}')
}

// other writes v through encoding/json, laid out at the current depth.
func (e *goodEncoder) other(v any, isNil bool) {
	if isNil {
		e.b = append(e.b, "null"...)
		return
	}
	if e.enc == nil {
		e.enc = json.NewEncoder(&e.buf)
	}
	e.buf.Reset()
	if err := e.enc.Encode(v); err != nil {
		if e.err == nil {
			e.err = err
		}
		return
	}
	e.b = appendIndent(e.b, bytes.TrimSuffix(e.buf.Bytes(), []byte("\n")), e.linePrefix(), "  ")
}

// linePrefix is what begins a line at the current depth.
func (e *goodEncoder) linePrefix() string {
	s := e.prefix
	for range e.depth {
		s += "  "
	}
	return s
}

// newline starts a line at the current depth.
func (e *goodEncoder) newline() {
	if n := 1 + len(e.prefix) + 2*e.depth; n <= len(e.lines) {
		e.b = append(e.b, e.lines[:n]...)
		return
	}
	e.b = append(e.b, '\n')
	e.b = append(e.b, e.prefix...)
	for range e.depth {
		e.b = append(e.b, ' ', ' ')
	}
}

// reset starts a good whose lines begin with prefix.
func (e *goodEncoder) reset(prefix string) {
	e.b, e.depth = e.b[:0], 0
	if e.prefix != prefix || e.lines == nil {
		e.prefix = prefix
		e.lines = append(append([]byte{'\n'}, prefix...), bytes.Repeat([]byte{' '}, 32)...)
	}
}

// object opens an object, whose members follow.
func (e *goodEncoder) object() {
	e.b = append(e.b, '{')
	e.depth++
	e.first = true
}

// array opens an array of n elements and reports whether they follow:
// an empty array is written whole ([]), a nil one as null.
func (e *goodEncoder) array(n int, isNil bool) bool {
	switch {
	case isNil:
		e.b = append(e.b, "null"...)
		return false
	case n == 0:
		e.b = append(e.b, '[', ']')
		return false
	}
	e.b = append(e.b, '[')
	e.depth++
	e.first = true
	return true
}

// member starts the next member of the object or array being written.
func (e *goodEncoder) member() {
	if !e.first {
		e.b = append(e.b, ',')
	}
	e.first = false
	e.newline()
}

// end closes the object or array being written with c.
func (e *goodEncoder) end(c byte) {
	e.depth--
	e.newline()
	e.b = append(e.b, c)
	e.first = false
}

// key starts an object member; names are plain ASCII.
func (e *goodEncoder) key(name string) {
	e.member()
	e.b = append(e.b, '"')
	e.b = append(e.b, name...)
	e.b = append(e.b, '"', ':', ' ')
}

func (e *goodEncoder) str(name, v string) {
	e.key(name)
	e.b = appendJSONString(e.b, v)
}

func (e *goodEncoder) optStr(name string, v *string) {
	e.key(name)
	if v == nil {
		e.b = append(e.b, "null"...)
		return
	}
	e.b = appendJSONString(e.b, *v)
}

func (e *goodEncoder) strs(name string, vs []string) {
	e.key(name)
	if !e.array(len(vs), vs == nil) {
		return
	}
	for _, v := range vs {
		e.member()
		e.b = appendJSONString(e.b, v)
	}
	e.end(']')
}

func (e *goodEncoder) int(name string, v int) {
	e.key(name)
	e.b = strconv.AppendInt(e.b, int64(v), 10)
}

func (e *goodEncoder) bool(name string, v bool) {
	e.key(name)
	e.b = strconv.AppendBool(e.b, v)
}

// jsonPlain are the ASCII bytes a JSON string holds as they are.
var jsonPlain = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping on (an Encoder's default): ", \ and control characters
// escaped (\b \f \n \r \t by name, the others as \u00XX), <, > and & as
// \u003c, \u003e and \u0026, U+2028 and U+2029 escaped, and each byte of
// invalid UTF-8 replaced by \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonPlain[c] {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
