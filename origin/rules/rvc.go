package rules

import "github.com/shopspring/decimal"

// Method is a method of calculating regional value content.
type Method uint8

// The RVC methods of UR §7.
const (
	TransactionValue Method = iota + 1
	NetCost
)

// String names the method as the rules do.
func (m Method) String() string {
	switch m {
	case TransactionValue:
		return "transaction value"
	case NetCost:
		return "net cost"
	}
	return "unknown"
}

// Slug is the machine name of the method.
func (m Method) Slug() string {
	switch m {
	case TransactionValue:
		return "tv"
	case NetCost:
		return "nc"
	}
	return "unknown"
}

// RVC is a regional value content requirement: a minimum percentage for
// each method the rule allows. A rule with no transaction-value threshold
// can only be met by the net cost method.
type RVC struct {
	Thresholds []Threshold `json:"thresholds"`
}

// Threshold is the minimum RVC for one method, in force for a period (an
// empty period is always in force).
type Threshold struct {
	Method  Method          `json:"method"`
	Percent decimal.Decimal `json:"percent"`
	Period  Period          `json:"period"`
}

// Resolved is an RVC requirement on one date: the thresholds in force,
// absent for a method the rule does not allow.
type Resolved struct {
	TV decimal.NullDecimal `json:"tv"`
	NC decimal.NullDecimal `json:"nc"`
}

// NetCostOnly reports whether only the net cost method can meet it.
func (r Resolved) NetCostOnly() bool { return !r.TV.Valid && r.NC.Valid }

// At resolves the thresholds in force on day d.
func (r *RVC) At(d Date) Resolved {
	var out Resolved
	for _, t := range r.Thresholds {
		if !t.Period.Contains(d) {
			continue
		}
		switch t.Method {
		case TransactionValue:
			out.TV = decimal.NewNullDecimal(t.Percent)
		case NetCost:
			out.NC = decimal.NewNullDecimal(t.Percent)
		}
	}
	return out
}

// Methods lists the methods the requirement allows at any time.
func (r *RVC) Methods() []Method {
	var tv, nc bool
	for _, t := range r.Thresholds {
		tv = tv || t.Method == TransactionValue
		nc = nc || t.Method == NetCost
	}
	var out []Method
	if tv {
		out = append(out, TransactionValue)
	}
	if nc {
		out = append(out, NetCost)
	}
	return out
}
