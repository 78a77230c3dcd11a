import PDFDocument from 'pdfkit';
import { FONT_REGULAR, registerFonts } from './fonts';

export type Doc = PDFKit.PDFDocument;

/** Page margins in points; the bottom one leaves room for the page number. */
export const MARGIN = 34;
const BOTTOM_MARGIN = 42;

/** A new A5 portrait document (419.53 × 595.28 pt) with the Vietnamese fonts embedded. */
export function createA5Document(title: string, createdAt: Date): Doc {
  const doc = new PDFDocument({
    size: 'A5',
    layout: 'portrait',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: BOTTOM_MARGIN },
    bufferPages: true,
    // Fixed dates keep the output a pure function of the data.
    info: { Title: title, Creator: 'motcua', CreationDate: createdAt, ModDate: createdAt },
  });
  registerFonts(doc);
  return doc;
}

/** Numbers the pages ("Trang 1/2") when there are several, ends the document, returns its bytes. */
export function finishDocument(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const range = doc.bufferedPageRange();
  if (range.count > 1) {
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      // Writing inside the bottom margin would otherwise make pdfkit add a page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font(FONT_REGULAR)
        .fontSize(7)
        .fillColor('#555555')
        .text(`Trang ${i + 1}/${range.count}`, MARGIN, doc.page.height - 26, {
          width: doc.page.width - 2 * MARGIN,
          align: 'center',
          lineBreak: false,
        });
      doc.page.margins.bottom = bottom;
    }
    doc.fillColor('black');
  }
  doc.end();
  return done;
}

/** Lowest y the content may reach on the current page. */
export function contentBottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > contentBottom(doc)) {
    doc.addPage();
  }
}
