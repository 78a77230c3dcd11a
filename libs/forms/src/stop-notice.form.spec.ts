import { renderStopNotice } from './stop-notice.form';
import { DOSSIER_CODE, stopNoticeData } from './testing/form-fixtures';
import { hasImageXObject, inspectPdf, mediaBoxes } from './testing/pdf-inspect';

describe(renderStopNotice.name, () => {
  it('prints the reason and legal basis when received under Decree 118', async () => {
    const pdf = await inspectPdf(await renderStopNotice(stopNoticeData()));

    expect(mediaBoxes(pdf.raw)).toEqual(['[0 0 419.53 595.28]']);
    expect(hasImageXObject(pdf.raw)).toBe(true);
    for (const expected of [
      'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
      'Mẫu số 05',
      DOSSIER_CODE,
      'Nguyễn Thị Lan',
      'Đăng ký khai sinh',
      'Người yêu cầu đề nghị dừng giải quyết hồ sơ',
      'Hà Nội, ngày 12 tháng 01 năm 2026',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('rejects with a RangeError when the dossier was received before 2025-07-01', async () => {
    const data = stopNoticeData({ receivedAt: new Date('2025-06-30T09:00:00Z') });
    await expect(renderStopNotice(data)).rejects.toThrow(RangeError);
  });
});
