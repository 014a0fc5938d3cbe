package workbook

import (
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/roo-trade/roo/origin"
	"github.com/roo-trade/roo/origin/hs"
)

// excelErrors are the error values a cell can hold.
var excelErrors = []string{"#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"}

func excelError(raw string) *cellProblem {
	for _, e := range excelErrors {
		if strings.EqualFold(raw, e) {
			return cellErr(fmt.Sprintf("the cell holds the Excel error %s", e), "", "fix the formula or type the value in the workbook")
		}
	}
	return nil
}

// significantDigits is how many digits Excel keeps in a number.
const significantDigits = 15

// parseNumber reads a decimal from a raw cell value: plain decimal notation
// with an optional exponent (as Excel stores numbers), normalised to 15
// significant digits so that Excel's "4.4000000000000004" reads as 4.4.
func parseNumber(raw string) (decimal.Decimal, *cellProblem) {
	s := strings.TrimSpace(raw)
	if p := excelError(s); p != nil {
		return decimal.Decimal{}, p
	}
	if v, ok := plainDecimal(s); ok {
		// At most 15 digits and no exponent: below 10^15, nothing to round.
		return v, nil
	}
	if !isNumberSyntax(s) {
		return decimal.Decimal{}, numberProblem(s)
	}
	v, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, numberProblem(s)
	}
	if v.IsZero() {
		return decimal.Zero, nil
	}
	// No amount, rate or quantity of a bill of materials reaches a
	// thousand trillion, and a bound keeps exponents such as 1e9999 from
	// turning into ten-thousand-digit figures. |v| lies in [10^msd,
	// 10^(msd+1)), msd being the power of ten of its most significant
	// digit: comparing msd with 15 is comparing |v| with 10^15, without
	// the big-integer rescaling of Decimal.Cmp.
	digits := coefficientDigits(v)
	if digits-1+int(v.Exponent()) >= 15 {
		return decimal.Decimal{}, cellErr(fmt.Sprintf("%s is implausibly large for a bill of materials", s), "an amount or quantity below 10^15", "check for a misplaced exponent or a code typed in a numeric column")
	}
	return roundSignificant(v, significantDigits), nil
}

// plainDecimal reads the commonest numbers of a sheet, [+-]digits[.digits]
// with at most 15 digits in all (Excel's precision), without the big-integer
// parse of decimal.NewFromString; the result is the same decimal, same
// coefficient and exponent (TestPlainDecimalMatchesParse). Anything else
// reports false.
func plainDecimal(s string) (decimal.Decimal, bool) {
	i, n := 0, len(s)
	neg := false
	if i < n && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	var m int64
	digits, frac := 0, -1
	for ; i < n; i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			m = m*10 + int64(c-'0')
			digits++
			if frac >= 0 {
				frac++
			}
		case c == '.' && frac < 0:
			frac = 0
		default:
			return decimal.Decimal{}, false
		}
	}
	if digits == 0 || digits > significantDigits || frac == 0 {
		return decimal.Decimal{}, false
	}
	if m == 0 {
		return decimal.Zero, true
	}
	if neg {
		m = -m
	}
	return decimal.New(m, int32(-max(frac, 0))), true
}

// coefficientDigits is the number of decimal digits of v's coefficient.
func coefficientDigits(v decimal.Decimal) int {
	c := v.Coefficient()
	if c.IsInt64() && c.Int64() != math.MinInt64 {
		n := c.Int64()
		if n < 0 {
			n = -n
		}
		d := 1
		for n >= 10 {
			n /= 10
			d++
		}
		return d
	}
	d := len(c.String())
	if c.Sign() < 0 {
		d--
	}
	return d
}

// isNumberSyntax accepts [+-]digits[.digits][(e|E)[+-]digits], with at least
// one digit in the mantissa.
func isNumberSyntax(s string) bool {
	i, n := 0, len(s)
	if i < n && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for i < n && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < n && s[i] == '.' {
		i++
		for i < n && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < n && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < n && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := 0
		for i < n && s[i] >= '0' && s[i] <= '9' {
			i++
			exp++
		}
		if exp == 0 || exp > 4 {
			return false
		}
	}
	return i == n
}

// numberProblem explains why text is not a number, with the likely fix.
func numberProblem(s string) *cellProblem {
	const expected = `a number such as 1234.56`
	msg := fmt.Sprintf("%q is not a number", s)
	switch {
	case strings.ContainsAny(s, "$€£¥") || strings.Contains(strings.ToUpper(s), "USD") || strings.Contains(strings.ToUpper(s), "MXN") || strings.Contains(strings.ToUpper(s), "CAD"):
		return cellErr(msg, expected, "remove the currency symbol or code; give the currency in the Currency column")
	case strings.Contains(s, "%"):
		return cellErr(msg, expected, "give the amount, not a percentage")
	case strings.Contains(s, ","):
		return cellErr(msg, expected, `remove thousands separators and use "." as the decimal separator (1234.56, not 1,234.56 or 1234,56)`)
	case strings.ContainsAny(s, " \u00a0") && isNumberSyntax(strings.NewReplacer(" ", "", "\u00a0", "").Replace(s)):
		return cellErr(msg, expected, "remove the spaces inside the number")
	}
	return cellErr(msg, expected, "type a number, or store the column as numbers rather than text")
}

// roundSignificant rounds v to n significant digits, half away from zero.
func roundSignificant(v decimal.Decimal, n int) decimal.Decimal {
	if v.IsZero() {
		return decimal.Zero
	}
	digits := coefficientDigits(v)
	if digits <= n {
		return v
	}
	// The most significant digit is at 10^(digits-1+exp).
	msd := digits - 1 + int(v.Exponent())
	return v.Round(int32(n - 1 - msd))
}

// parseDate reads a date: an Excel serial number (xlsx numeric cells) or
// ISO 8601 text (YYYY-MM-DD).
func parseDate(raw string, date1904, serialAllowed bool) (time.Time, *cellProblem) {
	s := strings.TrimSpace(raw)
	if p := excelError(s); p != nil {
		return time.Time{}, p
	}
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse("2006-01-02T15:04:05", s); err == nil {
		return truncateDay(t), nil
	}
	if serialAllowed && isNumberSyntax(s) {
		v, err := decimal.NewFromString(s)
		if err == nil && v.IsPositive() && v.LessThan(decimal.NewFromInt(2958466)) {
			return serialToDate(v.IntPart(), date1904), nil
		}
	}
	return time.Time{}, cellErr(fmt.Sprintf("%q is not a date", s), "a date as YYYY-MM-DD (2026-07-01) or an Excel date cell", "day/month order differs between countries, so roo only reads ISO dates from text")
}

// serialToDate turns an Excel date serial into a date. In the 1900 system,
// serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was
// (serial 60), so serials from 61 on are one day ahead.
func serialToDate(serial int64, date1904 bool) time.Time {
	if date1904 {
		return time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(serial))
	}
	if serial >= 61 {
		return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(serial))
	}
	return time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(serial))
}

func truncateDay(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// parseCode reads an HS/HTS code of 6 to 10 digits.
func parseCode(raw string) (hs.Code, *cellProblem) {
	s := strings.TrimSpace(raw)
	c, err := hs.Parse(s, 6, 10)
	if err == nil {
		return c, nil
	}
	pe := err.(*hs.ParseError)
	hint := "write the code as text with its dots, e.g. 8708.30.50"
	if isNumberSyntax(s) && (len(strings.ReplaceAll(s, ".", ""))%2 == 1 || strings.Contains(s, ".")) {
		hint = "the code looks like it was stored as a number, which drops leading and trailing zeros (0101.21 → 101.21, 8708.30 → 8708.3): format the column as Text and type the code again"
	}
	return "", cellErr(fmt.Sprintf("%q is not a valid HS/HTS code: %s", s, pe.Reason), "6 to 10 digits, dots optional (8708.30.50)", hint)
}

// partyNames maps the names people write for the three USMCA parties.
var partyNames = map[string]string{
	"us": "US", "usa": "US", "unitedstates": "US", "unitedstatesofamerica": "US", "eeuu": "US", "estadosunidos": "US", "etatsunis": "US",
	"ca": "CA", "can": "CA", "canada": "CA",
	"mx": "MX", "mex": "MX", "mexico": "MX", "mexique": "MX",
}

// parseCountry reads an ISO 3166 country (alpha-2, alpha-3, or the name of a
// USMCA party) and returns its alpha-2 code.
func parseCountry(raw string) (string, *cellProblem) {
	s := strings.TrimSpace(raw)
	if p, ok := partyNames[normalize(s)]; ok {
		return p, nil
	}
	if r, err := language.ParseRegion(s); err == nil && r.IsCountry() {
		return r.String(), nil
	}
	return "", cellErr(fmt.Sprintf("%q is not an ISO 3166 country code", s), "a two-letter country code such as US, CA, MX, CN or DE", "")
}

// parseParty reads a country that must be a USMCA party.
func parseParty(raw string) (string, *cellProblem) {
	c, p := parseCountry(raw)
	if p != nil {
		p.expected = "US, CA or MX"
		return "", p
	}
	if c != "US" && c != "CA" && c != "MX" {
		return "", cellErr(fmt.Sprintf("%s is not a USMCA country", c), "US, CA or MX", "only goods produced in, or imported into, the United States, Canada or Mexico can be USMCA originating")
	}
	return c, nil
}

// parseCurrency reads an ISO 4217 currency code.
func parseCurrency(raw string) (string, *cellProblem) {
	s := strings.ToUpper(strings.TrimSpace(raw))
	if u, err := currency.ParseISO(s); err == nil {
		return u.String(), nil
	}
	return "", cellErr(fmt.Sprintf("%q is not an ISO 4217 currency code", strings.TrimSpace(raw)), "a three-letter code such as USD, CAD or MXN", "")
}

// The words roo accepts in the enumerated columns are few on purpose: "y",
// "yes", "o" or "true" in an origin-status column is a guess at what the
// analyst meant, and a wrong guess certifies a good. Each column takes its
// English words (the template's drop-down values) and the words of the
// Spanish and French texts of the agreement: "originario" / "no originario"
// as the Mexican Uniform Regulations write them (Reglamentaciones
// Uniformes, DOF 9 July 2020, https://www.dof.gob.mx/nota_detalle_popup.php?codigo=5626542),
// "originaire" / "non originaire" as Canada's USMCA Rules of Origin
// Regulations write them (SOR/2020-155, French text,
// https://laws-lois.justice.gc.ca/fra/reglements/DORS-2020-155/page-3.html).
// Words are compared ignoring case, accents, spaces and hyphens.

// originNames maps the words of the origin-status column.
var originNames = map[string]origin.OriginStatus{
	"originating": origin.Originating, "originario": origin.Originating, "originaria": origin.Originating, "originaire": origin.Originating,
	"nonoriginating": origin.NonOriginating, "nooriginario": origin.NonOriginating, "nooriginaria": origin.NonOriginating, "nonoriginaire": origin.NonOriginating,
	"unknown": origin.UnknownOrigin, "desconocido": origin.UnknownOrigin, "desconocida": origin.UnknownOrigin, "inconnu": origin.UnknownOrigin, "inconnue": origin.UnknownOrigin,
}

// OriginWords are the accepted origin-status words, for messages and help.
const OriginWords = "originating, non-originating or unknown (Spanish: originario, no originario, desconocido; French: originaire, non originaire, inconnu)"

func parseOrigin(raw string) (origin.OriginStatus, *cellProblem) {
	if s, ok := originNames[normalize(raw)]; ok {
		return s, nil
	}
	return "", cellErr(fmt.Sprintf("%q is not an origin status", strings.TrimSpace(raw)), OriginWords, "write the word in full: roo does not guess what y, yes, o or true mean; country of origin is not origin status")
}

// kindNames maps the words of the Kind column.
var kindNames = map[string]origin.Kind{
	"material": origin.KindMaterial, "matiere": origin.KindMaterial,
	"indirect": origin.KindIndirect, "indirectmaterial": origin.KindIndirect, "indirecto": origin.KindIndirect, "materialindirecto": origin.KindIndirect, "indirecte": origin.KindIndirect, "matiereindirecte": origin.KindIndirect,
	"packaging": origin.KindPackaging, "envase": origin.KindPackaging, "empaque": origin.KindPackaging, "conditionnement": origin.KindPackaging,
	"packing": origin.KindPacking, "embalaje": origin.KindPacking, "emballage": origin.KindPacking,
	"accessory": origin.KindAccessory, "accesorio": origin.KindAccessory, "accessoire": origin.KindAccessory,
	"selfproduced": origin.KindSelfProduced, "autoproducido": origin.KindSelfProduced, "autoproduit": origin.KindSelfProduced,
	"intermediate": origin.KindIntermediate, "intermediatematerial": origin.KindIntermediate, "intermedio": origin.KindIntermediate, "materialintermedio": origin.KindIntermediate, "intermediaire": origin.KindIntermediate, "matiereintermediaire": origin.KindIntermediate,
	"recovered": origin.KindRecovered, "recoveredmaterial": origin.KindRecovered, "recuperado": origin.KindRecovered, "materialrecuperado": origin.KindRecovered, "recuperee": origin.KindRecovered, "matiererecuperee": origin.KindRecovered,
}

// KindWords are the accepted kinds, for messages and help.
const KindWords = "material, indirect, packaging, packing, accessory, self-produced, intermediate or recovered (or their Spanish and French names: indirecto/indirecte, envase/conditionnement, embalaje/emballage, accesorio/accessoire, autoproducido/autoproduit, intermedio/intermédiaire, recuperado/récupérée)"

func parseKind(raw string) (origin.Kind, *cellProblem) {
	if k, ok := kindNames[normalize(raw)]; ok {
		return k, nil
	}
	return "", cellErr(fmt.Sprintf("%q is not a kind of BOM line", strings.TrimSpace(raw)), KindWords, "packaging is retail packaging sold with the good; packing protects it in transport; a purchased sub-assembly is a material")
}

// useNames maps the words of the Vehicle use column.
var useNames = map[string]origin.VehicleUse{
	"passengervehicle": origin.UsePassengerVehicle, "vehiculodepasajeros": origin.UsePassengerVehicle, "vehiculedetourisme": origin.UsePassengerVehicle,
	"lighttruck": origin.UseLightTruck, "camionligero": origin.UseLightTruck, "camionleger": origin.UseLightTruck,
	"heavytruck": origin.UseHeavyTruck, "camionpesado": origin.UseHeavyTruck, "camionlourd": origin.UseHeavyTruck,
	"other": origin.UseOtherVehicle, "othervehicle": origin.UseOtherVehicle, "otro": origin.UseOtherVehicle, "otrovehiculo": origin.UseOtherVehicle, "autre": origin.UseOtherVehicle, "autrevehicule": origin.UseOtherVehicle,
	"aftermarket": origin.UseAftermarket, "repuesto": origin.UseAftermarket, "mercadodereposicion": origin.UseAftermarket, "apresvente": origin.UseAftermarket, "rechange": origin.UseAftermarket,
}

// UseWords are the accepted vehicle uses, for messages and help.
const UseWords = "passenger vehicle, light truck, heavy truck, other or aftermarket (Spanish: vehículo de pasajeros, camión ligero, camión pesado, otro, repuesto; French: véhicule de tourisme, camion léger, camion lourd, autre, rechange)"

func parseUse(raw string) (origin.VehicleUse, *cellProblem) {
	if u, ok := useNames[normalize(raw)]; ok {
		return u, nil
	}
	return "", cellErr(fmt.Sprintf("%q is not a vehicle use", strings.TrimSpace(raw)), UseWords, "")
}

// yesNo maps the words of a yes/no answer.
var yesNo = map[string]bool{"yes": true, "si": true, "oui": true, "no": false, "non": false}

// YesNoWords are the accepted answers, for messages and help.
const YesNoWords = "yes or no (sí or no, oui or non)"

func parseYesNo(raw string) (bool, *cellProblem) {
	if v, ok := yesNo[normalize(raw)]; ok {
		return v, nil
	}
	return false, cellErr(fmt.Sprintf("%q is not yes or no", strings.TrimSpace(raw)), YesNoWords, "write yes or no in full: roo does not guess what y, x, 1 or true mean")
}
