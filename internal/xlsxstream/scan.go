package xlsxstream

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode"
	"unicode/utf8"
)

// scanner is a forward-only XML tokenizer over a byte stream, just enough
// for SpreadsheetML parts: elements, attributes, character data with
// entity and character references, CDATA sections, comments and
// processing instructions. It keeps one buffer and hands out slices into
// it, valid until the next call. It does not build a tree, does not use
// reflection and does not allocate per element, which is what makes it
// about ten times faster than encoding/xml on worksheet data.
type scanner struct {
	r        io.Reader
	buf      []byte
	pos, end int
	rerr     error // the reader's error, io.EOF at the end
	maxBuf   int   // the largest the buffer may grow to hold one tag
	consumed int64 // bytes before buf[0], for error positions
	text     []byte
	lastCR   bool   // the text decoded so far ends with a carriage return
	stack    []byte // names of the open elements being skipped
	marks    []int
	name     []byte // the element whose text is being read
	skipTag  tag
	textTag  tag
}

// token kinds.
const (
	tokEOF = iota
	tokStart
	tokEnd
)

// tag is the current element tag.
type tag struct {
	kind      int
	name      []byte // local name, without a namespace prefix
	qname     []byte // the name as written, with its prefix
	list      []attr // the attributes, checked to be well-formed
	raw       []byte // the tag's bytes, which list points into
	selfClose bool
}

// attr is one attribute of a tag, as offsets into the tag's raw bytes:
// its name as written raw[qs:qe], its local name raw[ls:qe] (without a
// namespace prefix), its raw value raw[vs:ve]. Offsets rather than slices
// keep the attribute list free of pointers, which the garbage collector
// would otherwise trace and guard with write barriers, three per
// attribute of every cell.
type attr struct {
	qs, ls, qe, vs, ve int32
}

// attr is the local name and raw value of attribute a of t.
func (t *tag) attr(a attr) (name, value []byte) { return t.raw[a.ls:a.qe], t.raw[a.vs:a.ve] }

// attrQName is the name of attribute a as written.
func (t *tag) attrQName(a attr) []byte { return t.raw[a.qs:a.qe] }

const (
	initialBuf = 64 << 10
	maxTagSize = 1 << 20
)

func newScanner(r io.Reader) *scanner {
	return &scanner{r: r, buf: make([]byte, initialBuf), maxBuf: maxTagSize}
}

// errSyntax is an XML syntax error at a byte offset.
type errSyntax struct {
	off int64
	msg string
}

func (e *errSyntax) Error() string { return fmt.Sprintf("XML error at byte %d: %s", e.off, e.msg) }

func (s *scanner) syntax(format string, args ...any) error {
	return &errSyntax{off: s.consumed + int64(s.pos), msg: fmt.Sprintf(format, args...)}
}

// fill reads more input, keeping buf[pos:end]. It grows the buffer when it
// is full, up to maxBuf. It reports whether anything was added.
func (s *scanner) fill() (bool, error) {
	if s.rerr != nil {
		return false, nil
	}
	if s.pos > 0 {
		n := copy(s.buf, s.buf[s.pos:s.end])
		s.consumed += int64(s.pos)
		s.pos, s.end = 0, n
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= s.maxBuf {
			return false, s.syntax("a tag longer than %d bytes", s.maxBuf)
		}
		nb := make([]byte, min(2*len(s.buf), s.maxBuf))
		copy(nb, s.buf[:s.end])
		s.buf = nb
	}
	for tries := 0; tries < 100; tries++ {
		n, err := s.r.Read(s.buf[s.end:])
		s.end += n
		if err != nil {
			s.rerr = err
			if err != io.EOF {
				return n > 0, err
			}
			return n > 0, nil
		}
		if n > 0 {
			return true, nil
		}
	}
	return false, io.ErrNoProgress
}

// readErr is the reader's error if it is not the normal end.
func (s *scanner) readErr() error {
	if s.rerr != nil && s.rerr != io.EOF {
		return s.rerr
	}
	return nil
}

// next skips character data and markup that is not an element, and reads
// the next start or end tag. Text outside the elements a caller reads is
// ignored, as encoding/xml's users ignore it.
func (s *scanner) next(t *tag) error {
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			s.pos = s.end
			more, err := s.fill()
			if err != nil {
				return err
			}
			if !more {
				if err := s.readErr(); err != nil {
					return err
				}
				t.kind = tokEOF
				return nil
			}
			continue
		}
		if skipped := s.buf[s.pos : s.pos+i]; !plain(skipped) {
			if err := s.checkText(skipped); err != nil {
				return err
			}
		}
		s.pos += i
		ok, err := s.markup(t)
		if err != nil {
			return err
		}
		if ok {
			return nil
		}
	}
}

// ensure makes at least n bytes available from pos, if the input has them.
func (s *scanner) ensure(n int) error {
	for s.end-s.pos < n {
		more, err := s.fill()
		if err != nil {
			return err
		}
		if !more {
			return s.readErr()
		}
	}
	return nil
}

// markup reads the markup at buf[pos] == '<'. It returns true with t set
// for an element tag, false after skipping a comment, processing
// instruction or CDATA section (whose text is dropped here).
func (s *scanner) markup(t *tag) (bool, error) {
	if err := s.ensure(2); err != nil {
		return false, err
	}
	if s.end-s.pos < 2 {
		return false, s.unexpectedEOF()
	}
	switch s.buf[s.pos+1] {
	case '?':
		return false, s.skipPast("?>")
	case '!':
		if err := s.ensure(9); err != nil {
			return false, err
		}
		rest := s.buf[s.pos:s.end]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			return false, s.skipPast("-->")
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			return false, s.skipPast("]]>")
		}
		return false, s.syntax("a document type declaration or other <! markup, which workbooks do not contain")
	}
	return true, s.readTag(t)
}

func (s *scanner) unexpectedEOF() error {
	if err := s.readErr(); err != nil {
		return err
	}
	return s.syntax("the XML ends in the middle of the data: the part is truncated")
}

// skipPast moves past the next occurrence of end.
func (s *scanner) skipPast(end string) error {
	s.pos += 2
	for {
		if i := bytes.Index(s.buf[s.pos:s.end], []byte(end)); i >= 0 {
			s.pos += i + len(end)
			return nil
		}
		if keep := len(end) - 1; s.end-s.pos > keep {
			s.pos = s.end - keep
		}
		more, err := s.fill()
		if err != nil {
			return err
		}
		if !more {
			return s.unexpectedEOF()
		}
	}
}

// readTag reads the tag at buf[pos] == '<' through its '>', checking that
// it is well-formed.
func (s *scanner) readTag(t *tag) error {
	for {
		ok, err := s.parseTag(t)
		if ok || err != nil {
			return err
		}
		more, err := s.fill()
		if err != nil {
			return err
		}
		if !more {
			return s.unexpectedEOF()
		}
	}
}

// parseTag parses the tag at buf[pos] == '<' and its attributes in one
// pass; it returns false, nil when the tag is not whole in the buffer.
func (s *scanner) parseTag(t *tag) (bool, error) {
	b := s.buf[s.pos:s.end]
	i := 1
	t.kind, t.selfClose = tokStart, false
	if i < len(b) && b[i] == '/' {
		t.kind = tokEnd
		i++
	}
	start := i
	i, colon := scanName(b, i)
	if i >= len(b) {
		return false, nil
	}
	qname := b[start:i]
	if !validName(qname) {
		return false, s.syntax("%q is not a valid element name", b[start:min(i+1, len(b))])
	}
	t.qname, t.name = qname, qname
	if colon >= 0 {
		t.name = b[colon+1 : i]
	}
	t.list, t.raw = t.list[:0], b
	for {
		sp := i
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return false, nil
		}
		switch b[i] {
		case '>':
			s.pos += i + 1
			return true, nil
		case '/':
			if i+1 >= len(b) {
				return false, nil
			}
			if b[i+1] != '>' || t.kind == tokEnd {
				return false, s.syntax("a misplaced '/' in tag <%s>", qname)
			}
			t.selfClose = true
			s.pos += i + 2
			return true, nil
		}
		if t.kind == tokEnd {
			return false, s.syntax("an end tag </%s> with attributes", qname)
		}
		if sp == i {
			return false, s.syntax("tag <%s>: attributes must be separated by white space", qname)
		}
		ns := i
		i, colon = scanName(b, i)
		an := b[ns:i]
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return false, nil
		}
		if !validName(an) || b[i] != '=' {
			return false, s.syntax("tag <%s>: an attribute without a name or a value", qname)
		}
		i++
		for i < len(b) && isSpace(b[i]) {
			i++
		}
		if i >= len(b) {
			return false, nil
		}
		q := b[i]
		if q != '"' && q != '\'' {
			return false, s.syntax("tag <%s>: attribute %s has no quoted value", qname, an)
		}
		// Values are short (a cell reference, a style number, a type):
		// one loop finds the closing quote and whether the value needs
		// checking.
		j, simple := -1, true
		for k, c := range b[i+1:] {
			if c == q {
				j = k
				break
			}
			if c < 0x20 || c == '&' || c >= 0x80 || c == '<' {
				simple = false
			}
		}
		if j < 0 {
			return false, nil
		}
		v := b[i+1 : i+1+j]
		if !simple {
			if err := checkAttrValue(v); err != nil {
				return false, s.syntax("tag <%s>, attribute %s: %v", qname, an, err)
			}
		}
		for _, prev := range t.list {
			if bytes.Equal(t.attrQName(prev), an) {
				return false, s.syntax("tag <%s>: attribute %s appears twice", qname, an)
			}
		}
		ls := ns
		if colon >= 0 {
			ls = colon + 1
		}
		t.list = append(t.list, attr{qs: int32(ns), ls: int32(ls), qe: int32(ns + len(an)), vs: int32(i + 1), ve: int32(i + 1 + j)})
		i += j + 2
	}
}

// scanName moves past the name bytes at b[i:], returning where they end
// and the index of their first ':' (-1 for none).
func scanName(b []byte, i int) (end, colon int) {
	colon = -1
	for i < len(b) && nameByte(b[i]) {
		if b[i] == ':' && colon < 0 {
			colon = i
		}
		i++
	}
	return i, colon
}

// nameByte reports whether c may be part of an XML name.
func nameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == ':' || c == '-' || c == '.' || c >= 0x80
}

// validName reports whether b starts as an XML name must (ASCII checked
// strictly; any non-ASCII byte is accepted as a name character).
func validName(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	c := b[0]
	if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == ':' || c >= 0x80) {
		return false
	}
	for _, c := range b {
		if c >= 0x80 {
			return validUnicodeName(b)
		}
	}
	return true
}

// validUnicodeName checks a name with non-ASCII characters against the
// classes of XML names (letters first; then letters, digits, marks and
// -._:·), as encoding/xml does.
func validUnicodeName(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for i, r := range string(b) {
		switch {
		case unicode.IsLetter(r) || r == '_' || r == ':':
		case i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Lm, r) || r == '-' || r == '.' || r == 0xB7):
		default:
			return false
		}
	}
	return true
}

// checkAttrValue checks an attribute value: no '<', only valid references
// and characters.
func checkAttrValue(v []byte) error {
	simple := true
	for _, c := range v {
		if c < 0x20 || c == '&' || c >= 0x80 || c == '<' {
			simple = false
			break
		}
	}
	if simple {
		return nil
	}
	if bytes.IndexByte(v, '<') >= 0 {
		return errors.New("'<' in an attribute value")
	}
	if err := checkChars(v); err != nil {
		return err
	}
	for rest := v; ; {
		i := bytes.IndexByte(rest, '&')
		if i < 0 {
			return nil
		}
		j := bytes.IndexByte(rest[i:], ';')
		if j < 0 {
			return errors.New("an '&' that does not start a character reference")
		}
		if _, ok := decodeEntity(rest[i+1 : i+j]); !ok {
			return fmt.Errorf("unknown entity %q", rest[i:i+j+1])
		}
		rest = rest[i+j+1:]
	}
}

// skipElement skips the content of the element whose start tag t was just
// read, through its end tag, checking that the tags nest.
func (s *scanner) skipElement(t *tag) error {
	if t.selfClose {
		return nil
	}
	base := len(s.stack)
	s.stack = append(s.stack, t.qname...)
	s.marks = append(s.marks, base)
	defer func() { s.stack, s.marks = s.stack[:base], s.marks[:len(s.marks)-1] }()
	depth := 1
	u := &s.skipTag
	for depth > 0 {
		if err := s.next(u); err != nil {
			return err
		}
		switch u.kind {
		case tokEOF:
			return s.unexpectedEOF()
		case tokStart:
			if !u.selfClose {
				s.marks = append(s.marks, len(s.stack))
				s.stack = append(s.stack, u.qname...)
				depth++
			}
		case tokEnd:
			top := s.marks[len(s.marks)-1]
			if !bytes.Equal(s.stack[top:], u.qname) {
				return s.syntax("</%s> closes <%s>", u.qname, s.stack[top:])
			}
			depth--
			if depth > 0 {
				s.stack, s.marks = s.stack[:top], s.marks[:len(s.marks)-1]
			}
		}
	}
	return nil
}

// endOf checks that end tag u closes the element named qname.
func (s *scanner) endOf(u *tag, qname []byte) error {
	if !bytes.Equal(u.qname, qname) {
		return s.syntax("</%s> closes <%s>", u.qname, qname)
	}
	return nil
}

// readText reads the character data of the element whose start tag was
// just read, through its end tag, decoding references and normalising line
// ends as XML requires. Comments and processing instructions are dropped,
// CDATA is kept verbatim. An element inside is an error. The result is
// valid until the next call.
func (s *scanner) readText(t *tag) ([]byte, error) {
	if t.selfClose {
		return nil, nil
	}
	s.name = append(s.name[:0], t.qname...)
	// Fast path: plain text and the end tag in the buffer.
	rest := s.buf[s.pos:s.end]
	if i := bytes.IndexByte(rest, '<'); i >= 0 && i+1 < len(rest) && rest[i+1] == '/' && bytes.IndexByte(rest[i:], '>') >= 0 && plain(rest[:i]) {
		// The end tag is whole in the buffer, so reading it does not move
		// the text.
		start := s.pos
		s.pos += i
		end := &s.textTag
		if err := s.readTag(end); err != nil {
			return nil, err
		}
		if err := s.endOf(end, s.name); err != nil {
			return nil, err
		}
		return s.buf[start : start+i], nil
	}
	s.text, s.lastCR = s.text[:0], false
	for {
		i := bytes.IndexByte(s.buf[s.pos:s.end], '<')
		if i < 0 {
			// Keep a partial reference for the next round.
			chunk := s.buf[s.pos:s.end]
			cut := bytes.LastIndexByte(chunk, '&')
			if cut < 0 || bytes.IndexByte(chunk[cut:], ';') >= 0 {
				cut = len(chunk)
			}
			if err := s.appendText(chunk[:cut]); err != nil {
				return nil, err
			}
			s.pos += cut
			more, err := s.fill()
			if err != nil {
				return nil, err
			}
			if !more {
				return nil, s.unexpectedEOF()
			}
			continue
		}
		if err := s.appendText(s.buf[s.pos : s.pos+i]); err != nil {
			return nil, err
		}
		s.pos += i
		if err := s.ensure(9); err != nil {
			return nil, err
		}
		rest := s.buf[s.pos:s.end]
		switch {
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			if err := s.readCDATA(); err != nil {
				return nil, err
			}
			continue
		case bytes.HasPrefix(rest, []byte("<!--")), bytes.HasPrefix(rest, []byte("<?")):
			if _, err := s.markup(&s.textTag); err != nil {
				return nil, err
			}
			continue
		}
		u := &s.textTag
		if _, err := s.markup(u); err != nil {
			return nil, err
		}
		if u.kind == tokEnd {
			return s.text, s.endOf(u, s.name)
		}
		return nil, s.syntax("element <%s> inside <%s>, where only text is expected", u.name, s.name)
	}
}

// plainValue is the fast path for the commonest cell, <c ...><v>text</v></c>
// without a namespace prefix, whose start tag t was just read: when the
// rest of the cell is whole in the buffer and its text needs no decoding
// (plain), it moves past the cell's end tag and returns the text, exactly
// as reading the elements one by one would. Otherwise it reports false and
// moves nothing.
func (s *scanner) plainValue(t *tag) ([]byte, bool) {
	if t.selfClose || len(t.qname) != 1 || t.qname[0] != 'c' {
		return nil, false
	}
	b := s.buf[s.pos:s.end]
	if len(b) < 3 || b[0] != '<' || b[1] != 'v' || b[2] != '>' {
		return nil, false
	}
	i := bytes.IndexByte(b[3:], '<')
	if i < 0 {
		return nil, false
	}
	text, rest := b[3:3+i], b[3+i:]
	const end = "</v></c>"
	if len(rest) < len(end) || string(rest[:len(end)]) != end || !plain(text) {
		return nil, false
	}
	s.pos += 3 + i + len(end)
	return text, true
}

// readCDATA appends a CDATA section's text, its line ends normalised.
func (s *scanner) readCDATA() error {
	s.pos += len("<![CDATA[")
	for {
		chunk := s.buf[s.pos:s.end]
		if i := bytes.Index(chunk, []byte("]]>")); i >= 0 {
			if err := s.appendRaw(chunk[:i]); err != nil {
				return err
			}
			s.pos += i + 3
			return nil
		}
		keep := min(2, len(chunk))
		if err := s.appendRaw(chunk[:len(chunk)-keep]); err != nil {
			return err
		}
		s.pos = s.end - keep
		more, err := s.fill()
		if err != nil {
			return err
		}
		if !more {
			return s.unexpectedEOF()
		}
	}
}

// plain reports whether text needs no decoding: no references, no
// carriage returns, no control characters, only ASCII.
func plain(b []byte) bool {
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' || c == '&' || c >= 0x80 || c == '\r' {
			return false
		}
	}
	return true
}

// checkText checks character data that is not kept: encoding/xml refuses
// bad references and characters wherever they are.
func (s *scanner) checkText(b []byte) error {
	saved, cr := s.text, s.lastCR
	s.text = nil
	err := s.appendText(b)
	s.text, s.lastCR = saved, cr
	return err
}

// appendText decodes character data into s.text.
func (s *scanner) appendText(b []byte) error {
	for len(b) > 0 {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			return s.appendRaw(b)
		}
		if err := s.appendRaw(b[:i]); err != nil {
			return err
		}
		b = b[i:]
		j := bytes.IndexByte(b, ';')
		if j < 0 || j > 12 {
			return s.syntax("an '&' that does not start a character reference")
		}
		r, ok := decodeEntity(b[1:j])
		if !ok {
			return s.syntax("unknown entity %q", b[:j+1])
		}
		s.text, s.lastCR = appendRune(s.text, r), false
		b = b[j+1:]
	}
	return nil
}

// appendRaw appends text with carriage returns normalised (CR LF and a
// lone CR become LF), after checking that it is UTF-8 made of characters
// XML allows.
func (s *scanner) appendRaw(b []byte) error {
	if err := checkChars(b); err != nil {
		return s.syntax("%v", err)
	}
	if len(b) == 0 {
		return nil
	}
	if s.lastCR && b[0] == '\n' {
		b = b[1:]
	}
	s.lastCR = len(b) > 0 && b[len(b)-1] == '\r'
	for len(b) > 0 {
		i := bytes.IndexByte(b, '\r')
		if i < 0 {
			s.text = append(s.text, b...)
			return nil
		}
		s.text = append(s.text, b[:i]...)
		s.text = append(s.text, '\n')
		b = b[i+1:]
		if len(b) > 0 && b[0] == '\n' {
			b = b[1:]
		}
	}
	return nil
}

var errBadChars = errors.New("text that is not valid UTF-8 or holds a character XML does not allow")

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
