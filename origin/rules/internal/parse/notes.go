package parse

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/roo-trade/roo/origin/hs"
	"github.com/roo-trade/roo/origin/rules"
)

// notePattern recognises one kind of note and reads it.
type notePattern struct {
	re   *regexp.Regexp
	read func(p *parser, n *rules.Note, m []string) error
}

// chapterRuleTag is the "Chapter Rule 2: " that opens many chapter rules.
const chapterRuleTag = `^(?:(?:Chapter|Heading|Subheading) [Rr]ule(?: \d+)?: )?`

// effectiveRe finds the date a chapter rule states for itself.
var effectiveRe = regexp.MustCompile(`[Ee]ffective (?:([A-Z][a-z]+ \d{1,2}, \d{4})|(\d+) months from the date of entry into force of the agreement)`)

// entryIntoForce is the date the USMCA entered into force (domain page §12,
// and the effective_from of every record that is not time-bounded).
const entryIntoForce = "2020-07-01"

// notePatterns are the notes the print has, by kind. A note that matches
// none fails with its text kept.
var notePatterns = []notePattern{
	{regexp.MustCompile(`^Notwithstanding subdivision \(e\)\(ii\)`), readDeMinimis},
	{regexp.MustCompile(`whenever the subdivision designation is underscored, the provisions of subdivision \(k\) of this note may apply to goods for use in a motor vehicle of chapter 87`), readChapterAuto},
	{regexp.MustCompile(`^The underscoring of the designations? in subdivisions? (\d+)(?: (through|and) (\d+))? pertains? to goods provided for in (.+?) for use in a motor vehicle of chapter 87|^The underscoring of the designations? in subdivisions? (\d+)(?: (through|and) (\d+))? pertains? to goods provided for in (.+?)\. If the good is for use in`), readUnderscore},
	{regexp.MustCompile(chapterRuleTag + `For (?:the )?purposes of (this chapter|tariff item [\d.]+|heading \d{4})[,:] (?:\(a\) )?(?:the term|references to|"direct blending" is|the following processes confer origin)`), readDefinition},
	{regexp.MustCompile(chapterRuleTag + `(?:Tariff items (.+?) cover the following parts|The following are parts for (?:those goods of (subheadings? [\d.]+(?: or [\d.]+)?)|photocopying apparatus of (subheadings [\d.]+ and [\d.]+)|facsimile machines))`), readParts},
	{regexp.MustCompile(chapterRuleTag + `(?:For the purposes of (subheading [\d.]+), )?[Tt]he origin of (?:each unit presented within a system|a television combination unit) shall be determined`), readSystem},
	{regexp.MustCompile(`^(.+?) classified under (headings? [\d ,or]+) shall be disregarded in determining the origin of the goods classified under (headings? \d+ through \d+), except for (.+)$`), readDisregardPigments},
	{regexp.MustCompile(chapterRuleTag + `The origin of the goods of (chapter \d+) shall be determined without regard to the origin of any (.+)$`), readDisregardWithout},
	{regexp.MustCompile(`^A good of (heading \d+) shall be considered originating, notwithstanding the origin of the following materials, provided that the good otherwise meets the applicable product-specific rule of origin: (.+)$`), readDisregardMaterials},
	{regexp.MustCompile(`^For the purposes of determining whether or not a good of (heading \d+) is an originating good, the origin of diluent of (headings [\d or]+) that is used to facilitate the transportation between USMCA countries of .+ is disregarded, provided that (the diluent constitutes no more than \d+ percent by volume of the good)\.?$`), readDiluent},
	{regexp.MustCompile(`is originating even if obtained from eggs, larvae`), readFish},
	{regexp.MustCompile(`^Notwithstanding the applicable product-specific rules of origin, a good of (chapter \d+) that is the product of a chemical reaction is an originating good if the chemical reaction occurred ` + territory), readChapterReaction},
	{regexp.MustCompile(`^A good of any heading in (chapters \d+ through \d+)(?:, inclusive,)? that satisfies one or more of the provisions enumerated in this subdivision shall be treated as an originating good`), readPreamble},
	{regexp.MustCompile(`^A good of (chapters? \d+(?: through \d+)?)(?:, except (?:for )?a good of (.+?))?,? (?:that |is an originating good if |undergoes )`), readGroupRule},
	{regexp.MustCompile(`^(.+?) of (chapter \d+|subheadings? [\d.]+(?: through [\d.]+)?) that (.+?),? shall be treated as (?:an )?originating(?: good)? only if the (.+?) were wholly (?:produced or obtained|obtained or produced) entirely ` + territory + `\.?$`), readWhollyObtained},
	{regexp.MustCompile(chapterRuleTag + `(?:[Ee]ffective .+?, and )?not ?withstanding chapter rule \d+ of this chapter, (?:for the purposes of determining the origin of a good of this chapter, )?a good of this chapter containing (.+?) (?:shall be considered originating|is originating) only if (.+?)\.(?: This note shall not apply to (.+?)\.)?$`), readContaining},
	{regexp.MustCompile(chapterRuleTag + `(?:For (.+?), )?(?:[Ee]ffective .+?, and )?not ?withstanding chapter rule \d+ of this chapter, if (?:such goods|a good) of this chapter contains? a pocket or pockets, the pocket bag fabric must be formed and finished ` + territory + ` from yarn wholly formed in one or more of the USMCA countries\.?$`), readPockets},
	{regexp.MustCompile(chapterRuleTag + `For the purposes of determining the origin of a good of this chapter, the rule applicable to that good shall only apply to the component that determines the tariff classification of the good`), readComponent},
	{regexp.MustCompile(chapterRuleTag + `(.+?) shall be considered to originate if they are both (cut and sewn or otherwise assembled|cut and assembled) ` + territory + `,? and if the (?:plain weave )?fabric of the outer shell, exclusive of ([a-z ]+), is wholly of one or more of the following: .+\. Such apparel goods shall not be subject to rules (\d+) through (\d+) of this chapter\.?$`), readShortList},
	{regexp.MustCompile(`^Notwithstanding Article 4\.18 \(Transit and Transshipment\), .+? of (subheading [\d.]+) qualifying under the rule below`), readTransit},
}

// note classifies and reads a note.
func (p *parser) note(text string) *rules.Note {
	n := &rules.Note{Meta: p.meta()}
	n.Text = p.rec.Text
	err := fmt.Errorf("not a rule in the known wording, nor a known kind of note")
	for _, np := range notePatterns {
		if m := np.re.FindStringSubmatch(text); m != nil {
			err = np.read(p, n, m)
			break
		}
	}
	if err == nil {
		p.noteEffective(n, text)
		n.Status = rules.Complete
		if len(n.Conditions) > 0 {
			n.Status = rules.WithConditions
		}
	} else {
		n.Status = rules.Failed
		n.Failure = err.Error()
	}
	n.Assumptions = p.assumptions
	n.Flags = p.flags
	return n
}

// noteEffective checks the date a note states against the record's.
func (p *parser) noteEffective(n *rules.Note, text string) {
	m := effectiveRe.FindStringSubmatch(text)
	if m == nil {
		return
	}
	var d rules.Date
	if m[1] != "" {
		var err error
		if d, err = usDate(m[1]); err != nil {
			return
		}
	} else {
		months, _ := strconv.Atoi(m[2])
		t, _ := time.Parse(time.DateOnly, entryIntoForce)
		d = rules.DateOf(t.AddDate(0, months, 0))
	}
	if d != n.Period.From {
		p.flag("the text makes the note effective on %s (%s) but the record on %s; roo uses the record's date", d, m[0], n.Period.From)
	}
}

// chapterRef is the whole chapter of the record, as a reference.
func (p *parser) chapterRef() rules.Refs {
	c := hs.Code(p.rec.Chapter)
	return rules.Refs{{From: c, To: c}}
}

// provisionRefs reads a list of provisions that must all be codes
// ("headings 3301 or 3823 or subheadings 2916.32 or 3502.11 through
// 3502.19").
func (p *parser) provisionRefs(s string) (rules.Refs, error) {
	items, err := p.items(s, false)
	if err != nil {
		return nil, err
	}
	var refs rules.Refs
	for _, it := range items {
		if it.Kind != rules.Provisions || it.Qualified() {
			return nil, fmt.Errorf("%q is not a list of provisions", s)
		}
		refs = append(refs, it.Refs...)
	}
	return refs, nil
}

// allProvisions collects every cited provision in a text, for notes whose
// materials are named among other words.
func (p *parser) allProvisions(s string) (rules.Refs, error) {
	var refs rules.Refs
	for _, m := range codeListRe.FindAllStringSubmatch(mask(s), -1) {
		r, err := p.readCodes(wordLevel(m[1]), m[2])
		if err != nil {
			return nil, err
		}
		refs = append(refs, r...)
	}
	return refs, nil
}

var (
	productionOfRe = regexp.MustCompile(`production of [^;]*? of (subheadings? [\d.]+(?: or [\d.]+)?)`)
	nonoriginRe    = regexp.MustCompile(`nonoriginating [^;]*? of (subheadings? [\d.]+(?: or [\d.]+)?)`)
)

func readDeMinimis(p *parser, n *rules.Note, _ []string) error {
	n.Kind = rules.DeMinimis
	for _, m := range productionOfRe.FindAllStringSubmatch(n.Text, -1) {
		refs, err := p.refsPhrase(m[1])
		if err != nil {
			return err
		}
		n.Governs = appendNew(n.Governs, refs...)
	}
	if len(n.Governs) == 0 {
		return fmt.Errorf("the de minimis note names no goods it applies to")
	}
	for _, m := range nonoriginRe.FindAllStringSubmatch(n.Text, -1) {
		refs, err := p.refsPhrase(m[1])
		if err != nil {
			return err
		}
		n.Materials = appendNew(n.Materials, refs...)
	}
	return nil
}

func readChapterAuto(p *parser, n *rules.Note, _ []string) error {
	n.Kind = rules.AutoRegime
	n.Governs = p.chapterRef()
	return nil
}

func readUnderscore(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.AutoRegime
	from, conj, to, goods := m[1], m[2], m[3], m[4]
	if from == "" {
		from, conj, to, goods = m[5], m[6], m[7], m[8]
	}
	refs, err := p.refsPhrase(goods)
	if err != nil {
		return err
	}
	n.Governs = refs
	a, _ := strconv.Atoi(from)
	z := a
	if to != "" {
		z, _ = strconv.Atoi(to)
	}
	if conj == "and" {
		n.Subdivisions = []string{from, to}
	} else {
		for i := a; i <= z; i++ {
			n.Subdivisions = append(n.Subdivisions, strconv.Itoa(i))
		}
	}
	return nil
}

func readDefinition(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Definition
	if m[1] == "this chapter" {
		n.Governs = p.chapterRef()
		return nil
	}
	refs, err := p.refsPhrase(m[1])
	if err != nil {
		return err
	}
	n.Governs = refs
	return nil
}

func readParts(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Definition
	for _, g := range m[1:] {
		if g == "" {
			continue
		}
		if !strings.Contains(strings.ToLower(g), "item") && !strings.Contains(g, "heading") {
			g = "tariff items " + g
		}
		refs, err := p.refsPhrase(g)
		if err != nil {
			return err
		}
		n.Governs = refs
		return nil
	}
	n.Governs = p.chapterRef()
	return nil
}

func readSystem(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.SystemUnits
	if m[1] == "" {
		n.Governs = p.chapterRef()
		return nil
	}
	refs, err := p.refsPhrase(m[1])
	n.Governs = refs
	return err
}

func readDisregardPigments(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Disregard
	var err error
	if n.Materials, err = p.refsPhrase(m[2]); err != nil {
		return err
	}
	if n.Governs, err = p.refsPhrase(m[3]); err != nil {
		return err
	}
	except := trimEnd(m[4])
	n.Conditions = []rules.Condition{{
		Key:      rules.FactKey("material", strings.TrimPrefix(except, "any such ")),
		Kind:     rules.Material,
		Question: "Is the material " + strings.TrimPrefix(except, "any such ") + "? (if so, its origin counts; otherwise it is disregarded)",
		Text:     "except for " + except,
	}}
	return nil
}

func readDisregardWithout(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Disregard
	var err error
	if n.Governs, err = p.refsPhrase(m[1]); err != nil {
		return err
	}
	n.Materials, err = p.allProvisions(m[2])
	return err
}

func readDisregardMaterials(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Disregard
	var err error
	if n.Governs, err = p.refsPhrase(m[1]); err != nil {
		return err
	}
	if n.Materials, err = p.allProvisions(m[2]); err != nil {
		return err
	}
	n.Conditions = []rules.Condition{{
		Key:      "material-rayon-not-lyocell-or-acetate",
		Kind:     rules.Material,
		Question: "Is the material rayon filament or fiber other than lyocell or acetate? (only then is its origin disregarded)",
		Text:     trimEnd(m[2]),
	}}
	return nil
}

func readDiluent(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Disregard
	var err error
	if n.Governs, err = p.refsPhrase(m[1]); err != nil {
		return err
	}
	if n.Materials, err = p.refsPhrase(m[2]); err != nil {
		return err
	}
	c, ok := matchCondition(m[3])
	if !ok {
		return fmt.Errorf("unrecognised condition %q", m[3])
	}
	n.Conditions = []rules.Condition{c}
	return nil
}

func readFish(p *parser, n *rules.Note, _ []string) error {
	n.Kind = rules.Alternative
	n.Governs = p.chapterRef()
	n.Conditions = []rules.Condition{{
		Key:      "aquatic-animal-obtained-in-territory",
		Kind:     rules.Processing,
		Question: "Was the fish, crustacean, mollusc or other aquatic invertebrate obtained in the territory of a USMCA country (even if from eggs, larvae, fry, fingerlings, parr, smolts or other immature fish imported from a non-USMCA country)?",
		Text:     n.Text,
	}}
	return nil
}

func readChapterReaction(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Alternative
	var err error
	if n.Governs, err = p.refsPhrase(m[1]); err != nil {
		return err
	}
	n.Conditions = []rules.Condition{groupConditions["chemical reaction"]}
	return nil
}

func readPreamble(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Preamble
	var err error
	n.Governs, err = p.refsPhrase(m[1])
	return err
}

// groupConditions are the facts of the GN 11(n) chapter-group rules, found
// by the process each rule names.
var groupConditions = map[string]rules.Condition{
	"chemical reaction": {Key: "chemical-reaction-in-territory", Kind: rules.Processing,
		Question: "Is the good the product of a chemical reaction that occurred in the territory of one or more of the USMCA countries?"},
	"purification": {Key: "purification-in-territory", Kind: rules.Processing,
		Question: "Was the good purified in the territory of one or more of the USMCA countries, with the result the rule requires (80 percent of impurities removed, or a grade fit for one of the listed uses)?"},
	"mixing or blending": {Key: "mixing-blending-in-territory", Kind: rules.Processing,
		Question: "Did deliberate and proportionally controlled mixing or blending to predetermined specifications occur in the territory, giving the good essential characteristics different from its inputs?"},
	"particle size": {Key: "particle-size-modification-in-territory", Kind: rules.Processing,
		Question: "Did a deliberate and controlled modification in particle size (not merely crushing or pressing) occur in the territory, giving the good a defined particle size, distribution or surface area?"},
	"standards material": {Key: "standards-material-produced-in-territory", Kind: rules.Processing,
		Question: "Is the good a standards material produced in the territory of one or more of the USMCA countries?"},
	"isomers": {Key: "isomer-separation-in-territory", Kind: rules.Processing,
		Question: "Did the isolation or separation of isomers from mixtures of isomers occur in the territory?"},
	"biotechnology": {Key: "biotechnological-process-in-territory", Kind: rules.Processing,
		Question: "Did the good undergo in the territory a biochemical process or one of the listed biotechnological processes (culturing, hybridization or genetic modification; production, isolation or purification of cellular structures; fermentation)?"},
	"isolated material": {Key: "isolated-material-chemical-reaction", Kind: rules.Processing,
		Question: "If the good results from the separation of materials from a man-made mixture, did the isolated material undergo a chemical reaction in the territory?"},
}

// groupKinds tells the GN 11(n) rules apart by their wording.
var groupKinds = []struct {
	words string
	kind  rules.NoteKind
	cond  string
}{
	{"shall not be treated as an originating good unless the isolated material underwent a chemical reaction", rules.Requirement, "isolated material"},
	{"that results from a chemical reaction in the territory", rules.Alternative, "chemical reaction"},
	{"that is subject to purification", rules.Alternative, "purification"},
	{"mixing or blending", rules.Alternative, "mixing or blending"},
	{"modification in particle size", rules.Alternative, "particle size"},
	{"standards material is produced", rules.Alternative, "standards material"},
	{"isolation or separation of isomers", rules.Alternative, "isomers"},
	{"undergoes a biochemical process", rules.Alternative, "biotechnology"},
}

func readGroupRule(p *parser, n *rules.Note, m []string) error {
	var err error
	if n.Governs, err = p.refsPhrase(m[1]); err != nil {
		return err
	}
	if m[2] != "" {
		if n.Except, err = p.provisionRefs(m[2]); err != nil {
			return err
		}
	}
	for _, g := range groupKinds {
		if strings.Contains(n.Text, g.words) {
			n.Kind = g.kind
			n.Conditions = []rules.Condition{groupConditions[g.cond]}
			return nil
		}
	}
	return fmt.Errorf("a chapter-group rule of unknown kind")
}

func readWhollyObtained(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Requirement
	var err error
	if n.Governs, err = p.refsPhrase(m[2]); err != nil {
		return err
	}
	subject := m[4]
	n.Conditions = []rules.Condition{{
		Key:      slug(strings.NewReplacer(",", "").Replace(subject)) + "-wholly-obtained",
		Kind:     rules.Processing,
		Question: "For " + strings.ToLower(m[1]) + " that " + m[3] + ": were the " + subject + " wholly obtained or produced entirely in the territory of one or more of the USMCA countries?",
		Text:     "only if the " + subject + " were wholly produced or obtained entirely in the territory of one or more of the USMCA countries",
	}}
	return nil
}

func readContaining(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Requirement
	n.Governs = p.chapterRef()
	containing, onlyIf := m[1], m[2]
	var key string
	switch {
	case strings.Contains(containing, "sewing thread"):
		key = "sewing-thread-formed-finished"
	default:
		refs, err := p.allProvisions(containing)
		if err != nil || len(refs) == 0 {
			return fmt.Errorf("cannot read the materials %q", containing)
		}
		var codes []string
		for _, r := range refs {
			codes = append(codes, string(r.From))
		}
		key = "fabrics-" + strings.Join(codes, "-") + "-formed-finished"
	}
	n.Conditions = []rules.Condition{{
		Key:      key,
		Kind:     rules.Processing,
		Question: "If the good contains " + containing + ": is it true that " + onlyIf + "?",
		Text:     "a good containing " + containing + " is originating only if " + onlyIf,
	}}
	if m[3] != "" {
		// "This note shall not apply to goods of heading 6305, goods of
		// subheadings 6306.12 or 6306.22 or goods of subheading 6307.90 that
		// are not surgical drapes or national flags."
		refs, err := p.allProvisions(m[3])
		if err != nil {
			return err
		}
		if strings.Contains(m[3], " that are not ") {
			last := refs[len(refs)-1]
			refs = refs[:len(refs)-1]
			p.assume("the note excludes goods of %s only when they are not what it names (%q); roo still shows it for every good of %s", last, m[3][strings.Index(m[3], " that are not ")+1:], last)
		}
		n.Except = refs
	}
	return nil
}

func readPockets(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Requirement
	n.Governs = p.chapterRef()
	if m[1] != "" && m[1] != "all other apparel" {
		n.Product = m[1]
	}
	n.Conditions = []rules.Condition{{
		Key:      "pocket-bag-fabric-formed-finished",
		Kind:     rules.Processing,
		Question: "If the good has pockets: is the pocket bag fabric formed and finished in the territory of one or more of the USMCA countries from yarn wholly formed there?",
		Text:     "the pocket bag fabric must be formed and finished in the territory of one or more of the USMCA countries from yarn wholly formed in one or more of the USMCA countries",
	}}
	return nil
}

func readComponent(p *parser, n *rules.Note, _ []string) error {
	n.Kind = rules.ComponentRule
	n.Governs = p.chapterRef()
	return nil
}

func readShortList(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Alternative
	goods := m[1]
	if refs, err := p.allProvisions(goods); err == nil && len(refs) > 0 {
		n.Governs = refs
	} else if refs := scopeRefs(p.rec.Scope); len(refs) > 0 && !strings.EqualFold(goods, "Apparel goods of this chapter") {
		// The text names the goods by description only ("Men's or boys'
		// shirts of cotton or man-made fibers"); the record's scope gives
		// their subheadings (6205.20-6205.30). Without them the note
		// would be offered to every good of the chapter: suits of 6203
		// and swimwear of 6211 would be asked two shirt questions.
		n.Governs = refs
	} else {
		n.Governs = p.chapterRef()
	}
	if !strings.EqualFold(goods, "Apparel goods of this chapter") {
		n.Product = goods
	}
	cut := rules.Condition{Key: "cut-sewn-in-territory", Kind: rules.Processing,
		Question: "Is the good both cut and sewn or otherwise assembled in the territory of one or more of the USMCA countries?",
		Text:     "both cut and sewn or otherwise assembled in the territory of one or more of the USMCA countries"}
	if m[2] == "cut and assembled" {
		cut = rules.Condition{Key: "cut-assembled-in-territory", Kind: rules.Processing,
			Question: "Is the good both cut and assembled in the territory of one or more of the USMCA countries?",
			Text:     "both cut and assembled in the territory of one or more of the USMCA countries"}
	}
	n.Conditions = []rules.Condition{cut, {
		Key:      rules.FactKey("outer-shell-short-list", goods),
		Kind:     rules.Composition,
		Question: "Is the fabric of the outer shell, exclusive of " + m[3] + ", wholly of one or more of the fabrics this rule lists?",
		Text:     "the fabric of the outer shell, exclusive of " + m[3] + ", is wholly of one or more of the listed fabrics",
	}}
	n.Exempt = chapterRules(m[4], m[5])
	return nil
}

func readTransit(p *parser, n *rules.Note, m []string) error {
	n.Kind = rules.Transit
	var err error
	n.Governs, err = p.refsPhrase(m[1])
	return err
}
