// Package auto is the automotive appendix to USMCA Annex 4-B as roo applies
// it (UR Part 6, §§12–20; 19 USC 4532): the vehicle classes, the tables of
// parts, the thresholds phased in by date, labour value content, and the
// steel and aluminum purchase requirement. It is pure: no I/O, exact
// decimals, no knowledge of workbooks or of the determination that uses it.
//
// # Data and law
//
// Two kinds of numbers live here, kept apart:
//
//   - Data, generated (go generate ./origin/auto) by internal/gen from the
//     shared data set into auto.txt, embedded and decoded on first use by
//     [Default]: Tables A.1, A.2, B, C, D, E, F and S of the appendix as
//     Canada enacts them (usmca/auto-appendix-tables.csv), each line with
//     the HS 2022 subheadings its HS 2012 codes became; and the vehicle
//     rules of headings 87.01 to 87.08 with their staged thresholds
//     (usmca/ch87-vehicle-rules-canada.csv).
//   - Law the data lacks, in provisions.go, every number with its citation:
//     the vehicle classes of UR §12, the part thresholds of UR §14(13),
//     (15), (17) and §15(2), (3), the labour value content requirement and
//     credits of UR §18, the qualifying wage rates, the 70% steel and
//     aluminum requirement of UR §17, the new-plant option of UR §20(8) and
//     the other-vehicle thresholds of UR §20(2), (3).
//
// Tests check the typed law against the data where both speak (the part
// thresholds against the staged rules of 87.06 to 87.08).
//
// # What a caller does
//
//   - [ClassifyVehicle] says whether a good is a vehicle and of which class
//     (passenger vehicle, light truck, heavy truck, other vehicle) from its
//     HS 2022 code and its declared use.
//   - [Tables.VehicleRVC] gives a vehicle's RVC requirement on a date;
//     [Tables.PartTable] finds the table a part for a given use falls in,
//     and [PartRVC] the thresholds that replace its rule's.
//   - [CheckCoreParts] applies UR §14(4) with the three VNM options;
//     [ComputeLVC] the labour value content; [CheckPurchases] the steel and
//     aluminum requirement.
//
// Comparisons with thresholds are exact (by cross-multiplication); figures
// are shown to one decimal, half up, as the RVC is.
package auto
