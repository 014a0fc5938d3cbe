// Package tariffs holds roo's tariff schedules and the money side of a
// determination: what a good pays, saves or risks in duty.
//
// # Schedules
//
// A [Schedule] is one country's tariff schedule. The US schedule (the
// Harmonized Tariff Schedule, HTS) is embedded in roo in a compact form of its
// own, generated from the USITC export by tariffs/internal/gen (run
// `go generate ./tariffs`); [US] loads it lazily on first use. A newer USITC
// export in CSV or JSON can be read with [ReadUSITC], and Canada's or Mexico's
// schedule from a CSV file in the layout documented on [ReadPartnerCSV].
// [Schedule.Line] looks up an 8- or 10-digit code; statistical (10-digit)
// lines inherit the rates of their 8-digit tariff item and keep their own
// units of quantity.
//
// # Rates
//
// Rate text is parsed by [ParseRate] into a [Rate]: Free, ad valorem,
// specific, compound, or text. Text rates ("The rate applicable to …",
// "See 9823.07.01-9823.07.07") are kept verbatim and flagged: roo never
// guesses the money for them.
//
// # Money and rounding
//
// Every amount is an exact [decimal.Decimal]; no binary floating point is
// used anywhere. [Rate.Duty] returns the exact duty (percentages and cents are
// applied by shifting the decimal point, so no division takes place), except
// for the column-2 rate "33 1/3%", whose third is rounded half away from zero
// to [FractionScale] places at the term. Rounding to cents happens only when
// a figure is shown: [Money] rounds half away from zero to 2 places, once per
// figure (per line duty, per-unit exposure, per-year exposure, portfolio
// total), never term by term; totals are summed from the exact values.
//
// # Currency
//
// Amounts are in the schedule's currency ([Schedule.Currency]): USD for the US
// schedule. Customs values given to [Rate.Duty] and [Assess] must already be
// in that currency; converting other currencies is the caller's job.
package tariffs
