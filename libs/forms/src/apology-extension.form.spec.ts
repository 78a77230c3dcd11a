import { renderApologyExtension } from './apology-extension.form';
import { apologyExtensionData, DOSSIER_CODE } from './testing/form-fixtures';
import { hasImageXObject, inspectPdf, mediaBoxes } from './testing/pdf-inspect';

describe(renderApologyExtension.name, () => {
  it('prints the original and the new due dates with the reason when a dossier is late', async () => {
    const pdf = await inspectPdf(await renderApologyExtension(apologyExtensionData()));

    expect(mediaBoxes(pdf.raw)).toEqual(['[0 0 419.53 595.28]']);
    expect(hasImageXObject(pdf.raw)).toBe(true);
    for (const expected of [
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      DOSSIER_CODE,
      'Nguyễn Thị Lan',
      'Đăng ký khai sinh',
      '16 giờ 30 phút, ngày 14 tháng 01 năm 2026',
      '16 giờ 30 phút, ngày 19 tháng 01 năm 2026',
      'Cần xác minh thông tin với cơ quan đăng ký hộ tịch nơi cư trú trước đây',
      'Lê Minh Hằng',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('rejects with a RangeError when the new due date is not later', async () => {
    const data = apologyExtensionData();
    await expect(renderApologyExtension({ ...data, newDueAt: data.originalDueAt })).rejects.toThrow(
      RangeError,
    );
  });
});
