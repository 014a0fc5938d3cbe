package report

import (
	"encoding/csv"
	"io"
	"strconv"

	"github.com/roo-trade/roo/origin"
)

// csvKind says how a CSV column is made safe for spreadsheets.
type csvKind int

const (
	csvTextCol   csvKind = iota // free text: neutralised if it could start a formula
	csvNumberCol                // an exact decimal or a count, passed through when it is one
)

// csvColumn is one column of the CSV output: its header and how a good
// fills it.
type csvColumn struct {
	name  string
	kind  csvKind
	value func(Good) string
}

// csvColumns are the CSV columns, in their stable order. Amounts are the
// exact decimal strings of the JSON output (no rounding, no thousands
// separators); an empty field means the value does not exist (null in
// JSON). Percentages and margins are in percent and percentage points.
//
//	file                         input file the good came from
//	good_id                      the good's ID
//	description                  the good's description
//	hts                          the good's HTS code, dotted (8708.30.50)
//	producer_country             US, CA or MX
//	importing_country            the country whose schedule prices the duty
//	currency                     currency of the good's amounts
//	as_of                        date the good was evaluated as of (YYYY-MM-DD)
//	status                       qualifies, does-not-qualify, needs-review or error
//	criterion                    A, B, C, D (Art. 4.2) or E (GN 11(p)) when decided
//	rule                         the rule and branch applied, with citation
//	rvc_transaction_value        RVC by the transaction-value method, percent
//	threshold_transaction_value  its threshold, percent
//	margin_transaction_value     RVC minus threshold, percentage points
//	headroom_transaction_value   non-originating value that could still be added (negative: to remove)
//	rvc_net_cost                 RVC by the net-cost method, percent
//	threshold_net_cost           its threshold, percent
//	margin_net_cost              RVC minus threshold, percentage points
//	headroom_net_cost            as for transaction value
//	vnm                          value of non-originating materials per unit
//	priced                       true when the duty could be priced
//	tariff_line                  the tariff line that priced it
//	mfn_rate                     the MFN (general) rate as printed
//	usmca_rate                   the USMCA rate as printed
//	duty_currency                currency of the duty figures
//	customs_value                customs value per unit
//	duty_per_unit                duty the good pays given its status
//	duty_per_year                the same for the annual volume
//	saved_per_unit               qualifying goods: duty avoided versus MFN
//	saved_per_year               the same for the annual volume
//	at_stake_per_unit            goods needing review: duty if they do not qualify
//	at_stake_per_year            the same for the annual volume
//	duty_note                    the first note on the duty (why it was not priced)
//	assumption_count             assumptions made for the good
//	problem_count                input problems found in the good
//	missing_fact_count           facts the verdict waits for
//	first_reason                 the first reason given for the verdict
//	automotive                   how the automotive appendix saw the good: "vehicle: light-truck", "Table B for passenger-vehicle"; empty when it did not apply
//	vehicle_requirements         a vehicle's core parts, labour value content, steel and aluminum outcomes
//	us_content                   US content per unit (US lines + the producer's US value added)
//	non_us_content               customs value minus US content (the Section 232 base of a qualifying vehicle)
//	us_share                     US content as a percent of the customs value
//	content_by_country           materials' value by country of origin: "US 280.00; MX 100.00; unknown 5.00"
//	steel_content                value of steel content (chapters 72–73 lines and declared content)
//	aluminum_content             value of aluminum content (chapter 76 and declared)
//	copper_content               value of copper content (chapter 74 and declared)
//	overlay_duty_per_unit        sum of the overlay layers the good pays
//	overlays                     each layer: label, rate, base and base value, duty, paid or spared
//	scenario                     the --scenario file the good was evaluated under (its status is then the scenario's; never certifiable)
//	law_status                   under a scenario, the verdict under the law in force
//
// Any text field that a spreadsheet could read as a formula (it starts
// with =, +, -, @, a tab or a carriage return) is written with a leading
// single quote; see [SafeText].
var csvColumns = []csvColumn{
	{"file", csvTextCol, func(g Good) string { return g.File }},
	{"good_id", csvTextCol, func(g Good) string { return g.GoodID }},
	{"description", csvTextCol, func(g Good) string { return g.Description }},
	{"hts", csvTextCol, func(g Good) string { return g.HTS }},
	{"producer_country", csvTextCol, func(g Good) string { return g.ProducerCountry }},
	{"importing_country", csvTextCol, func(g Good) string { return g.ImportingCountry }},
	{"currency", csvTextCol, func(g Good) string { return g.Currency }},
	{"as_of", csvTextCol, func(g Good) string { return g.AsOf }},
	{"status", csvTextCol, func(g Good) string { return string(g.Status) }},
	{"criterion", csvTextCol, func(g Good) string { return deref(g.Criterion, "") }},
	{"rule", csvTextCol, func(g Good) string { return deref(g.Rule, "") }},
	{"rvc_transaction_value", csvNumberCol, func(g Good) string { return rvcField(g, origin.TransactionValue, rvcValue) }},
	{"threshold_transaction_value", csvNumberCol, func(g Good) string { return rvcField(g, origin.TransactionValue, rvcThreshold) }},
	{"margin_transaction_value", csvNumberCol, func(g Good) string { return rvcField(g, origin.TransactionValue, rvcMargin) }},
	{"headroom_transaction_value", csvNumberCol, func(g Good) string { return rvcField(g, origin.TransactionValue, rvcHeadroom) }},
	{"rvc_net_cost", csvNumberCol, func(g Good) string { return rvcField(g, origin.NetCost, rvcValue) }},
	{"threshold_net_cost", csvNumberCol, func(g Good) string { return rvcField(g, origin.NetCost, rvcThreshold) }},
	{"margin_net_cost", csvNumberCol, func(g Good) string { return rvcField(g, origin.NetCost, rvcMargin) }},
	{"headroom_net_cost", csvNumberCol, func(g Good) string { return rvcField(g, origin.NetCost, rvcHeadroom) }},
	{"vnm", csvNumberCol, func(g Good) string { return deref(g.VNM, "") }},
	{"priced", csvTextCol, func(g Good) string { return strconv.FormatBool(priced(g)) }},
	{"tariff_line", csvTextCol, func(g Good) string { return exposureField(g, func(e Exposure) string { return e.Line }) }},
	{"mfn_rate", csvTextCol, func(g Good) string { return exposureField(g, func(e Exposure) string { return e.MFNRate }) }},
	{"usmca_rate", csvTextCol, func(g Good) string { return exposureField(g, func(e Exposure) string { return e.USMCARate }) }},
	{"duty_currency", csvTextCol, func(g Good) string { return exposureField(g, func(e Exposure) string { return e.Currency }) }},
	{"customs_value", csvNumberCol, func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.CustomsValue }) }},
	{"duty_per_unit", csvNumberCol, func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.DutyPerUnit }) }},
	{"duty_per_year", csvNumberCol, func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.DutyPerYear }) }},
	{"saved_per_unit", csvNumberCol, func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.SavedPerUnit }) }},
	{"saved_per_year", csvNumberCol, func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.SavedPerYear }) }},
	{"at_stake_per_unit", csvNumberCol, func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.AtStakePerUnit }) }},
	{"at_stake_per_year", csvNumberCol, func(g Good) string { return exposureAmount(g, func(e Exposure) *string { return e.AtStakePerYear }) }},
	{"duty_note", csvTextCol, dutyNote},
	{"assumption_count", csvNumberCol, func(g Good) string { return itoa(len(g.Assumptions)) }},
	{"problem_count", csvNumberCol, func(g Good) string { return itoa(len(g.Problems)) }},
	{"missing_fact_count", csvNumberCol, func(g Good) string { return itoa(len(g.MissingFacts)) }},
	{"first_reason", csvTextCol, firstReason},
	{"automotive", csvTextCol, automotiveScope},
	{"vehicle_requirements", csvTextCol, vehicleRequirements},
	{"us_content", csvNumberCol, func(g Good) string { return contentField(g, func(c Content) string { return c.USContent }) }},
	{"non_us_content", csvNumberCol, func(g Good) string {
		return contentField(g, func(c Content) string { return deref(c.NonUSContent, "") })
	}},
	{"us_share", csvNumberCol, func(g Good) string { return contentField(g, func(c Content) string { return deref(c.USShare, "") }) }},
	{"content_by_country", csvTextCol, byCountryText},
	{"steel_content", csvNumberCol, func(g Good) string { return contentField(g, func(c Content) string { return c.Metal.Steel }) }},
	{"aluminum_content", csvNumberCol, func(g Good) string { return contentField(g, func(c Content) string { return c.Metal.Aluminum }) }},
	{"copper_content", csvNumberCol, func(g Good) string { return contentField(g, func(c Content) string { return c.Metal.Copper }) }},
	{"overlay_duty_per_unit", csvNumberCol, overlayDuty},
	{"overlays", csvTextCol, overlaysText},
	{"scenario", csvTextCol, scenarioName},
	{"law_status", csvTextCol, lawStatus},
}

// csvField is a value as a CSV field: a number passed through when it is
// one, text made safe from spreadsheets running it as a formula.
func csvField(v string, number bool) string {
	if number {
		return safeNumber(v)
	}
	return SafeText(v)
}

// CSVHeader is the CSV header row: the column names in order.
func CSVHeader() []string {
	h := make([]string, len(csvColumns))
	for i, c := range csvColumns {
		h[i] = c.name
	}
	return h
}

// CSVWriter writes one CSV row per good under a header row (see
// csvColumns for the columns). It holds one row at a time, so memory does
// not grow with the number of goods. Files and the summary are not part of
// the CSV: use JSON or XLSX for them.
type CSVWriter struct {
	w      *csv.Writer
	header bool
	row    []string
}

// NewCSVWriter writes CSV (UTF-8, comma-separated, LF line ends) to w.
func NewCSVWriter(w io.Writer) *CSVWriter {
	return &CSVWriter{w: csv.NewWriter(w), row: make([]string, len(csvColumns))}
}

func (c *CSVWriter) writeHeader() {
	if !c.header {
		c.header = true
		_ = c.w.Write(CSVHeader()) // errors are sticky: c.w.Error reports them
	}
}

// Good writes the good's row, after the header row for the first good.
func (c *CSVWriter) Good(g Good) error {
	c.writeHeader()
	for i, col := range csvColumns {
		c.row[i] = csvField(col.value(g), col.kind == csvNumberCol)
	}
	if err := c.w.Write(c.row); err != nil {
		return err
	}
	return c.w.Error()
}

// Close writes the header row if no good was written, and flushes.
func (c *CSVWriter) Close([]File, Summary) error {
	c.writeHeader()
	c.w.Flush()
	return c.w.Error()
}
