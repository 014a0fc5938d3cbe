// Package origin is roo's rules engine: the goods, their bills of materials
// and the USMCA origin determination, as pure functions of their inputs.
//
// It does no I/O, knows nothing of workbooks, terminals or Cobra, and does all
// arithmetic in exact decimals. A good that does not qualify is a result, not
// an error; errors are reserved for inputs that cannot be evaluated.
//
// # Values
//
// Every amount is per unit of the finished good, in the good's currency. A
// material in another currency carries the exchange rate the producer used to
// record it (UR §2(1)); the engine converts it.
//
// # Regional value content
//
// RVC is computed by the transaction value method, (TV − VNM) / TV × 100
// (UR §7(2)), and by the net cost method, (NC − VNM) / NC × 100 (UR §7(3)).
// Comparisons with a threshold are exact (by cross-multiplication, never on a
// rounded quotient); percentages are shown to one decimal, half up.
package origin
