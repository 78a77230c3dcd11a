import type { IssuedFormData } from './form-data';
import { applicantFields, startForm } from './form-frame';
import { field, paragraph } from './form-text';
import { finishDocument } from './pdf-document';
import { signatureBlock } from './signature-block';
import { formatVietnamDateTime } from './vietnam-date-format';

/** Form 05: stop notice, new under Decree 118/2025 (no such form before 2025-07-01). */
export interface StopNoticeData extends IssuedFormData {
  reason: string;
  /** The provision the stop rests on, e.g. "Khoản 2 Điều 20 Nghị định số 118/2025/NĐ-CP". */
  legalBasis: string;
  signerName: string;
  signerTitle: string;
}

/**
 * Form 05 (Circular 03/2025 Appendix I form 05). Throws RangeError for dossiers received before
 * 2025-07-01. The layout approximates the official template on A5.
 */
export async function renderStopNotice(data: StopNoticeData): Promise<Buffer> {
  const doc = await startForm('05', data, data.issuedAt);
  paragraph(
    doc,
    `${data.receivingUnitName} đã tiếp nhận hồ sơ vào lúc ${formatVietnamDateTime(data.receivedAt)} của:`,
  );
  applicantFields(doc, data);
  paragraph(doc, 'Cơ quan, đơn vị thông báo dừng giải quyết hồ sơ nêu trên.', { bold: true });
  field(doc, 'Lý do', data.reason);
  field(doc, 'Căn cứ', data.legalBasis);
  paragraph(doc, 'Xin thông báo cho ông/bà được biết./.');
  signatureBlock(doc, [
    { role: data.signerTitle, name: data.signerName, hint: '(Ký, ghi rõ họ tên)' },
  ]);
  return finishDocument(doc);
}
