import type { DossierFormData } from './form-data';
import { applicantFields, startForm } from './form-frame';
import { drawTable } from './form-table';
import { field, paragraph } from './form-text';
import { finishDocument } from './pdf-document';
import { signatureBlock } from './signature-block';
import { formatVietnamDateTime } from './vietnam-date-format';

/** One component (giấy tờ) handed in with the dossier. */
export interface ReceivedComponent {
  name: string;
  copies: number;
  /** True for the original (bản chính), false or absent for a copy (bản sao). */
  original?: boolean;
}

/** Where the applicant collects the result. */
export type ReturnMethod = 'counter' | 'post' | 'online';

/** Form 01: receipt and appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả). */
export interface ReceiptSlipData extends DossierFormData {
  dueAt: Date;
  /** The branch (service point) where the dossier was received. */
  branchName: string;
  branchAddress?: string;
  components: readonly ReceivedComponent[];
  returnMethod: ReturnMethod;
  /** The branch chosen for the result when `returnMethod` is `counter`. */
  returnBranchName?: string;
  receiverName: string;
}

function returnText(d: ReceiptSlipData): string {
  switch (d.returnMethod) {
    case 'counter':
      return `Trực tiếp tại ${d.returnBranchName ?? d.branchName}`;
    case 'post':
      return 'Qua dịch vụ bưu chính công ích';
    case 'online':
      return 'Trực tuyến (bản điện tử)';
  }
}

/**
 * Form 01 (Circular 01/2018 form 01; Circular 03/2025 Appendix I form 01). Issued at the
 * receipt instant. The layout approximates the official template on A5.
 */
export async function renderReceiptSlip(data: ReceiptSlipData): Promise<Buffer> {
  const doc = await startForm('01', data, data.receivedAt);
  paragraph(
    doc,
    `${data.receivingUnitName} — ${data.branchName}${
      data.branchAddress ? ` (${data.branchAddress})` : ''
    } tiếp nhận hồ sơ của:`,
  );
  applicantFields(doc, data);
  paragraph(doc, '1. Thành phần hồ sơ nộp gồm:', { bold: true });
  drawTable(
    doc,
    [
      { header: 'STT', share: 0.09, align: 'center' },
      { header: 'Tên giấy tờ', share: 0.57 },
      { header: 'Bản chính/ Bản sao', share: 0.2, align: 'center' },
      { header: 'Số lượng', share: 0.14, align: 'center' },
    ],
    data.components.map((c, i) => [
      String(i + 1),
      c.name,
      c.original ? 'Bản chính' : 'Bản sao',
      String(c.copies),
    ]),
  );
  field(doc, '2. Thời gian nhận hồ sơ', formatVietnamDateTime(data.receivedAt));
  field(doc, '3. Thời gian trả kết quả giải quyết hồ sơ', formatVietnamDateTime(data.dueAt));
  field(doc, '4. Đăng ký nhận kết quả tại', returnText(data));
  signatureBlock(doc, [
    { role: 'NGƯỜI NỘP HỒ SƠ', name: data.applicant.fullName },
    { role: 'NGƯỜI TIẾP NHẬN HỒ SƠ', name: data.receiverName },
  ]);
  return finishDocument(doc);
}
