// Package report turns origin results into what analysts and scripts read:
// a terminal table, and JSON whose shape is a stable interface.
//
// # Stability
//
// The JSON document carries "schema_version". Within a schema version,
// fields are never removed or renamed and keep their meaning and order; new
// fields may be added, and enumerated values (status, treatment, assumption
// codes) may gain new values, so consumers must ignore what they do not know.
// No field is ever omitted: absent values are null, absent lists are [].
// Decimals are strings, never JSON numbers, so no consumer parses them into
// binary floating point. The terminal table is for people and may change.
package report
