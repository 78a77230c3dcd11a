import { renderProcessControlSheet } from './process-control-sheet.form';
import { DOSSIER_CODE, processControlSheetData } from './testing/form-fixtures';
import { hasImageXObject, inspectPdf, mediaBoxes } from './testing/pdf-inspect';

describe(renderProcessControlSheet.name, () => {
  it('prints one row per handover with time and result when steps are logged', async () => {
    const pdf = await inspectPdf(await renderProcessControlSheet(processControlSheetData()));

    expect(mediaBoxes(pdf.raw)).toEqual(['[0 0 419.53 595.28]']);
    expect(hasImageXObject(pdf.raw)).toBe(true);
    for (const expected of [
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 06',
      DOSSIER_CODE,
      'Nguyễn Thị Lan',
      'Đăng ký khai sinh',
      '10 giờ 00 phút, ngày 09 tháng 01 năm 2026',
      '11:30 09/01/2026',
      '09:00 12/01/2026',
      'Đúng hạn',
      'Trước hạn',
      'Trình ký',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('numbers the sheet 05 and cites Circular 01/2018 when received before 2025-07-01', async () => {
    const data = processControlSheetData({ receivedAt: new Date('2025-06-20T02:00:00Z') });
    const pdf = await inspectPdf(await renderProcessControlSheet(data));

    expect(pdf.text).toContain('Mẫu số 05');
    expect(pdf.text).toContain('Thông tư số 01/2018/TT-VPCP');
  });
});
