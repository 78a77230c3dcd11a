import { procedureImportRowSchema, type Procedure } from '@motcua/contracts';
import { CSV_COLUMNS, formatProcedureFile, parseProcedureFile } from './procedure-file-format';

const procedure = (overrides: Partial<Procedure> = {}): Procedure => ({
  code: '9.000001',
  tenant: 'hanoi',
  version: 1,
  status: 'PUBLISHED',
  name: 'Cấp giấy phép thử nghiệm',
  fieldCode: 'G09-TN01',
  fieldName: 'Thử nghiệm',
  level: 'PROVINCE',
  levels: [{ level: 'PROVINCE', competentAgencyKind: 'DEPARTMENT' }],
  duration: { value: 5, unit: 'WORKING_DAYS' },
  durationDays: 5,
  onlineDuration: null,
  fees: [],
  components: [],
  resultType: 'Giấy phép',
  onlineLevel: 'FULL',
  boundaryFreeScope: 'PROVINCE',
  jurisdictionBasis: 'RESIDENCE',
  legalBasis: [],
  interAgencySteps: [],
  requiredAssuranceLevel: 2,
  validFrom: '2025-07-01',
  validTo: null,
  publishedAt: '2025-06-20T02:00:00.000Z',
  ...overrides,
});

/** What import makes of a file's rows. */
const importRows = (format: 'csv' | 'json', text: string) =>
  parseProcedureFile(format, text).map(({ row }) => procedureImportRowSchema.parse(row));

describe(formatProcedureFile.name, () => {
  it.each(['csv', 'json'] as const)(
    'writes the required assurance level to %s and reads it back as a number',
    (format) => {
      const text = formatProcedureFile(format, [
        procedure(),
        procedure({ code: '9.000002', requiredAssuranceLevel: 1 }),
      ]);
      expect(importRows(format, text).map((r) => [r.code, r.requiredAssuranceLevel])).toEqual([
        ['9.000001', 2],
        ['9.000002', 1],
      ]);
    },
  );

  it('puts the assurance level in the last CSV column', () => {
    expect(CSV_COLUMNS.at(-1)).toBe('requiredAssuranceLevel');
  });
});

describe(parseProcedureFile.name, () => {
  it('imports a CSV written before the assurance column existed, at level 1', () => {
    const current = formatProcedureFile('csv', [procedure()]);
    // The same file as an older export wrote it: without the last column.
    const older = current
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(0, line.lastIndexOf(',')))
      .join('\n');
    expect(older.split('\n')[0]).not.toContain('requiredAssuranceLevel');
    expect(importRows('csv', older)).toEqual([
      expect.objectContaining({ code: '9.000001', requiredAssuranceLevel: 1 }),
    ]);
  });

  it('takes an empty cell as the default and passes a non-number on for the catalog to report', () => {
    const [header] = formatProcedureFile('csv', []).split('\n');
    const cells = (level: string) =>
      formatProcedureFile('csv', [procedure()])
        .trimEnd()
        .split('\n')[1]
        .replace(/,2$/, `,${level}`);
    const [empty, word] = parseProcedureFile(
      'csv',
      `${header}\n${cells('')}\n${cells('hai')}\n`,
    ).map((r) => r.row as Record<string, unknown>);
    expect(empty.requiredAssuranceLevel).toBeUndefined();
    expect(procedureImportRowSchema.parse(empty).requiredAssuranceLevel).toBe(1);
    expect(word.requiredAssuranceLevel).toBe('hai');
    expect(
      procedureImportRowSchema.safeParse(word).error?.issues.map((i) => i.path.join('.')),
    ).toEqual(['requiredAssuranceLevel']);
  });
});
