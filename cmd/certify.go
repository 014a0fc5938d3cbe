package cmd

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

// certifyOptions are the inputs of roo certify.
type certifyOptions struct {
	evalDeps
	Version string

	Files  []string
	Input  inputOptions
	Output outputOptions
	FailOn string
	// DetailsFile is the JSON file of the certifier, parties and terms.
	DetailsFile string
	// Assign are the fields set from the command line, in order: the
	// shorthand flags given, then each --set FIELD=VALUE.
	Assign []string
	// Goods, when given, are the only goods to certify.
	Goods []string
	// Example writes a certifier details file to fill in, instead of a
	// certification.
	Example bool
	// OutDir, when given, receives the certification as JSON, XLSX and PDF.
	OutDir string
}

// certifyShorthands are the flags that set one field of the details each.
var certifyShorthands = []struct{ flag, field, usage string }{
	{"role", "certifier.role", "the `ROLE` of the certifier: importer, exporter or producer (element 1)"},
	{"blanket-from", "blanket_period.from", "the first `DATE` of the blanket period, YYYY-MM-DD (element 8)"},
	{"blanket-to", "blanket_period.to", "the last `DATE` of the blanket period, at most 12 months on (element 8)"},
	{"invoice", "invoice", "the invoice `NUMBER` of the single shipment certified (element 6)"},
	{"date", "date", "the `DATE` of the signature, YYYY-MM-DD (default today; element 9)"},
}

func newCmdCertify(f *Factory, runF func(*certifyOptions) error) *cobra.Command {
	opts := &certifyOptions{evalDeps: newEvalDeps(f), Version: resolveVersion().Version}
	var sets []string
	short := make([]string, len(certifyShorthands))
	cmd := &cobra.Command{
		Use:   "certify FILE... --certifier DETAILS.json",
		Short: "Write the USMCA certification of origin for the goods that qualify",
		Long: `Write the USMCA certification of origin — the nine minimum data elements of
USMCA Annex 5-A — for the goods of one or more BOM workbooks that qualify,
and only for them:

  1. who certifies (importer, exporter or producer); 2. the certifier's name,
  title, address, telephone and email; 3. the exporter; 4. the producer (or
  "various", or "available upon request by the importing authorities");
  5. the importer, if known; 6. each good's description and HS
  classification (6 digits, or 8 where the rule applied is a tariff-item
  rule), with the invoice number of a single shipment; 7. each good's origin
  criterion (A to D, or E for a good HTSUS General Note 11(p) deems originating), with the rule the determination applied; 8. the
  blanket period (at most 12 months); 9. the signature, date and the
  certification statement.

The certifier and the parties come from a JSON file (--certifier; 'roo
certify --example -o certifier.json' writes one to fill in) and flags: --set FIELD=VALUE sets any field
(certifier.email, importer, importer.name, blanket_period.to, …), and
--role, --blanket-from, --blanket-to, --invoice and --date set their own.
Every element is checked before anything is written; each problem names the
field and the fix.

Each good is evaluated as roo qualify does. With a blanket period it is
evaluated as of the first and the last day of the period, and certified only
if it qualifies on both under the same criterion and rule; a single shipment
is evaluated as of --as-of, else the workbook's date, else today. A good
that does not qualify or needs review is refused and listed with the first
reason of its determination: it is never certified.

Without -o the certification is printed (--format table or json). With
-o FILE it is written as .pdf, .xlsx or .json by the extension, and with
--out-dir DIR as all three: DIR/usmca-certification.{json,xlsx,pdf}. Files
are written atomically and never over an input. The JSON also lists the
goods refused; the PDF and XLSX are the certification alone.

EXIT STATUS
  0  the certification was made (goods refused are listed, not errors)
  1  some input could not be read or certified as given, or no good could
     be certified, or the details are incomplete (nothing is then written)
  2  usage error
  3  the --fail-on condition was met by a good refused
See 'roo help exit-codes'.`,
		Example: `  $ roo certify --example -o certifier.json     # a details file to fill in
  $ roo certify bom.xlsx --certifier certifier.json --blanket-from 2026-01-01 --blanket-to 2026-12-31
  $ roo certify bom.xlsx --certifier certifier.json --invoice INV-2026-0042 -o cert.pdf
  $ roo certify bom.xlsx --certifier certifier.json --good BRK-ROT-310 --out-dir certs/
  $ roo certify bom.xlsx --certifier certifier.json --set importer=unknown --format json`,
		Args: func(cmd *cobra.Command, args []string) error {
			if ex, _ := cmd.Flags().GetBool("example"); ex {
				if len(args) > 0 {
					return flagErrorf("roo certify --example writes a details file and reads no workbook: drop %s", strings.Join(args, " "))
				}
				return nil
			}
			return minArgs(1, "at least one workbook (FILE.xlsx, FILE.csv, or - for standard input)")(cmd, args)
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if opts.Example {
				if runF != nil {
					return runF(opts)
				}
				return certifyExample(opts)
			}
			opts.Output.FormatSet = cmd.Flags().Changed("format")
			opts.Assign = nil
			for i, s := range certifyShorthands {
				if cmd.Flags().Changed(s.flag) {
					opts.Assign = append(opts.Assign, s.field+"="+short[i])
				}
			}
			for _, s := range sets {
				if !strings.Contains(s, "=") {
					return flagErrorf("--set %q: give FIELD=VALUE, e.g. --set certifier.email=ana@example.com", s)
				}
				opts.Assign = append(opts.Assign, s)
			}
			if runF != nil {
				return runF(opts)
			}
			return certifyRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.DetailsFile, "certifier", "", "read the certifier, exporter, producer, importer and terms from a JSON `FILE`")
	fl.StringArrayVar(&sets, "set", nil, "set one field of the details: `FIELD=VALUE` (repeatable; see --help)")
	for i, s := range certifyShorthands {
		fl.StringVar(&short[i], s.flag, "", s.usage)
	}
	fl.StringArrayVar(&opts.Goods, "good", nil, "certify only the good with this `ID` (repeatable)")
	fl.BoolVar(&opts.Example, "example", false, "write a certifier details file to fill in (to -o FILE.json, or standard output) instead of a certification")
	fl.StringVar(&opts.OutDir, "out-dir", "", "write the certification as JSON, XLSX and PDF into `DIR`")
	addFormatFlag(cmd, &opts.Output, []string{"table", "json"}, func(v string) string {
		return fmt.Sprintf("roo certify prints --format table or json, not %s; write PDF and XLSX with -o or --out-dir", v)
	})
	addOutputFlag(cmd, &opts.Output, certifyFiles)
	addInputFlags(fl, &opts.Input)
	addFailOnFlag(cmd, &opts.FailOn)
	return cmd
}
