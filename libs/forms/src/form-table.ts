import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { contentBottom, contentWidth, type Doc, MARGIN } from './pdf-document';

export interface TableColumn {
  header: string;
  /** Share of the content width; the shares of a table add up to 1. */
  share: number;
  align?: 'left' | 'center' | 'right';
}

const SIZE = 7.5;
const PAD = 3;

/** A bordered table that continues on new pages, repeating its header row. */
export function drawTable(
  doc: Doc,
  columns: readonly TableColumn[],
  rows: readonly (readonly string[])[],
): void {
  const width = contentWidth(doc);
  const widths = columns.map((c) => c.share * width);
  const drawRow = (cells: readonly string[], bold: boolean): void => {
    doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(SIZE);
    const texts = cells.map((c) => c.normalize('NFC'));
    const height =
      Math.max(
        ...texts.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i] - 2 * PAD })),
      ) +
      2 * PAD;
    if (doc.y + height > contentBottom(doc)) {
      doc.addPage();
      if (!bold)
        drawRow(
          columns.map((c) => c.header),
          true,
        );
      doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(SIZE);
    }
    const top = doc.y;
    let x = MARGIN;
    texts.forEach((t, i) => {
      doc.lineWidth(0.5).rect(x, top, widths[i], height).stroke();
      doc.text(t, x + PAD, top + PAD, {
        width: widths[i] - 2 * PAD,
        align: bold ? 'center' : (columns[i].align ?? 'left'),
      });
      x += widths[i];
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  drawRow(
    columns.map((c) => c.header),
    true,
  );
  rows.forEach((r) => drawRow(r, false));
  doc.moveDown(0.4);
}
