package origin

// Assumption is something the engine took to be so because the input did
// not say otherwise, or a treatment the law prescribes that the analyst
// should see. Each names the line it concerns.
type Assumption struct {
	Code    AssumptionCode `json:"code"`
	Ref     string         `json:"ref"`     // the line it concerns, e.g. "BOM row 12"
	Part    string         `json:"part"`    // the part number, if any
	Message string         `json:"message"` // one sentence for the analyst
}

// AssumptionCode names a kind of assumption; scripts may filter on it.
type AssumptionCode string

// Assumption codes.
const (
	AssumeUnknownOrigin       AssumptionCode = "unknown-origin"
	AssumeExpiredCertificate  AssumptionCode = "expired-certification"
	AssumeNoInputsListed      AssumptionCode = "self-produced-without-inputs"
	AssumeRecoveredIneligible AssumptionCode = "recovered-not-eligible"
	AssumeNetCostMismatch     AssumptionCode = "net-cost-mismatch"
	AssumeAccumulation        AssumptionCode = "accumulation-statement"
	AssumeFungible            AssumptionCode = "fungible-inventory-method"
	AssumeFormerCodeUnused    AssumptionCode = "former-code-not-needed"
	AssumeChildrenIgnored     AssumptionCode = "purchased-material-inputs-ignored"
	AssumeTransit             AssumptionCode = "transit"
	AssumeComponent           AssumptionCode = "classifying-component"
	AssumeIntermediate        AssumptionCode = "intermediate-material"
)
