import { interAgencyStepsSchema, procedureDefinitionSchema } from './procedure-definition';

const days = (value: number) => ({ value, unit: 'WORKING_DAYS' as const });
const step = (agencyCode: string | null = null) => ({
  title: 'Bước',
  agencyCode,
  duration: days(5),
});

describe('interAgencyStepsSchema', () => {
  it('accepts no chain, or 2 to 10 steps starting at the competent agency', () => {
    expect(interAgencyStepsSchema.safeParse([]).success).toBe(true);
    expect(
      interAgencyStepsSchema.parse([{ title: 'Thẩm định', duration: days(3) }, step('X')]),
    ).toEqual([{ title: 'Thẩm định', agencyCode: null, duration: days(3) }, step('X')]);
    expect(interAgencyStepsSchema.safeParse(Array.from({ length: 10 }, () => step())).success).toBe(
      true,
    );
  });

  it('refuses a lone step, more than ten, and a first step at a named agency', () => {
    const paths = (steps: unknown[]) =>
      interAgencyStepsSchema.safeParse(steps).error?.issues.map((i) => i.path.join('.'));
    expect(paths([step()])).toEqual(['']);
    expect(paths(Array.from({ length: 11 }, () => step()))).toEqual(['']);
    expect(paths([step('000.00.10.H26'), step()])).toEqual(['0.agencyCode']);
  });
});

describe('procedureDefinitionSchema', () => {
  const definition = {
    code: '9.000001',
    name: 'Cấp giấy phép thử nghiệm',
    fieldCode: 'G09-TN01',
    fieldName: 'Thử nghiệm',
    levels: [{ level: 'PROVINCE', competentAgencyKind: 'DEPARTMENT' }],
    duration: { value: 5, unit: 'WORKING_DAYS' },
    resultType: 'Giấy phép',
    onlineLevel: 'FULL',
    boundaryFreeScope: 'PROVINCE',
  };

  it('requires e-ID assurance level 1 unless the definition says 2', () => {
    expect(procedureDefinitionSchema.parse(definition).requiredAssuranceLevel).toBe(1);
    expect(
      procedureDefinitionSchema.parse({ ...definition, requiredAssuranceLevel: 2 })
        .requiredAssuranceLevel,
    ).toBe(2);
  });

  it('refuses an assurance level other than 1 or 2', () => {
    for (const level of [0, 3, 1.5, '2'])
      expect(
        procedureDefinitionSchema
          .safeParse({ ...definition, requiredAssuranceLevel: level })
          .error?.issues.map((i) => i.path.join('.')),
      ).toEqual(['requiredAssuranceLevel']);
  });
});
