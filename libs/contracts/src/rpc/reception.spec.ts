import { phoneSchema, submitDossierRequestSchema } from './reception';

describe('phoneSchema', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['091 234 5678', '0912345678'],
    ['091.234.5678', '0912345678'],
  ])('normalises %p', (input, expected) => {
    expect(phoneSchema.parse(input)).toBe(expected);
  });

  it.each(['12345', '84912345678', '09123456789', 'abc'])('refuses %p', (input) => {
    expect(phoneSchema.safeParse(input).success).toBe(false);
  });
});

describe('submitDossierRequestSchema', () => {
  const valid = {
    idempotencyKey: 'key-00000001',
    procedureCode: '1.001193',
    branchId: 'hn-ba-dinh',
    applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345', phone: '0912345678' },
  };

  it('defaults the channel to COUNTER', () => {
    expect(submitDossierRequestSchema.parse(valid).channel).toBe('COUNTER');
  });

  it('reports every bad field at once', () => {
    const result = submitDossierRequestSchema.safeParse({
      ...valid,
      procedureCode: 'x',
      applicant: { fullName: '', personalId: '1', phone: '2' },
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'procedureCode',
        'applicant.fullName',
        'applicant.personalId',
        'applicant.phone',
      ]),
    );
  });

  it("takes an optional representative by personal ID, checked like the applicant's", () => {
    expect(
      submitDossierRequestSchema.parse({ ...valid, representativePersonalId: '001085054321' })
        .representativePersonalId,
    ).toBe('001085054321');
    const result = submitDossierRequestSchema.safeParse({
      ...valid,
      representativePersonalId: '12',
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['representativePersonalId']);
  });
});
