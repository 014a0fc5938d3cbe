package workbook

import (
	"archive/zip"
	"bufio"
	"html"
	"strings"
)

// sharedStrings reads the texts of the shared strings numbered in need from
// the package's shared-string table, without holding the rest of the table:
// the survey of a sheet sees shared strings by number, and the first pass
// over the Good ID column needs the IDs as text. It stops after the last
// string needed.
func sharedStrings(zr *zip.Reader, need map[int]bool) (map[int]string, error) {
	out := map[int]string{}
	if len(need) == 0 {
		return out, nil
	}
	last := 0
	for n := range need {
		last = max(last, n)
	}
	var part *zip.File
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, "xl/sharedStrings.xml") {
			part = f
		}
	}
	if part == nil {
		return out, nil
	}
	rc, err := part.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(limitPart(rc, part), 64<<10)
	var (
		index  = -1
		inPh   bool // inside a phonetic run, whose text is not the cell's
		text   strings.Builder
		wanted bool
	)
	for {
		if err := skipTo(br, '<'); err != nil {
			return out, nil // the table ends: what was not found is empty
		}
		tag, closing, _, selfClosing, err := readTag(br)
		if err != nil {
			return out, nil
		}
		switch string(tag) {
		case "si":
			if !closing {
				index++
				wanted = need[index]
				text.Reset()
				if selfClosing && wanted {
					out[index] = ""
				}
				continue
			}
			if wanted {
				out[index] = strings.TrimSpace(html.UnescapeString(text.String()))
			}
			if index >= last {
				return out, nil
			}
		case "rPh":
			inPh = !closing && !selfClosing
		case "t":
			if closing || selfClosing || !wanted || inPh {
				continue
			}
			s, err := readText(br)
			if err != nil {
				return out, nil
			}
			text.WriteString(s)
		}
	}
}

// resolveKeys turns the shared-string numbers of a survey's key scan into
// the IDs' text.
func resolveKeys(zr *zip.Reader, ks *keyScan) (*keyScan, error) {
	need := map[int]bool{}
	note := func(token string) {
		if n, ok := sharedIndex(token); ok {
			need[n] = true
		}
	}
	for _, k := range ks.keys {
		note(k.id)
	}
	for _, b := range ks.blanks {
		note(b.above)
	}
	texts, err := sharedStrings(zr, need)
	if err != nil {
		return nil, err
	}
	return ks.rename(func(token string) string {
		if n, ok := sharedIndex(token); ok {
			return texts[n]
		}
		return token
	}), nil
}
