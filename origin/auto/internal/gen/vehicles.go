package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/roo-trade/roo/origin/auto"
	"github.com/roo-trade/roo/origin/rules"
)

var (
	// subdivisionRE finds a numbered subdivision: "(2) For a good …",
	// "(1) A change to …".
	subdivisionRE = regexp.MustCompile(`(?:^|[.;:,]\s+)\((\d)\)\s+(?:For|A change)\b`)
	// branchRE finds a lettered alternative: "(b) a change to …", "(e) no
	// required change …".
	branchRE = regexp.MustCompile(`\(([a-z])\)\s+(?:[Aa] change|[Nn]o required change)`)
	// stepRE is one staged threshold: "66%, beginning on July 1, 2020 and
	// ending on June 30, 2021", "60 percent under the net cost method,
	// beginning on July 1, 2020 until June 30, 2024".
	stepRE = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)(?:\s+under the (net cost|transaction value) method)?,\s+beginning on ([A-Z][a-z]+ \d{1,2}, \d{4})(?:\s+(?:and ending on|until)\s+([A-Z][a-z]+ \d{1,2}, \d{4}))?`)
	// fixedRE is a threshold without dates: "60% under the net cost method".
	fixedRE = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)\s+under the (net cost|transaction value) method`)
	// subjectRE reads the goods a subdivision names.
	subjectRE = regexp.MustCompile(`^(?:For|A change to) (an?|any other) (.*?) (?:of|within) (?:sub)?heading`)
	useRE     = regexp.MustCompile(`for use as original equipment in (.*?)(?:,|\s+no required|\s+\(a\)|$)`)
	// providedRE opens an RVC clause ("whether or not provided with other
	// transmission components" does not).
	providedRE = regexp.MustCompile(`provided (?:there is|that)`)
	provRE     = regexp.MustCompile(`(?:sub)?heading (\d{2}\.\d{2}(?:\.\d{2})?|\d{4}\.\d{2})`)
)

// vehicleReader carries the subdivision a continuation row belongs to.
type vehicleReader struct {
	t      *auto.Tables
	l      linker
	family string // the provision family of the current subdivision ("8708.99")
	sub    string
	head   string // the current subdivision's opening words
	subs   map[string][]int
}

// readVehicles reads the vehicle rules (context, tariff_provision,
// rule_text) into RVC requirements, one per RVC clause, with the
// subdivision, goods and uses each is for.
func readVehicles(t *auto.Tables, rows [][]string) error {
	if len(rows) == 0 || strings.Join(rows[0], ",") != "context,tariff_provision,rule_text" {
		return fmt.Errorf("unexpected header %q", rows[0])
	}
	r := &vehicleReader{t: t, subs: map[string][]int{}}
	for i, row := range rows[1:] {
		n := i + 1
		if len(row) != 3 {
			return fmt.Errorf("record %d has %d fields, want 3", n, len(row))
		}
		if err := r.row(n, clean(row[1]), clean(row[2])); err != nil {
			return fmt.Errorf("record %d (%s): %w", n, row[1], err)
		}
	}
	r.flagNumbering()
	t.Flags = append(t.Flags, r.l.flags...)
	return nil
}

// provisionRefs reads the provision column: "8701.30 – 8701.90",
// "8704.22 - 8704.23", "87.06", "8708.99.aa".
func provisionRefs(p string) ([]auto.Ref, error) {
	p = strings.NewReplacer("–", " through ", " - ", " through ").Replace(p)
	return parseRefs(p)
}

func (r *vehicleReader) row(n int, prov, text string) error {
	refs, err := provisionRefs(prov)
	if err != nil {
		return err
	}
	r.l.where = fmt.Sprintf("vehicle rule record %d (%s)", n, prov)
	links, err := r.l.links(refs)
	if err != nil {
		return err
	}
	family := string(digits(refs[0].Code))
	// Split the text at its numbered subdivisions; text before the first
	// continues the previous row's subdivision of the same provision.
	type seg struct{ sub, text string }
	var segs []seg
	locs := subdivisionRE.FindAllStringSubmatchIndex(text, -1)
	start, cur := 0, ""
	if len(locs) == 0 || locs[0][0] > 0 {
		if r.family == family && r.sub != "" && strings.HasPrefix(text, "(") {
			cur = r.sub
		}
	}
	for _, loc := range locs {
		if loc[0] > start {
			segs = append(segs, seg{cur, text[start:loc[0]]})
		}
		cur = text[loc[2]:loc[3]]
		start = loc[2] - 1
	}
	segs = append(segs, seg{cur, text[start:]})
	for _, s := range segs {
		body := strings.TrimSpace(s.text)
		if body == "" {
			continue
		}
		if s.sub != "" && strings.HasPrefix(body, "("+s.sub+")") {
			r.head = strings.TrimSpace(strings.TrimPrefix(body, "("+s.sub+")"))
			r.subs[family] = append(r.subs[family], atoi(s.sub))
			r.checkNames(n, prov, s.sub, r.head, refs)
		} else if s.sub == "" {
			r.head = body
		}
		r.family, r.sub = family, s.sub
		subject, uses := readHead(r.head)
		if err := r.clauses(n, prov, links, s.sub, subject, uses, body); err != nil {
			return err
		}
	}
	return nil
}

// readHead reads the goods and uses a subdivision opens with.
func readHead(head string) (string, auto.Use) {
	subject := "a good"
	if m := subjectRE.FindStringSubmatch(head); m != nil {
		subject = m[1] + " " + m[2]
		if m[2] == "good" && m[1] != "any other" {
			subject = "a good"
		}
	}
	var uses auto.Use
	if m := useRE.FindStringSubmatch(head); m != nil {
		u := strings.ToLower(m[1])
		switch {
		case strings.Contains(u, "any other vehicle"):
			uses = auto.UseOtherVehicle
			if strings.Contains(head, "aftermarket") {
				uses |= auto.UseAftermarket
			}
		case strings.Contains(u, "heavy truck"):
			uses = auto.UseHeavyTruck
		case strings.Contains(u, "passenger vehicle") || strings.Contains(u, "light truck"):
			uses = auto.UsePassengerVehicle | auto.UseLightTruck
		}
	}
	return subject, uses
}

// clauses records each RVC clause of a subdivision's text.
func (r *vehicleReader) clauses(n int, prov string, links []auto.Link, sub, subject string, uses auto.Use, body string) error {
	parts := providedRE.Split(body, -1)
	for i := 1; i < len(parts); i++ {
		clause := parts[i]
		if next := branchRE.FindStringIndex(clause); next != nil {
			clause = clause[:next[0]]
		}
		branch := ""
		if bs := branchRE.FindAllStringSubmatch(parts[i-1], -1); len(bs) > 0 {
			branch = bs[len(bs)-1][1]
		}
		th, err := r.thresholds(n, prov, sub, branch, clause)
		if err != nil {
			return err
		}
		r.t.Vehicles = append(r.t.Vehicles, auto.VehicleRule{Row: n, Provision: prov, Links: links, Subdivision: sub, Branch: branch,
			Subject: subject, Uses: uses, RVC: rules.RVC{Thresholds: th}})
	}
	return nil
}

// thresholds reads the thresholds of one RVC clause: staged ones with
// their dates, or fixed ones, and checks that stages follow each other.
func (r *vehicleReader) thresholds(n int, prov, sub, branch, clause string) ([]rules.Threshold, error) {
	where := fmt.Sprintf("record %d (%s%s%s)", n, prov, paren(sub), paren(branch))
	method := rules.Method(0)
	switch {
	case strings.Contains(clause, "under the net cost method of not less than"):
		method = rules.NetCost
	case strings.Contains(clause, "under the transaction value method of not less than"):
		method = rules.TransactionValue
	}
	var out []rules.Threshold
	steps := stepRE.FindAllStringSubmatch(clause, -1)
	for _, m := range steps {
		th := rules.Threshold{Method: method, Percent: decimal.RequireFromString(m[1])}
		switch m[2] {
		case "net cost":
			th.Method = rules.NetCost
		case "transaction value":
			th.Method = rules.TransactionValue
		}
		if th.Method == 0 {
			th.Method = rules.NetCost
			r.l.flag("%s: a staged threshold of %s%% states no method; read as the net cost method, as every other staged threshold of the rules is", where, m[1])
		}
		from, err := parseDay(m[3])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		th.Period.From = from
		if m[4] != "" {
			if th.Period.To, err = parseDay(m[4]); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
		}
		out = append(out, th)
	}
	if len(steps) == 0 {
		for _, m := range fixedRE.FindAllStringSubmatch(clause, -1) {
			th := rules.Threshold{Method: rules.NetCost, Percent: decimal.RequireFromString(m[1]), Period: rules.Period{From: "2020-07-01"}}
			if m[2] == "transaction value" {
				th.Method = rules.TransactionValue
			}
			out = append(out, th)
		}
	}
	if len(out) == 0 {
		r.l.flag("%s: an RVC clause with no threshold roo can read: %q", where, strings.TrimSpace(clause))
		return nil, nil
	}
	if len(steps) > 0 {
		r.checkStages(where, out)
	}
	return out, nil
}

// checkStages flags staged thresholds that do not follow each other: a
// stage must start the day after the one before it ends, and only the last
// may stay open.
func (r *vehicleReader) checkStages(where string, th []rules.Threshold) {
	for i := 1; i < len(th); i++ {
		prev, cur := th[i-1].Period, th[i].Period
		switch {
		case prev.To == "":
			r.l.flag("%s: the %s%% stage starts on %s although the %s%% stage before it never ends", where, th[i].Percent, cur.From, th[i-1].Percent)
		case cur.From <= prev.To:
			r.l.flag("%s: the %s%% stage starts on %s, before the %s%% stage ends on %s: the stages overlap as printed (a typo for %s?)", where, th[i].Percent, cur.From, th[i-1].Percent, prev.To, dayAfter(prev.To))
		case cur.From != dayAfter(prev.To):
			r.l.flag("%s: a gap between the stage ending %s and the one starting %s", where, prev.To, cur.From)
		}
	}
}

// checkNames flags a subdivision that names a provision other than its row's
// ("heading 87.10" in the rule for 8708.10).
func (r *vehicleReader) checkNames(n int, prov, sub, head string, refs []auto.Ref) {
	m := provRE.FindStringSubmatch(head)
	if m == nil {
		return
	}
	named := digits(m[1])
	for _, ref := range refs {
		lo, hi := digits(ref.Code), digits(ref.Code)
		if ref.To != "" {
			hi = digits(ref.To)
		}
		if (named >= lo.Truncate(4) && named <= hi) || named == lo.Truncate(4) || strings.HasPrefix(string(lo), string(named)) {
			return
		}
	}
	r.l.flag("record %d (%s(%s)): the subdivision names %s, not %s; roo reads it as the row's provision", n, prov, sub, m[0], prov)
}

// flagNumbering flags subdivisions that skip a number.
func (r *vehicleReader) flagNumbering() {
	fams := make([]string, 0, len(r.subs))
	for fam := range r.subs {
		fams = append(fams, fam)
	}
	sort.Strings(fams)
	for _, fam := range fams {
		subs := r.subs[fam]
		var missing []string
		for want, i := 1, 0; i < len(subs); want++ {
			if subs[i] == want {
				i++
				continue
			}
			missing = append(missing, fmt.Sprintf("(%d)", want))
		}
		if len(missing) > 0 {
			r.l.flag("the rules of %s.%s number their subdivisions %v: %s missing", fam[:4], fam[4:], subs, strings.Join(missing, " and "))
		}
	}
}

func parseDay(s string) (rules.Date, error) {
	t, err := time.Parse("January 2, 2006", s)
	if err != nil {
		return "", fmt.Errorf("date %q: %w", s, err)
	}
	return rules.DateOf(t), nil
}

func dayAfter(d rules.Date) rules.Date {
	t, _ := time.Parse(time.DateOnly, string(d))
	return rules.DateOf(t.AddDate(0, 0, 1))
}

func paren(s string) string {
	if s == "" {
		return ""
	}
	return "(" + s + ")"
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
