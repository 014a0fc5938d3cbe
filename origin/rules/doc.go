// Package rules is roo's structured form of the USMCA product-specific rules
// of origin, as HTSUS General Note 11(o) publishes them, with the chapter,
// heading and subheading rules and the GN 11(n) chapter-group rules that
// govern them. It is pure: it reads no files and prints nothing.
//
// # The rule base
//
// [Default] returns the rule base embedded in roo (rules.bin). The
// generator in internal/gen writes it from the GN 11 data with the parser of
// package parse (go generate ./origin/rules); a test checks that
// regenerating gives the committed file. Loading reads only the chapter
// index; each chapter decodes on first use, so one lookup costs well under a
// millisecond (see BenchmarkLoadAndLookup).
//
// Every record of the data is in the base, as a [Rule] (a product-specific
// rule) or a [Note] (a chapter rule and the like), with a [Status]: parsed
// completely, parsed with named conditions, or failed with the reason. A
// failed rule gives no rule data; nothing is ever guessed. [Base.Coverage]
// counts them per chapter and lists every failure and every contradiction
// found in the data.
//
// # Lookup
//
// [Base.Lookup] takes a good's code (6 to 10 digits), the as-of date, and,
// when known, the vehicle use ([Use]) and the trade ([Route]: producer and
// importing country). It returns an [Answer]:
//
//   - Candidates: the rules that apply. Tariff-item rules displace the
//     subheading rule; time-bounded versions are chosen by date; rules for
//     the route's trade displace the rule for "all other trade"; rules for
//     other vehicle uses drop out.
//   - Needs: when the answer depends on an input the query lacks, which
//     input (the tariff item, the vehicle use, the trade, or the good's code
//     in the HS edition the rule cites) and which values matter. Lookup never
//     picks one for the caller.
//   - NoRuleData: why no rule applies (the chapter is missing from the data,
//     the rule is truncated or incomplete, no version is in force that day).
//   - Conflict: the data gives two rules for the same goods, use, trade and
//     dates; a determination must go to review.
//   - Uncovered: the rules cover only goods of a described kind.
//   - Notes: the notes that govern the good on that date, including the
//     GN 11(n) rules of its chapter group.
//
// # Rules and branches
//
// A [Rule] holds alternative [Branch]es; a good meets the rule when it meets
// any one. [Rule.Citation] and [Rule.BranchCitation] cite them as GN 11(o)
// does ("GN 11(o) ch. 87 rule 27(B)"). A branch has:
//
//   - a [Target]: the provisions it applies to, narrowed by a description
//     when it covers only some goods of them ("mounted brake linings");
//   - a Kind: a required change in tariff classification ([Change]), none
//     ([NoChange]), or a production process ([Process]);
//   - a [Shift]: the allowed sources of non-originating materials (any other
//     chapter, heading, subheading or tariff item; named provisions; a
//     heading outside the branch's group; the good's own provision), the
//     "whether or not there is also a change" sources, and the exceptions,
//     including "except from more than one of the following";
//   - an [RVC]: thresholds by method, resolved for a date with [RVC.At]; a
//     rule with no transaction-value threshold is net cost only;
//   - named [Condition]s the engine cannot compute from a bill of materials.
//
// # Facts
//
// [Rule.Facts] lists every fact a good must show to meet a branch: the
// rule's and the branch's descriptions of the goods, the descriptions of
// materials, and the named conditions (cut and sewn in the territory,
// content by weight or volume, a chemical reaction, …). Each [Condition]
// has a stable Key, the same for the same requirement in every rule, that a
// workbook column "Fact: <key>" can give, and a Question in plain words.
// Notes carry their conditions too. Nothing a rule requires is dropped: what
// the engine cannot check is a fact to ask for.
//
// # The tariff-shift test
//
// [Branch.TestMaterial] tests one non-originating material against a
// branch for a good: [Pass], [Fail] or [Undetermined], with a one-line
// reason ("8407.90 → 8708.30: change of heading", "fails: 8459.29 is
// excepted (heading 8459)"). A code coarser than the rule needs, a
// provision known only by description, or a partial HS-edition mapping gives
// Undetermined, never Pass; the facts that would settle it come with it.
// [Branch.TestMaterials] tests the whole set of materials, as "except from
// more than one of the following" requires.
//
// # HS editions
//
// The rules still cite some codes of HS 2017 and 2012, and some tariff items
// the 2025 HTS no longer has. The generator records, on each cited
// reference, its HS 2022 successors ([Edition]), and for each HS 2022
// subheading no rule cites, the codes it came from ([Former]). Membership
// tests ([Ref.Contains]) and lookups use them and say so: Membership.Mapped,
// with the mapping in Why. The generator's editions.go is the one place
// where that mapping is made.
//
// # Rendering
//
// [Render] writes a rule back as legal text from its structure alone;
// parsing the rendering gives the same structure (the parser checks this for
// every rule it accepts). [Rule.Requirements] says in plain words what a
// good must show to meet a branch. [Outline] lists the structure field by
// field for golden files.
package rules
