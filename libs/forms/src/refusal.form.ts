import type { IssuedFormData } from './form-data';
import { applicantFields, startForm } from './form-frame';
import { numberedList, paragraph } from './form-text';
import { finishDocument } from './pdf-document';
import { signatureBlock } from './signature-block';
import { formatVietnamDateTime } from './vietnam-date-format';

/** Form 03: refusal (Phiếu từ chối tiếp nhận giải quyết hồ sơ), always with reasons. */
export interface RefusalData extends IssuedFormData {
  reasons: readonly string[];
  receiverName: string;
}

/**
 * Form 03 (Circular 01/2018 form 03; Circular 03/2025 Appendix I form 03). The layout
 * approximates the official template on A5.
 */
export async function renderRefusal(data: RefusalData): Promise<Buffer> {
  if (data.reasons.length === 0) throw new RangeError('A refusal states at least one reason');
  const doc = await startForm('03', data, data.issuedAt);
  paragraph(
    doc,
    `${data.receivingUnitName} đã tiếp nhận hồ sơ vào lúc ${formatVietnamDateTime(data.receivedAt)} của:`,
  );
  applicantFields(doc, data);
  paragraph(
    doc,
    'Qua xem xét, cơ quan, đơn vị thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:',
    { bold: true },
  );
  numberedList(doc, data.reasons);
  paragraph(doc, 'Xin thông báo cho ông/bà được biết và thực hiện./.');
  signatureBlock(doc, [{ role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: data.receiverName }]);
  return finishDocument(doc);
}
