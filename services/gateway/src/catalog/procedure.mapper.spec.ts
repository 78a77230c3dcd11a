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
        interAgencySteps: null,
        requiredAssuranceLevel: null,
        components: [{ name: 'Tờ khai', copies: null, required: null }],
      }),
    ]);
    expect(mapped).toMatchObject({
      status: undefined,
      validFrom: undefined,
      fees: undefined,
      legalBasis: undefined,
      interAgencySteps: undefined,
      requiredAssuranceLevel: undefined,
      onlineDuration: null,
      components: [{ name: 'Tờ khai', copies: undefined, required: undefined }],
    });
  });

  it('passes an inter-agency chain on, a step without agency as null (the competent agency)', () => {
    const days = (value: number) => ({ value, unit: 'WORKING_DAYS' as const });
    const [{ row: mapped }] = toImportRows([
      row({
        interAgencySteps: [
          { title: 'Thẩm định', duration: days(3) },
          { title: 'Nghĩa vụ tài chính', agencyCode: '000.00.10.H26', duration: days(2) },
        ],
      }),
    ]);
    expect(mapped).toMatchObject({
      interAgencySteps: [
        { title: 'Thẩm định', agencyCode: null, duration: days(3) },
        { title: 'Nghĩa vụ tài chính', agencyCode: '000.00.10.H26', duration: days(2) },
      ],
    });
  });

  it('passes the required e-ID assurance level on', () => {
    const [{ row: mapped }] = toImportRows([row({ requiredAssuranceLevel: 2 })]);
    expect(mapped).toMatchObject({ requiredAssuranceLevel: 2 });
  });
});
