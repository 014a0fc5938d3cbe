package certificate

import (
	"fmt"
	"github.com/roo-trade/roo/internal/pdffont"
	"io"
	"time"

	"github.com/go-pdf/fpdf"
)

// FileOptions describe the file around the certification.
type FileOptions struct {
	// RooVersion is recorded as the file's creator.
	RooVersion string
	// Created is the file's creation date in its metadata; with the same
	// date the same certification gives the same bytes.
	Created time.Time
}

// Page geometry of the PDF, in millimetres: US Letter, the paper of all
// three USMCA countries' offices.
const (
	pdfMargin     = 15.0
	pdfBottom     = 18.0 // room for the footer
	pdfPad        = 2.0  // inside a box
	pdfLine       = 4.4  // a line of body text
	pdfTitleLine  = 4.0  // a box's title
	pdfBodySize   = 9.0  // points
	pdfTitleSize  = 8.0
	pdfTableSize  = 8.5
	pdfFooterSize = 7.5
)

// pdfColumns are the widths of the goods table's columns, summing to the
// width between the margins.
var pdfColumns = []float64{28, 66, 25, 17, 49.9}

// WritePDF writes the certification as a PDF with the Go fonts embedded
// (subset), so that accented names print the same on every reader. The
// goods table runs over as many pages as it needs, its header repeated.
func WritePDF(w io.Writer, c Certification, opts FileOptions) error {
	// Two passes: the first counts the pages for the "page N of M" footer.
	pages, err := newPDFDoc(c, opts, 0)
	if err != nil {
		return err
	}
	pdf, err := newPDFDoc(c, opts, pages.PageNo())
	if err != nil {
		return err
	}
	return pdf.Output(w)
}

// newPDFDoc lays the certification out; total is the page count to show
// in the footer (0 while it is not known).
func newPDFDoc(c Certification, opts FileOptions, total int) (*fpdf.Fpdf, error) {
	pdf := fpdf.New("P", "mm", "Letter", "")
	pdf.SetCatalogSort(true)
	pdf.SetCreationDate(opts.Created)
	pdf.SetModificationDate(opts.Created)
	pdf.SetTitle(titleDocument, true)
	pdf.SetSubject(titleSubtitle, true)
	pdf.SetAuthor(c.Certifier.Name, true)
	pdf.SetCreator("roo "+opts.RooVersion, true)
	pdf.SetProducer("roo", true)
	pdf.SetLang("en")
	regular, bold := pdffont.Fonts()
	pdf.AddUTF8FontFromBytes("go", "", regular)
	pdf.AddUTF8FontFromBytes("go", "B", bold)
	pdf.SetMargins(pdfMargin, pdfMargin, pdfMargin)
	pdf.SetAutoPageBreak(false, pdfBottom)
	pdf.SetFooterFunc(func() {
		pdf.SetY(-pdfBottom + 6)
		pdf.SetFont("go", "", pdfFooterSize)
		pdf.SetTextColor(90, 90, 90)
		text := fmt.Sprintf("USMCA certification of origin — page %d", pdf.PageNo())
		if total > 0 {
			text += fmt.Sprintf(" of %d", total)
		}
		pdf.CellFormat(0, 4, text, "", 0, "C", false, 0, "")
		pdf.SetTextColor(0, 0, 0)
	})
	pdf.AddPage()
	p := &pdfPage{pdf: pdf}
	p.heading()
	p.boxes(pdfBox{titleRole, []string{roleLine(c.Certifier.Role)}})
	p.boxes(pdfBox{titleCertifier, certifierLines(c.Certifier)}, pdfBox{titleExporter, partyLines(c.Exporter)})
	p.boxes(pdfBox{titleProducer, partyLines(c.Producer)}, pdfBox{titleImporter, partyLines(c.Importer)})
	p.goods(c.Goods)
	if c.InvoiceNumber != nil {
		p.boxes(pdfBox{titleInvoice, []string{*c.InvoiceNumber}})
	}
	p.boxes(pdfBox{titleBlanket, []string{blanketLine(c)}})
	p.signature(c.Signature)
	if err := pdf.Error(); err != nil {
		return nil, fmt.Errorf("pdf: %w", err)
	}
	return pdf, nil
}
