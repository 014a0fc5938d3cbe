package report

// SheetSuppliers is the XLSX report's supplier view.
const SheetSuppliers = "Suppliers"

// writeSuppliers writes the Suppliers sheet: one row per supplier (and
// currency), most duty at stake if its certifications lapsed first, with
// its certifications, those expired and lapsing, and its part of the
// certification campaign. It is left out when the run did not build the
// view.
func (x *XLSXWriter) writeSuppliers(v *SupplierView) error {
	if v == nil {
		return nil
	}
	cols := supplierSheetColumns()
	s, err := newSheetStream(x.f, x.zip, x.st, SheetSuppliers, "", sheetLayout(cols), 2)
	if err != nil {
		return err
	}
	for _, r := range supplierRows(v) {
		if err := addRow(x, s, cols, r); err != nil {
			return err
		}
	}
	return s.finish()
}
