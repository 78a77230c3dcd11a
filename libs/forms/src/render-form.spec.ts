import type { FormKind } from './form-kind';
import { type FormDataByKind, renderForm } from './render-form';
import {
  apologyExtensionData,
  processControlSheetData,
  receiptSlipData,
  refusalData,
  stopNoticeData,
  supplementRequestData,
} from './testing/form-fixtures';
import { hasImageXObject, inspectPdf, mediaBoxes } from './testing/pdf-inspect';

const BEFORE = new Date('2025-06-30T16:59:00Z'); // 2025-06-30 23:59 in Vietnam
const AFTER = new Date('2025-06-30T17:00:00Z'); // 2025-07-01 00:00 in Vietnam

function examples(receivedAt: Date): { [K in FormKind]: FormDataByKind[K] } {
  return {
    '01': receiptSlipData({ receivedAt }),
    '02': supplementRequestData({ receivedAt }),
    '03': refusalData({ receivedAt }),
    '04': apologyExtensionData({ receivedAt }),
    '05': stopNoticeData({ receivedAt }),
    '06': processControlSheetData({ receivedAt }),
  };
}

function render<K extends FormKind>(kind: K, receivedAt: Date): Promise<Buffer> {
  return renderForm(kind, examples(receivedAt)[kind]);
}

describe(renderForm.name, () => {
  it.each<FormKind>(['01', '02', '03', '04', '05', '06'])(
    'renders form %s as an A5 PDF with a QR image and the 2025 legal basis when received on 2025-07-01',
    async (kind) => {
      const pdf = await inspectPdf(await render(kind, AFTER));

      expect(mediaBoxes(pdf.raw)).toEqual(['[0 0 419.53 595.28]']);
      expect(hasImageXObject(pdf.raw)).toBe(true);
      expect(pdf.text).toContain('Nghị định số 118/2025/NĐ-CP');
      expect(pdf.text).toContain('Thông tư số 03/2025/TT-VPCP');
      expect(pdf.text).not.toContain('61/2018');
    },
  );

  it.each<FormKind>(['01', '02', '03', '04', '06'])(
    'cites Decree 61/2018 and Circular 01/2018 for form %s when received on 2025-06-30',
    async (kind) => {
      const pdf = await inspectPdf(await render(kind, BEFORE));

      expect(pdf.text).toContain('Nghị định số 61/2018/NĐ-CP');
      expect(pdf.text).toContain('Thông tư số 01/2018/TT-VPCP');
      expect(pdf.text).not.toContain('118/2025');
    },
  );

  it('rejects form 05 with a RangeError when received before 2025-07-01', async () => {
    await expect(render('05', BEFORE)).rejects.toThrow(RangeError);
  });

  it('produces identical bytes when rendering the same data twice', async () => {
    const [a, b] = await Promise.all([render('01', AFTER), render('01', AFTER)]);

    expect(a.equals(b)).toBe(true);
  });
});
