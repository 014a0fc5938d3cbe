package workbook

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"html"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/roo-trade/roo/internal/zipguard"
)

// maxFormulaCells bounds how many formula cells without a saved result are
// remembered per sheet.
const maxFormulaCells = 10000

// sheetSurvey is what a byte-level pass over a worksheet's XML finds.
type sheetSurvey struct {
	// formulas are the cells that hold a formula but no cached result.
	// excelize reads such cells as empty; roo must say "formula without a
	// saved result" instead of treating the value as missing.
	formulas map[string]bool
	// lastRow is the highest row number in the sheet data.
	lastRow int
	// complete is false when the XML ends before </sheetData>.
	complete bool
	// bools are the cells of type boolean, which raw values read as 1 and 0.
	bools map[string]bool
	// runs tracks whether the values of the key column (the Good ID) come
	// in runs, each value in one run only.
	runs runTracker
	// keys are the key column's values below the header row, shared
	// strings by number (see sharedToken), and its merged ranges.
	keys keyScan
}

// surveySheet reads a worksheet part of an xlsx package directly: the row
// iterator of excelize stops silently on damaged XML, so roo checks the
// rows it read against the sheet's real extent; excelize cannot tell a
// formula without a saved result from an empty cell; and streaming good by
// good needs to know beforehand that each good's lines are together. key is
// the column letter of the Good ID ("" for none).
func surveySheet(zr *zip.Reader, sheet, key string, hdrRow int) (*sheetSurvey, error) {
	targets, err := sheetTargets(zr)
	if err != nil {
		return nil, err
	}
	part, ok := targets[sheet]
	if !ok {
		return nil, errors.New("the workbook does not say where its data is")
	}
	for _, f := range zr.File {
		if f.Name != part {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			return nil, err
		}
		defer rc.Close()
		return surveyXML(limitPart(rc, f), key, hdrRow)
	}
	return nil, errors.New(part + " is missing from the package")
}

// runTracker checks that each key appears in one run of consecutive rows.
type runTracker struct {
	seen      map[string]bool
	cur       string
	broken    bool
	brokenKey string
	brokenRow int
}

// add records the key of a row; empty keys are ignored.
func (t *runTracker) add(key string, row int) {
	if key == "" || key == t.cur || t.broken {
		return
	}
	if t.seen == nil {
		t.seen = map[string]bool{}
	}
	if t.seen[key] {
		t.broken, t.brokenKey, t.brokenRow = true, key, row
		return
	}
	t.seen[t.cur] = true
	t.cur = key
}

// sheetTargets maps sheet names to their part names in the package, from
// xl/workbook.xml and its relationships.
func sheetTargets(zr *zip.Reader) (map[string]string, error) {
	var wb struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := decodePart(zr, "xl/workbook.xml", &wb); err != nil {
		return nil, err
	}
	if err := decodePart(zr, "xl/_rels/workbook.xml.rels", &rels); err != nil {
		return nil, err
	}
	byID := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if strings.HasPrefix(t, "/") {
			t = strings.TrimPrefix(t, "/")
		} else {
			t = path.Join("xl", t)
		}
		byID[r.ID] = t
	}
	out := map[string]string{}
	for _, s := range wb.Sheets {
		if t, ok := byID[s.RID]; ok {
			out[s.Name] = t
		}
	}
	return out, nil
}

func decodePart(zr *zip.Reader, name string, v any) error {
	for _, f := range zr.File {
		if f.Name != name {
			continue
		}
		if f.UncompressedSize64 > 64<<20 {
			return errors.New(name + " is implausibly large")
		}
		rc, err := f.Open()
		if err != nil {
			return err
		}
		defer rc.Close()
		return xml.NewDecoder(rc).Decode(v)
	}
	return errors.New(name + " is missing")
}

// surveyXML scans worksheet XML for <c> elements that contain an <f>
// element and no non-empty <v>, for the extent of the sheet data, and for
// the values of the key column. It works on bytes, not a DOM, and does not
// allocate per cell, so a million-row sheet costs one decompression pass.
func surveyXML(r io.Reader, key string, hdrRow int) (*sheetSurvey, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	sv := &sheetSurvey{formulas: map[string]bool{}}
	var (
		inCell, inKey bool
		ref           []byte // the current cell's reference, reused
		hasF, hasV    bool
		keyValue      string
		keyShared     bool // the key cell holds a shared string's number
		keyInline     bool // the key cell holds inline text, perhaps in runs
		rowData       bool // the row has a value somewhere
		row           int
	)
	keyCol := []byte(key)
	keyColNum := 0
	if key != "" {
		keyColNum, _ = excelize.ColumnNameToNumber(key)
	}
	for {
		if err := skipTo(br, '<'); err != nil {
			return surveyEnd(sv, err)
		}
		tag, closing, attrs, selfClosing, err := readTag(br)
		if err != nil {
			return surveyEnd(sv, err)
		}
		switch {
		case !closing && string(tag) == "c":
			inCell, hasF, hasV = !selfClosing, false, false
			ref = append(ref[:0], attrValue(attrs, "r")...)
			if t := attrValue(attrs, "t"); len(t) == 1 && t[0] == 'b' && len(sv.bools) < maxFormulaCells {
				if sv.bools == nil {
					sv.bools = map[string]bool{}
				}
				sv.bools[string(ref)] = true
			}
			inKey = inCell && len(keyCol) > 0 && bytes.Equal(columnOf(ref), keyCol)
			if inKey {
				t := attrValue(attrs, "t")
				keyShared, keyInline = string(t) == "s", string(t) == "inlineStr"
			}
		case !closing && (string(tag) == "v" || string(tag) == "t"):
			if selfClosing {
				break
			}
			if b, err := br.Peek(1); err == nil && b[0] != '<' {
				hasV = hasV || string(tag) == "v"
				rowData = true
				if inKey {
					text, err := readText(br)
					if err != nil {
						return surveyEnd(sv, err)
					}
					if keyInline {
						keyValue += text
					} else {
						keyValue = text
					}
				}
			}
		case !closing && string(tag) == "f":
			hasF = true
		case closing && string(tag) == "c":
			if inCell && hasF && !hasV && len(sv.formulas) < maxFormulaCells {
				sv.formulas[string(ref)] = true
			}
			inCell, inKey = false, false
		case !closing && string(tag) == "row":
			if n := atoi(attrValue(attrs, "r")); n > 0 {
				row = n
			} else {
				row++
			}
			sv.lastRow = row
		case closing && string(tag) == "row":
			keyValue = strings.TrimSpace(keyValue)
			if keyShared && keyValue != "" {
				if n, err := strconv.Atoi(keyValue); err == nil {
					keyValue = sharedToken(n)
				}
			} else {
				keyValue = strings.TrimSpace(html.UnescapeString(keyValue))
			}
			sv.runs.add(keyValue, row)
			if keyColNum > 0 && row > hdrRow && (keyValue != "" || rowData) {
				sv.keys.add(keyValue, row)
			}
			keyValue, keyShared, keyInline, rowData = "", false, false, false
		case !closing && string(tag) == "mergeCell" && keyColNum > 0:
			sv.keys.addMerge(string(attrValue(attrs, "ref")), keyColNum)
		case string(tag) == "sheetData":
			sv.complete = closing || selfClosing
		}
	}
}

// surveyEnd turns the end of the XML into the survey's result.
func surveyEnd(sv *sheetSurvey, err error) (*sheetSurvey, error) {
	if err == io.EOF {
		return sv, nil
	}
	return nil, err
}

// columnOf is the column letters of a cell reference ("AB12" → "AB").
func columnOf(ref []byte) []byte {
	i := 0
	for i < len(ref) && ref[i] >= 'A' && ref[i] <= 'Z' {
		i++
	}
	return ref[:i]
}

// readText reads the text before the next tag, leaving the '<' unread.
func readText(br *bufio.Reader) (string, error) {
	var out []byte
	for {
		b, err := br.ReadSlice('<')
		if err == bufio.ErrBufferFull {
			if len(out) < maxCellChars*4 {
				out = append(out, b...)
			}
			continue
		}
		if err != nil {
			return "", err
		}
		out = append(out, b[:len(b)-1]...)
		return string(out), br.UnreadByte()
	}
}

func skipTo(br *bufio.Reader, c byte) error {
	for {
		_, err := br.ReadSlice(c)
		if err == bufio.ErrBufferFull {
			continue
		}
		return err
	}
}

// readTag reads a tag after '<': its local name (without a namespace
// prefix such as "x:"), whether it is an end tag, its raw attributes, and
// whether it closes itself. The slices point into the reader's buffer and
// are valid until the next read.
func readTag(br *bufio.Reader) (name []byte, closing bool, attrs []byte, selfClosing bool, err error) {
	raw, err := br.ReadSlice('>')
	for err == bufio.ErrBufferFull {
		// A tag longer than the buffer: keep only its start, enough for the name.
		var more []byte
		more, err = br.ReadSlice('>')
		if len(raw) < 256 {
			raw = append(append([]byte{}, raw...), more...)
		}
	}
	if err != nil {
		return nil, false, nil, false, err
	}
	raw = raw[:len(raw)-1]
	selfClosing = len(raw) > 0 && raw[len(raw)-1] == '/'
	if len(raw) > 0 && raw[0] == '/' {
		closing, raw = true, raw[1:]
	}
	end := bytes.IndexAny(raw, " \t\r\n/")
	if end < 0 {
		end = len(raw)
	}
	name, attrs = raw[:end], raw[end:]
	if i := bytes.IndexByte(name, ':'); i >= 0 {
		name = name[i+1:]
	}
	return name, closing, attrs, selfClosing, nil
}

// attrValue is the value of attribute key in raw attributes, or nil.
func attrValue(attrs []byte, key string) []byte {
	for _, q := range []byte{'"', '\''} {
		i := indexAttr(attrs, key, q)
		if i < 0 {
			continue
		}
		rest := attrs[i:]
		j := bytes.IndexByte(rest, q)
		if j < 0 {
			return nil
		}
		return rest[:j]
	}
	return nil
}

// indexAttr finds ` key=q` in attrs and returns the index after the quote.
func indexAttr(attrs []byte, key string, q byte) int {
	for i := 0; i+len(key)+3 <= len(attrs); i++ {
		if isSpace(attrs[i]) && string(attrs[i+1:i+1+len(key)]) == key && attrs[i+1+len(key)] == '=' && attrs[i+2+len(key)] == q {
			return i + 3 + len(key)
		}
	}
	return -1
}

// atoi parses a small positive decimal integer, or returns 0.
func atoi(s []byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || n > 1<<24 {
			return 0
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// limitPart makes a part that inflates beyond its declared size an error.
func limitPart(rc io.ReadCloser, f *zip.File) io.Reader { return zipguard.Limit(rc, f) }
