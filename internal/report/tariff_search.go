package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/roo-trade/roo/tariffs"
)

// TariffSearchFormats are the formats roo tariff search prints in.
var TariffSearchFormats = []string{"table", "json"}

// TariffSearch is the result of roo tariff search: the best hits of a
// full-text search of a schedule's descriptions. Its JSON form is the value
// itself.
type TariffSearch struct {
	Query    string `json:"query"`
	Schedule string `json:"schedule"`
	// Found is how many rows matched; Hits may show fewer (--limit).
	Found int         `json:"found"`
	Hits  []SearchHit `json:"hits"`
}

// SearchHit is one row found, with what sets it apart from its namesakes.
type SearchHit struct {
	Code        string   `json:"code"`
	Description string   `json:"description"`
	Path        []string `json:"path"` // the descriptions above it, heading first
	Score       int      `json:"score"`
	// MFN and USMCA are the rates of a tariff item or statistical line
	// (null for a heading or subheading, which has none; USMCA null where
	// the schedule prints no USMCA rate).
	MFN   *string `json:"mfn_rate"`
	USMCA *string `json:"usmca_rate"`
}

// NewTariffSearch reports at most limit hits (0: all) of a search of s.
func NewTariffSearch(s *tariffs.Schedule, query string, hits []tariffs.Hit, limit int) *TariffSearch {
	out := &TariffSearch{Query: query, Schedule: s.Header.Name(), Found: len(hits), Hits: []SearchHit{}}
	for i, h := range hits {
		if limit > 0 && i == limit {
			break
		}
		sh := SearchHit{Code: h.Code.String(), Description: h.Description, Path: nonNil(h.Path), Score: h.Score}
		if h.Code.Len() >= 8 {
			if l, err := s.Line(h.Code); err == nil {
				sh.MFN = ptr(l.General.Text)
				if l.USMCA.Kind != tariffs.NoRate && strings.TrimSpace(l.USMCA.Text) != "" {
					sh.USMCA = ptr(l.USMCA.Text)
				}
			}
		}
		out.Hits = append(out.Hits, sh)
	}
	return out
}

// NoUSMCARate is how an empty USMCA column reads: the schedule prints no
// rate there (common where the general rate is already free).
const NoUSMCARate = "no USMCA rate in the schedule"

// usmcaWords is a USMCA rate for a sentence: "USMCA rate Free", or
// [NoUSMCARate] for an empty one.
func usmcaWords(rate string) string {
	if strings.TrimSpace(rate) == "" {
		return NoUSMCARate
	}
	return "USMCA rate " + rate
}

// Print writes the search in a format of [TariffSearchFormats].
func (t *TariffSearch) Print(w io.Writer, format string) error {
	switch format {
	case "json":
		return WriteJSON(w, t, true)
	case "table":
		return t.writeText(w)
	}
	return unsupported("a tariff search", format, TariffSearchFormats)
}

// writeText prints each hit on a line with its rates, the descriptions
// above it on the next.
func (t *TariffSearch) writeText(w io.Writer) error {
	if t.Found == 0 {
		_, err := fmt.Fprintf(w, "nothing in the %s matches %q\n", t.Schedule, t.Query)
		return err
	}
	for _, h := range t.Hits {
		rates := ""
		if h.MFN != nil {
			rates = "  (MFN " + *h.MFN + "; " + usmcaWords(deref(h.USMCA, "")) + ")"
		}
		fmt.Fprintf(w, "%-13s %s%s\n", h.Code, h.Description, rates)
		if len(h.Path) > 0 {
			fmt.Fprintf(w, "%-13s   under: %s\n", "", JoinPath(h.Path))
		}
	}
	more := ""
	if len(t.Hits) < t.Found {
		more = fmt.Sprintf(", the best %d shown (--limit 0 shows all; more words narrow the search)", len(t.Hits))
	}
	_, err := fmt.Fprintf(w, "%d %s in the %s%s\n", t.Found, pl(t.Found, "line matches", "lines match"), t.Schedule, more)
	return err
}

// JoinPath joins descriptions from the heading down as one phrase:
// "Upholstered: Chairs: Of teak".
func JoinPath(path []string) string {
	parts := make([]string, 0, len(path))
	for _, p := range path {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !strings.HasSuffix(p, ":") {
			p += ":"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}
