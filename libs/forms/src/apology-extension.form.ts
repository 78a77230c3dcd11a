import type { IssuedFormData } from './form-data';
import { applicantFields, startForm } from './form-frame';
import { field, paragraph } from './form-text';
import { finishDocument } from './pdf-document';
import { signatureBlock } from './signature-block';
import { formatVietnamDateTime } from './vietnam-date-format';

/** Form 04: apology and new appointment date, issued when a dossier will be late. */
export interface ApologyExtensionData extends IssuedFormData {
  originalDueAt: Date;
  newDueAt: Date;
  reason: string;
  /** The agency that is late, when not the issuing unit. */
  lateAgencyName?: string;
  signerName: string;
  /** e.g. "THỦ TRƯỞNG CƠ QUAN". */
  signerTitle: string;
}

/**
 * Form 04 (Circular 01/2018 form 04; Circular 03/2025 Appendix I form 04). The layout
 * approximates the official template on A5.
 */
export async function renderApologyExtension(data: ApologyExtensionData): Promise<Buffer> {
  if (data.newDueAt.getTime() <= data.originalDueAt.getTime()) {
    throw new RangeError('The new due date must follow the original one');
  }
  const doc = await startForm('04', data, data.issuedAt);
  paragraph(
    doc,
    `${data.receivingUnitName} đã tiếp nhận hồ sơ vào lúc ${formatVietnamDateTime(data.receivedAt)} của:`,
  );
  applicantFields(doc, data);
  field(doc, 'Thời gian hẹn trả kết quả', formatVietnamDateTime(data.originalDueAt));
  paragraph(
    doc,
    `Tuy nhiên đến nay, ${data.lateAgencyName ?? data.receivingUnitName} chưa trả kết quả giải quyết hồ sơ cho ông/bà.`,
  );
  field(doc, 'Lý do', data.reason);
  paragraph(
    doc,
    'Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của ông/bà. Chúng tôi xin lỗi ông/bà và sẽ trả kết quả giải quyết hồ sơ vào thời gian sau:',
  );
  field(doc, 'Thời gian hẹn trả kết quả mới', formatVietnamDateTime(data.newDueAt));
  paragraph(doc, 'Kính mong ông/bà thông cảm./.');
  signatureBlock(doc, [
    { role: data.signerTitle, name: data.signerName, hint: '(Ký, ghi rõ họ tên)' },
  ]);
  return finishDocument(doc);
}
