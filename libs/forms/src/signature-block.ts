import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { contentWidth, type Doc, ensureSpace, MARGIN } from './pdf-document';

export interface Signatory {
  /** e.g. "NGƯỜI TIẾP NHẬN HỒ SƠ" */
  role: string;
  /** Printed under the blank space left for the signature. */
  name?: string;
  hint?: string;
}

const BLOCK_HEIGHT = 86;

/** Side-by-side signature columns, kept together on one page. */
export function signatureBlock(doc: Doc, signatories: readonly Signatory[]): void {
  doc.moveDown(0.6);
  ensureSpace(doc, BLOCK_HEIGHT);
  const top = doc.y;
  const columnWidth = contentWidth(doc) / signatories.length;
  signatories.forEach((s, i) => {
    const x = MARGIN + i * columnWidth;
    doc
      .font(FONT_BOLD)
      .fontSize(8)
      .text(s.role.normalize('NFC'), x, top, { width: columnWidth, align: 'center' });
    doc
      .font(FONT_REGULAR)
      .fontSize(7)
      .text(s.hint ?? '(Ký và ghi rõ họ tên)', { width: columnWidth, align: 'center' });
    if (s.name) {
      doc
        .font(FONT_BOLD)
        .fontSize(8.5)
        .text(s.name.normalize('NFC'), x, top + BLOCK_HEIGHT - 18, {
          width: columnWidth,
          align: 'center',
        });
    }
  });
  doc.x = MARGIN;
  doc.y = top + BLOCK_HEIGHT;
}
