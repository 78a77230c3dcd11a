import { FONT_BOLD, FONT_REGULAR } from './fonts';
import { contentWidth, type Doc, MARGIN } from './pdf-document';
import { formatVietnamDate } from './vietnam-date-format';

export interface FormHeaderOptions {
  formNumber: string;
  tenantName: string;
  unitName: string;
  placeName?: string;
  issuedAt: Date;
  title: string;
  legalBasisLine: string;
  dossierCode: string;
  qrPng: Buffer;
}

const QR_SIZE = 58;

/**
 * The top of every form, an approximation of the official templates: form number, the issuing
 * unit beside the national motto, the date line, the title, the legal basis, then the dossier
 * code as text and as a QR code.
 */
export function drawFormHeader(doc: Doc, o: FormHeaderOptions): void {
  const width = contentWidth(doc);
  const top = doc.page.margins.top;
  doc
    .font(FONT_REGULAR)
    .fontSize(7)
    .text(`Mẫu số ${o.formNumber}`, MARGIN, top - 14, { width, align: 'right' });

  const leftWidth = width * 0.42;
  const rightX = MARGIN + leftWidth + 6;
  const rightWidth = width - leftWidth - 6;

  doc.font(FONT_REGULAR).fontSize(7.5);
  doc.text(o.tenantName.normalize('NFC').toUpperCase(), MARGIN, top, {
    width: leftWidth,
    align: 'center',
  });
  doc.font(FONT_BOLD).text(o.unitName.normalize('NFC').toUpperCase(), {
    width: leftWidth,
    align: 'center',
  });
  underline(doc, MARGIN + leftWidth / 2, doc.y + 1, 40);
  const leftBottom = doc.y + 4;

  doc.font(FONT_BOLD).fontSize(7.5);
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, {
    width: rightWidth,
    align: 'center',
  });
  doc.fontSize(8).text('Độc lập - Tự do - Hạnh phúc', { width: rightWidth, align: 'center' });
  underline(doc, rightX + rightWidth / 2, doc.y + 1, 110);
  doc.moveDown(0.5);
  const place = o.placeName ? `${o.placeName.normalize('NFC')}, ` : '';
  doc
    .font(FONT_REGULAR)
    .fontSize(7.5)
    .text(`${place}${formatVietnamDate(o.issuedAt)}`, rightX, doc.y, {
      width: rightWidth,
      align: 'center',
    });
  const rightBottom = doc.y;

  doc.y = Math.max(leftBottom, rightBottom) + 10;
  doc.font(FONT_BOLD).fontSize(11).text(o.title, MARGIN, doc.y, { width, align: 'center' });
  doc
    .font(FONT_REGULAR)
    .fontSize(7)
    .fillColor('#444444')
    .text(o.legalBasisLine, { width, align: 'center' })
    .fillColor('black');

  const codeTop = doc.y + 6;
  doc.image(o.qrPng, MARGIN + width - QR_SIZE, codeTop, { width: QR_SIZE, height: QR_SIZE });
  doc
    .font(FONT_REGULAR)
    .fontSize(9)
    .text('Mã hồ sơ: ', MARGIN, codeTop + QR_SIZE / 2 - 6, {
      width: width - QR_SIZE - 8,
      continued: true,
    })
    .font(FONT_BOLD)
    .text(o.dossierCode);
  doc.x = MARGIN;
  doc.y = codeTop + QR_SIZE + 6;
}

function underline(doc: Doc, centerX: number, y: number, length: number): void {
  doc
    .moveTo(centerX - length / 2, y)
    .lineTo(centerX + length / 2, y)
    .lineWidth(0.5)
    .stroke();
}
