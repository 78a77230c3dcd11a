import { renderSupplementRequest } from './supplement-request.form';
import { DOSSIER_CODE, supplementRequestData } from './testing/form-fixtures';
import { hasImageXObject, inspectPdf, mediaBoxes } from './testing/pdf-inspect';

describe(renderSupplementRequest.name, () => {
  it('lists the missing components with reasons and the deadline note when asked once', async () => {
    const pdf = await inspectPdf(await renderSupplementRequest(supplementRequestData()));

    expect(mediaBoxes(pdf.raw)).toEqual(['[0 0 419.53 595.28]']);
    expect(hasImageXObject(pdf.raw)).toBe(true);
    for (const expected of [
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      DOSSIER_CODE,
      'Nguyễn Thị Lan',
      'Đăng ký khai sinh',
      'Thiếu bản sao có chứng thực',
      'Trong vòng 05 ngày làm việc kể từ ngày nhận phiếu này',
      '10 giờ 00 phút, ngày 09 tháng 01 năm 2026',
      'Hà Nội, ngày 12 tháng 01 năm 2026',
      '024 3825 1234',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });
});
