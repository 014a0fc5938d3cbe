package parse

import (
	"regexp"
	"strings"

	"github.com/roo-trade/roo/origin/rules"
)

// conditionPattern recognises one wording of a named condition and builds
// the condition from the match.
type conditionPattern struct {
	re    *regexp.Regexp
	build func(m []string) rules.Condition
}

// territory is how the rules say "in the USMCA territory".
const territory = `in the territory of one or more of the USMCA countries`

// conditionPatterns are the named conditions the print uses. Every clause
// after "provided" that is not an RVC must match one of them whole, or the
// rule fails: an unknown condition is never dropped or guessed at.
var conditionPatterns = []conditionPattern{
	{
		regexp.MustCompile(`^the good is both cut \(or knit to shape\) and sewn or otherwise assembled ` + territory + `$`),
		fixed("cut-knit-sewn-in-territory", rules.Processing, "Is the good both cut (or knit to shape) and sewn or otherwise assembled in the territory of one or more of the USMCA countries?"),
	},
	{
		regexp.MustCompile(`^the good is both cut and sewn or otherwise assembled ` + territory + `$`),
		fixed("cut-sewn-in-territory", rules.Processing, "Is the good both cut and sewn or otherwise assembled in the territory of one or more of the USMCA countries?"),
	},
	{
		regexp.MustCompile(`^the good is cut or knit to shape, or both, and sewn or otherwise assembled ` + territory + `$`),
		fixed("cut-or-knit-sewn-in-territory", rules.Processing, "Is the good cut or knit to shape, or both, and sewn or otherwise assembled in the territory of one or more of the USMCA countries?"),
	},
	{
		regexp.MustCompile(`^the good resulting from such change is the product of a chemical reaction$`),
		fixed("chemical-reaction", rules.Processing, "Is the good resulting from the change the product of a chemical reaction?"),
	},
	{
		regexp.MustCompile(`^the nonoriginating materials undergo electrolytic, thermal or chemical separation or alloying$`),
		fixed("separation-or-alloying", rules.Processing, "Do the non-originating materials undergo electrolytic, thermal or chemical separation or alloying?"),
	},
	{
		regexp.MustCompile(`^,?\s*if bar or rod is used, the cross-sectional area of the bar or rod is reduced by at least (\d+) percent$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "bar-rod-reduced-" + m[1] + "pct", Kind: rules.Processing,
				Question: "If bar or rod is used, is its cross-sectional area reduced by at least " + m[1] + " percent?"}
		},
	},
	{
		// "the nonoriginating sugar of chapter 17 constitutes no more than
		// 35 percent by weight of the sugar", "the nonoriginating materials
		// of subheading 1302.39 do not exceed 50 percent by weight of the
		// good", "… 10 percent of the alcoholic content of the good by volume".
		regexp.MustCompile(`^the nonoriginating ((?:[a-z]+ )*?[a-z]+)((?: of (?:chapter|heading|subheading)s? [\d.]+(?: through [\d.]+)?)?) (?:constitutes? no more than|do(?:es)? not exceed) (\d+) percent (?:by (weight|volume) of (the [a-z ]+)|of (the alcoholic content of the good) by (volume))$`),
		func(m []string) rules.Condition {
			basis, of := m[4], m[5]
			if basis == "" {
				basis, of = m[7], m[6]
			}
			return rules.Condition{Key: "nom-" + slug(m[1]) + "-max-" + m[3] + "pct-" + basis, Kind: rules.Content,
				Question: "Do the non-originating " + m[1] + m[2] + " make up no more than " + m[3] + " percent by " + basis + " of " + of + "?"}
		},
	},
	{
		regexp.MustCompile(`^the (diluent) constitutes no more than (\d+) percent by (volume|weight) of the good$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: m[1] + "-max-" + m[2] + "pct-" + m[3], Kind: rules.Content,
				Question: "Does the " + m[1] + " make up no more than " + m[2] + " percent by " + m[3] + " of the good?"}
		},
	},
	{
		regexp.MustCompile(`^a single juice ingredient, or juice ingredients from a single non-USMCA country, constitute in single strength form no more than (\d+) percent by volume of the good$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "single-juice-max-" + m[1] + "pct-volume", Kind: rules.Content,
				Question: "Do a single juice ingredient, or juice ingredients from a single non-USMCA country, make up in single strength form no more than " + m[1] + " percent by volume of the good?"}
		},
	},
	{
		regexp.MustCompile(`^not less than (\d+) percent by weight of the total active ingredient or ingredients is originating$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "originating-active-ingredient-min-" + m[1] + "pct-weight", Kind: rules.Content,
				Question: "Is at least " + m[1] + " percent by weight of the total active ingredient or ingredients originating?"}
		},
	},
	{
		regexp.MustCompile(`^the originating polymer content of (headings [\d]+ through [\d]+) is not less than (\d+) percent by weight of the total polymer content$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "originating-polymer-min-" + m[2] + "pct-weight", Kind: rules.Content,
				Question: "Is the originating polymer content of " + m[1] + " at least " + m[2] + " percent by weight of the total polymer content?"}
		},
	},
	{
		regexp.MustCompile(`^at least (\d+) percent by weight of the materials of (headings [\d, ]+(?:through [\d]+)?(?:(?: or| and|,) (?:headings )?[\d]+(?: through [\d]+)?)*) is originating$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "originating-materials-min-" + m[1] + "pct-weight", Kind: rules.Content,
				Question: "Is at least " + m[1] + " percent by weight of the materials of " + m[2] + " originating?"}
		},
	},
	{
		regexp.MustCompile(`^the good, exclusive of ([a-z, ]+), is wholly of such fabric$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "wholly-of-such-fabric", Kind: rules.Composition,
				Question: "Is the good, exclusive of " + m[1] + ", wholly of the fabric the branch names?"}
		},
	},
	{
		regexp.MustCompile(`^,?\s*with respect to printed circuit assemblies \(PCAs\) of subheading ([\d.]+): \(A\) Except as provided in subparagraph \(B\), for each multiple of nine PCAs, or any portion thereof, that is contained in the good, only one PCA may be a nonoriginating PCA; and \(B\) If the good contains less than three PCAs, all of the PCAs must be originating PCAs$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "pca-nonoriginating-limit", Kind: rules.Composition,
				Question: "Of the printed circuit assemblies of subheading " + m[1] + " in the good, is at most one in each nine (or part of nine) non-originating, and, if the good has fewer than three, are all originating?"}
		},
	},
	{
		regexp.MustCompile(`^the nonoriginating material is classified in chapter (\d+)$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "nom-classified-in-chapter-" + m[1], Kind: rules.Composition,
				Question: "Is the non-originating material classified in chapter " + m[1] + "?"}
		},
	},
	{
		regexp.MustCompile(`^no component of that nonoriginating material is classified under heading (\d{4})$`),
		func(m []string) rules.Condition {
			return rules.Condition{Key: "nom-no-component-of-heading-" + m[1], Kind: rules.Composition,
				Question: "Is it true that no component of the non-originating material is classified under heading " + m[1] + "?"}
		},
	},
}

// fixed builds a condition whose wording has no parameters.
func fixed(key string, kind rules.ConditionKind, question string) func([]string) rules.Condition {
	return func([]string) rules.Condition {
		return rules.Condition{Key: key, Kind: kind, Question: question}
	}
}

// matchCondition recognises one whole condition clause.
func matchCondition(s string) (rules.Condition, bool) {
	s = strings.TrimSpace(s)
	for _, cp := range conditionPatterns {
		if m := cp.re.FindStringSubmatch(s); m != nil {
			c := cp.build(m)
			c.Text = strings.TrimSpace(strings.TrimPrefix(s, ","))
			return c, true
		}
	}
	return rules.Condition{}, false
}

// slug turns words into a key fragment: "cocoa powder" → "cocoa-powder".
func slug(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), "-")
}
