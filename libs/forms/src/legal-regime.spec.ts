import { formTemplateFor, legalBasisFor, legalRegimeAt } from './legal-regime';

const LAST_OLD = new Date('2025-06-30T16:59:59.999Z'); // 2025-06-30 23:59:59.999 in Vietnam
const FIRST_NEW = new Date('2025-06-30T17:00:00.000Z'); // 2025-07-01 00:00 in Vietnam

describe(legalRegimeAt.name, () => {
  it('switches to the 2025 regime at midnight Vietnam time on 2025-07-01', () => {
    expect(legalRegimeAt(LAST_OLD)).toBe('2018');
    expect(legalRegimeAt(FIRST_NEW)).toBe('2025');
  });
});

describe(legalBasisFor.name, () => {
  it('cites Decree 118/2025 and Circular 03/2025 when received on or after 2025-07-01', () => {
    expect(legalBasisFor(FIRST_NEW).line).toBe(
      'Theo Nghị định số 118/2025/NĐ-CP và Thông tư số 03/2025/TT-VPCP',
    );
  });

  it('cites Decree 61/2018 and Circular 01/2018 when received before 2025-07-01', () => {
    expect(legalBasisFor(LAST_OLD).line).toBe(
      'Theo Nghị định số 61/2018/NĐ-CP và Thông tư số 01/2018/TT-VPCP',
    );
  });
});

describe(formTemplateFor.name, () => {
  it('numbers the process control sheet 05 when under Circular 01/2018', () => {
    expect(formTemplateFor('06', LAST_OLD).number).toBe('05');
    expect(formTemplateFor('06', FIRST_NEW).number).toBe('06');
  });

  it('throws a RangeError for the stop notice when received before 2025-07-01', () => {
    expect(() => formTemplateFor('05', LAST_OLD)).toThrow(RangeError);
    expect(formTemplateFor('05', FIRST_NEW).title).toBe('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
  });
});
