// Package certificate builds the USMCA certification of origin: the nine
// minimum data elements of USMCA Annex 5-A for the goods that qualify, and
// writes it as JSON, XLSX and PDF.
//
// # The nine elements
//
//  1. Who certifies: the importer, the exporter or the producer.
//  2. The certifier: name, title, address (with country), telephone, email.
//  3. The exporter, unless the producer certifies and does not know it.
//  4. The producer, or "Various", or "Available upon request by the
//     importing authorities".
//  5. The importer, if known.
//  6. Each good's description and HS classification (six digits, or eight
//     where the rule applied is a tariff-item rule), with the invoice
//     number when the certification covers a single shipment.
//  7. Each good's origin criterion (A to D of Art. 4.2; E for GN 11(p) goods).
//  8. The blanket period, at most 12 months, when it covers several
//     shipments of identical goods.
//  9. The authorized signature and date, with the certification statement.
//
// # How it is used
//
// [Details] are the parties and terms as the user gives them (a JSON file
// and flags); [Details.Validate] checks every element and returns the
// [Certification] to fill, or a [*ValidationError] naming each field at
// fault and its fix. A [Builder] then takes each good's determinations:
// only a good that qualifies, under the same criterion and rule at every
// date the certification covers, is certified; any other is refused with
// the reason the determination gives, and never certified. The writers
// ([WriteJSON], [WriteXLSX], [WritePDF], [WriteText]) render the result.
//
// The refusals are roo's report to the user; only the JSON carries them,
// beside the certification. The PDF and XLSX are the certification alone.
package certificate
