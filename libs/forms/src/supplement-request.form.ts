import type { IssuedFormData } from './form-data';
import { applicantFields, startForm } from './form-frame';
import { drawTable } from './form-table';
import { field, paragraph } from './form-text';
import { finishDocument } from './pdf-document';
import { signatureBlock } from './signature-block';
import { formatVietnamDateTime } from './vietnam-date-format';

export interface MissingComponent {
  name: string;
  /** What is wrong or missing, e.g. "Bản sao chưa được chứng thực". */
  reason: string;
}

/** Form 02: supplement request (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ); asked once, in writing. */
export interface SupplementRequestData extends IssuedFormData {
  missingComponents: readonly MissingComponent[];
  /** Free text on when or how to hand in the supplement. */
  deadlineNote?: string;
  /** The staff member who guides the applicant. */
  staffName: string;
  contactPhone?: string;
}

/**
 * Form 02 (Circular 01/2018 form 02; Circular 03/2025 Appendix I form 02). The layout
 * approximates the official template on A5.
 */
export async function renderSupplementRequest(data: SupplementRequestData): Promise<Buffer> {
  const doc = await startForm('02', data, data.issuedAt);
  paragraph(
    doc,
    `${data.receivingUnitName} đã tiếp nhận hồ sơ vào lúc ${formatVietnamDateTime(data.receivedAt)} của:`,
  );
  applicantFields(doc, data);
  paragraph(doc, 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:', { bold: true });
  drawTable(
    doc,
    [
      { header: 'STT', share: 0.09, align: 'center' },
      { header: 'Thành phần hồ sơ', share: 0.46 },
      { header: 'Lý do', share: 0.45 },
    ],
    data.missingComponents.map((c, i) => [String(i + 1), c.name, c.reason]),
  );
  if (data.deadlineNote) field(doc, 'Thời hạn bổ sung', data.deadlineNote);
  paragraph(
    doc,
    `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ với ${data.staffName}${
      data.contactPhone ? `, số điện thoại ${data.contactPhone}` : ''
    } để được hướng dẫn.`,
  );
  signatureBlock(doc, [{ role: 'NGƯỜI HƯỚNG DẪN', name: data.staffName }]);
  return finishDocument(doc);
}
