package origin

// NotEvaluatedReason is the reason given for a good whose input has errors.
const NotEvaluatedReason = "the good's input has errors; fix them and run again"

// NotEvaluated is the result of a good that was not evaluated because its
// input has errors: status error, one reason, and the input errors (as the
// reader located them) in Errors. Its AsOf is zero: it was determined as of
// no date. Every command builds such a result here, so a good reads the
// same whichever command met it.
func NotEvaluated(g *Good, inputErrors []string) Result {
	return Result{Good: g, Status: StatusError, Reasons: []string{NotEvaluatedReason}, Errors: inputErrors}
}
