import { PassThrough, type Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { DossierReportRow } from '@motcua/contracts';

type Column = { header: string; value: (r: DossierReportRow) => string | number | null };

const percent = (v: number | null) => (v === null ? null : Math.round(v * 10_000) / 100);

/** The export's columns with the Vietnamese headings of the usual report forms. */
export const REPORT_COLUMNS: readonly Column[] = [
  { header: 'Kỳ báo cáo', value: (r) => r.period },
  { header: 'Đơn vị (tenant)', value: (r) => r.tenant },
  { header: 'Chi nhánh tiếp nhận', value: (r) => r.branchId },
  { header: 'Cơ quan giải quyết', value: (r) => r.agencyCode },
  { header: 'Mã thủ tục', value: (r) => r.procedureCode },
  { header: 'Lĩnh vực', value: (r) => r.fieldCode },
  { header: 'Tồn kỳ trước chuyển sang', value: (r) => r.carriedOver },
  { header: 'Tiếp nhận trực tuyến', value: (r) => r.receivedOnline },
  { header: 'Tiếp nhận trực tiếp', value: (r) => r.receivedCounter },
  { header: 'Tiếp nhận qua bưu chính', value: (r) => r.receivedPostal },
  { header: 'Tổng tiếp nhận trong kỳ', value: (r) => r.received },
  { header: 'Đã giải quyết trước hạn', value: (r) => r.finishedEarly },
  { header: 'Đã giải quyết đúng hạn', value: (r) => r.finishedOnTime },
  { header: 'Đã giải quyết quá hạn', value: (r) => r.finishedLate },
  { header: 'Từ chối, rút, dừng', value: (r) => r.closedWithoutResult },
  { header: 'Đang giải quyết trong hạn', value: (r) => r.inProgressWithinTime },
  { header: 'Đang giải quyết quá hạn', value: (r) => r.inProgressOverdue },
  { header: 'Tạm dừng (bổ sung, thanh toán)', value: (r) => r.paused },
  {
    header: 'Thời gian giải quyết trung bình (phút)',
    value: (r) =>
      r.averageProcessingMinutes === null ? null : Math.round(r.averageProcessingMinutes),
  },
  { header: 'Tỷ lệ đúng hạn (%)', value: (r) => percent(r.onTimeRate) },
  { header: 'Số lượt đánh giá', value: (r) => r.rated },
  { header: 'Tỷ lệ hài lòng (%)', value: (r) => percent(r.satisfactionRate) },
  { header: 'Tỷ lệ số hóa (%)', value: (r) => percent(r.digitizationRate) },
  { header: 'Tỷ lệ trực tuyến (%)', value: (r) => percent(r.onlineRate) },
];

/** The rows, then the totals labelled "Tổng cộng". */
function lines(rows: readonly DossierReportRow[], totals: DossierReportRow) {
  return [
    ...rows.map((r) => REPORT_COLUMNS.map((c) => c.value(r))),
    REPORT_COLUMNS.map((c, i) => (i === 0 ? 'Tổng cộng' : c.value(totals))),
  ];
}

/** CSV (UTF-8 with BOM so spreadsheet programs read the Vietnamese headings), streamed. */
export function reportCsv(rows: readonly DossierReportRow[], totals: DossierReportRow): Readable {
  const out = stringify({ header: true, columns: REPORT_COLUMNS.map((c) => c.header), bom: true });
  for (const line of lines(rows, totals)) out.write(line);
  out.end();
  return out;
}

/** An XLSX workbook of one sheet, streamed as it is written. */
export function reportXlsx(rows: readonly DossierReportRow[], totals: DossierReportRow): Readable {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Báo cáo hồ sơ');
  sheet.columns = REPORT_COLUMNS.map((c) => ({ header: c.header, width: 18 }));
  for (const line of lines(rows, totals)) sheet.addRow(line).commit();
  sheet.commit();
  workbook.commit().catch((err: unknown) => stream.destroy(err as Error));
  return stream;
}
