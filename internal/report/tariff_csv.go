package report

import (
	"encoding/csv"
	"fmt"
	"io"
)

// writeCSV writes one row per rate; every cell goes through the formula
// guard, numbers as numbers.
func (rep *Tariff) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"code", "item", "column", "program", "rate", "kind", "customs_value", "duty", "complete", "revision"})
	for _, r := range rep.Rates {
		cv, duty, complete := "", "", ""
		if rep.CustomsValue != nil {
			cv = *rep.CustomsValue
		}
		if r.Duty != nil {
			complete = fmt.Sprint(r.Duty.Complete)
			if r.Duty.Amount != nil {
				duty = *r.Duty.Amount
			}
		}
		_ = cw.Write([]string{SafeText(rep.Code), SafeText(rep.Item), SafeText(r.Column), SafeText(r.Program), SafeText(r.Text), SafeText(r.Kind), safeNumber(cv), safeNumber(duty), complete, SafeText(rep.Schedule.Revision)})
	}
	cw.Flush()
	return cw.Error()
}
