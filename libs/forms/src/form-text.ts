import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { contentWidth, type Doc, ensureSpace, MARGIN } from './pdf-document';

const BODY_SIZE = 9;

/** A wrapped paragraph of body text. */
export function paragraph(doc: Doc, text: string, options: { bold?: boolean } = {}): void {
  ensureSpace(doc, BODY_SIZE * 1.4);
  doc
    .font(options.bold ? FONT_BOLD : FONT_REGULAR)
    .fontSize(BODY_SIZE)
    .text(text.normalize('NFC'), MARGIN, doc.y, { width: contentWidth(doc), lineGap: 1.5 });
  doc.moveDown(0.2);
}

/** "Label: value" with a bold label, wrapping under the full width. */
export function field(doc: Doc, label: string, value: string): void {
  ensureSpace(doc, BODY_SIZE * 1.4);
  doc
    .font(FONT_BOLD)
    .fontSize(BODY_SIZE)
    .text(`${label}: `, MARGIN, doc.y, {
      width: contentWidth(doc),
      continued: true,
      lineGap: 1.5,
    })
    .font(FONT_REGULAR)
    .text(value.normalize('NFC'));
  doc.moveDown(0.2);
}

/** Numbered items, each wrapping under its own indent. */
export function numberedList(doc: Doc, items: readonly string[]): void {
  const indent = 16;
  items.forEach((item, i) => {
    ensureSpace(doc, BODY_SIZE * 1.4);
    const y = doc.y;
    doc
      .font(FONT_REGULAR)
      .fontSize(BODY_SIZE)
      .text(`${i + 1}.`, MARGIN + 4, y, { width: indent, lineBreak: false });
    doc.text(item.normalize('NFC'), MARGIN + indent, y, {
      width: contentWidth(doc) - indent,
      lineGap: 1.5,
    });
    doc.moveDown(0.15);
  });
  doc.x = MARGIN;
}
