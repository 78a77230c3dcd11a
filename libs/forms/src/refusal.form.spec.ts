import { renderRefusal } from './refusal.form';
import { DOSSIER_CODE, refusalData } from './testing/form-fixtures';
import { hasImageXObject, inspectPdf, mediaBoxes } from './testing/pdf-inspect';

describe(renderRefusal.name, () => {
  it('prints the numbered reasons when the dossier is refused', async () => {
    const reasons = [
      'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan',
      'Người nộp không có giấy tờ tùy thân hợp lệ',
    ];
    const pdf = await inspectPdf(await renderRefusal(refusalData({ reasons })));

    expect(mediaBoxes(pdf.raw)).toEqual(['[0 0 419.53 595.28]']);
    expect(hasImageXObject(pdf.raw)).toBe(true);
    for (const expected of [
      'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
      DOSSIER_CODE,
      'Nguyễn Thị Lan',
      'Đăng ký khai sinh',
      reasons[0],
      reasons[1],
      '10 giờ 00 phút, ngày 09 tháng 01 năm 2026',
    ]) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).toMatch(/1\. ?Hồ sơ không thuộc.* 2\. ?Người nộp/);
  });

  it('rejects with a RangeError when no reason is given', async () => {
    await expect(renderRefusal(refusalData({ reasons: [] }))).rejects.toThrow(RangeError);
  });
});
