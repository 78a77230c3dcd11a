import { toImportRows } from './procedure.mapper';
import type { ProcedureImportRowInput } from './procedure-import-row.input';

const row = (overrides: Partial<ProcedureImportRowInput> = {}): ProcedureImportRowInput => ({
  code: '9.000001',
  name: 'Cấp giấy phép thử nghiệm',
  fieldCode: 'G09-TN01',
  fieldName: 'Thử nghiệm',
  levels: [{ level: 'PROVINCE', competentAgencyKind: 'DEPARTMENT' }],
  duration: { value: 5, unit: 'WORKING_DAYS' },
  resultType: 'Giấy phép',
  onlineLevel: 'FULL',
  boundaryFreeScope: 'PROVINCE',
  version: 1,
  ...overrides,
});

describe(toImportRows.name, () => {
  it('numbers rows by position from 1', () => {
    expect(toImportRows([row(), row({ code: '9.000002' })]).map((r) => r.line)).toEqual([1, 2]);
  });

  it('leaves out fields given as null so the contract defaults apply', () => {
    const [{ row: mapped }] = toImportRows([
      row({
        status: null,
        validFrom: null,
        fees: null,
        legalBasis: null,
        components: [{ name: 'Tờ khai', copies: null, required: null }],
      }),
    ]);
    expect(mapped).toMatchObject({
      status: undefined,
      validFrom: undefined,
      fees: undefined,
      legalBasis: undefined,
      onlineDuration: null,
      components: [{ name: 'Tờ khai', copies: undefined, required: undefined }],
    });
  });
});
