import { renderReceiptSlip } from './receipt-slip.form';
import { DOSSIER_CODE, receiptSlipData } from './testing/form-fixtures';
import { hasImageXObject, inspectPdf, mediaBoxes } from './testing/pdf-inspect';

describe(renderReceiptSlip.name, () => {
  it('prints the slip with motto, names, components and Vietnam times when given a receipt', async () => {
    const pdf = await inspectPdf(await renderReceiptSlip(receiptSlipData()));

    expect(pdf.numpages).toBe(1);
    expect(mediaBoxes(pdf.raw)).toEqual(['[0 0 419.53 595.28]']);
    expect(hasImageXObject(pdf.raw)).toBe(true);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Mẫu số 01',
      `Mã hồ sơ: ${DOSSIER_CODE}`,
      'Nguyễn Thị Lan',
      'Đăng ký khai sinh',
      'Tờ khai đăng ký khai sinh',
      'Trần Văn Đức',
      '10 giờ 00 phút, ngày 09 tháng 01 năm 2026',
      '16 giờ 30 phút, ngày 14 tháng 01 năm 2026',
      'Hà Nội, ngày 09 tháng 01 năm 2026',
      'Trực tiếp tại Chi nhánh số 1',
      'Nghị định số 118/2025/NĐ-CP',
    ]) {
      expect(pdf.text).toContain(expected);
    }
  });

  it('paginates with every page A5 when there are many components', async () => {
    const components = Array.from({ length: 60 }, (_, i) => ({
      name: `Giấy tờ số ${i + 1}: bản trích lục hộ tịch có xác nhận của cơ quan đăng ký`,
      copies: 1,
      original: i % 2 === 0,
    }));
    const pdf = await inspectPdf(await renderReceiptSlip(receiptSlipData({ components })));

    expect(pdf.numpages).toBeGreaterThan(1);
    expect(mediaBoxes(pdf.raw)).toEqual(Array(pdf.numpages).fill('[0 0 419.53 595.28]'));
    expect(pdf.text).toContain('Giấy tờ số 60');
    expect(pdf.text).toContain(`Trang ${pdf.numpages}/${pdf.numpages}`);
  });

  it('wraps a long address instead of cutting it when it exceeds the line', async () => {
    const address = `Thôn Đông, ${'xã Yên Phong mở rộng, '.repeat(8)}tỉnh Bắc Ninh`;
    const data = receiptSlipData();
    const pdf = await inspectPdf(
      await renderReceiptSlip({ ...data, applicant: { ...data.applicant, address } }),
    );

    expect(pdf.text).toContain(address);
  });

  it('prints the postal return when the result goes by post', async () => {
    const pdf = await inspectPdf(
      await renderReceiptSlip(receiptSlipData({ returnMethod: 'post' })),
    );

    expect(pdf.text).toContain('Qua dịch vụ bưu chính công ích');
  });
});
