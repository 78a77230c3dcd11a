import type { IssuedFormData } from './form-data';
import { startForm } from './form-frame';
import { drawTable } from './form-table';
import { field } from './form-text';
import { finishDocument } from './pdf-document';
import { formatVietnamDateTime, formatVietnamShortDateTime } from './vietnam-date-format';

/** Timeliness of a step, as the sheet's result column asks. */
export type StepResult = 'early' | 'on_time' | 'late';

const RESULT_LABELS: Record<StepResult, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};

/** One handover of the dossier between units or people. */
export interface ProcessStep {
  handoverFrom: string;
  handoverTo: string;
  at: Date;
  /** Absent while the step is still in progress. */
  result?: StepResult;
  note?: string;
}

/** Form 06: process control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ). */
export interface ProcessControlSheetData extends IssuedFormData {
  dueAt: Date;
  steps: readonly ProcessStep[];
}

/**
 * Form 06 (Circular 01/2018 form 05; Circular 03/2025 Appendix I form 06). The layout
 * approximates the official template on A5.
 */
export async function renderProcessControlSheet(data: ProcessControlSheetData): Promise<Buffer> {
  const doc = await startForm('06', data, data.issuedAt);
  field(doc, 'Ông/bà (tổ chức)', data.applicant.fullName);
  field(doc, 'Thủ tục', `${data.procedure.name} (mã thủ tục ${data.procedure.code})`);
  field(doc, 'Thời gian nhận hồ sơ', formatVietnamDateTime(data.receivedAt));
  field(doc, 'Thời gian trả kết quả', formatVietnamDateTime(data.dueAt));
  drawTable(
    doc,
    [
      { header: 'STT', share: 0.07, align: 'center' },
      { header: 'Giao - Nhận hồ sơ', share: 0.38 },
      { header: 'Thời gian giao, nhận', share: 0.2, align: 'center' },
      { header: 'Kết quả (trước hạn/ đúng hạn/ quá hạn)', share: 0.17, align: 'center' },
      { header: 'Ghi chú', share: 0.18 },
    ],
    data.steps.map((s, i) => [
      String(i + 1),
      `Giao: ${s.handoverFrom}\nNhận: ${s.handoverTo}`,
      formatVietnamShortDateTime(s.at),
      s.result ? RESULT_LABELS[s.result] : '',
      s.note ?? '',
    ]),
  );
  return finishDocument(doc);
}
