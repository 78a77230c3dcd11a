import { durationInDays, procedureImportRowSchema } from '@motcua/contracts';
import { DEMO_PROCEDURES } from '../demo-procedures';
import rows from './procedures.json';

// Lower-case Vietnamese letters with diacritics: every real procedure name has some.
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;

function parseAll() {
  return rows.map((row, index) => {
    const parsed = procedureImportRowSchema.safeParse(row);
    if (!parsed.success) throw new Error(`row ${index} (${row.code}): ${parsed.error.message}`);
    return parsed.data;
  });
}

describe('procedures.json (national demo procedure dataset)', () => {
  const procedures = parseAll();

  it('every row parses with procedureImportRowSchema as a published version 1 valid from 2025-07-01', () => {
    expect(procedures).toHaveLength(rows.length);
    for (const p of procedures) {
      expect({
        code: p.code,
        version: p.version,
        status: p.status,
        validFrom: p.validFrom,
      }).toEqual({
        code: p.code,
        version: 1,
        status: 'PUBLISHED',
        validFrom: '2025-07-01',
      });
    }
  });

  it('holds at least 85 procedures in at least 9 fields, with unique codes', () => {
    expect(procedures.length).toBeGreaterThanOrEqual(85);
    expect(new Set(procedures.map((p) => p.fieldCode)).size).toBeGreaterThanOrEqual(9);
    const codes = procedures.map((p) => p.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it('keeps every legacy demo procedure with its code, name, field, level, scope and duration', () => {
    const legacy = DEMO_PROCEDURES.filter((p) => p.tenant === 'hanoi');
    expect(legacy).toHaveLength(19);
    for (const old of legacy) {
      const p = procedures.find((candidate) => candidate.code === old.code);
      expect({
        code: p?.code,
        fieldCode: p?.fieldCode,
        name: p?.name,
        fieldName: p?.fieldName,
        level: p?.levels[0].level,
        boundaryFreeScope: p?.boundaryFreeScope,
        duration: p?.duration,
      }).toEqual({
        code: old.code,
        fieldCode: old.fieldCode,
        name: old.name,
        fieldName: old.fieldName,
        level: old.level,
        boundaryFreeScope: old.boundaryFreeScope,
        duration: { value: old.durationDays, unit: 'WORKING_DAYS' },
      });
    }
  });

  it('uses one field name per field code and the G09-XXnn field code shape', () => {
    const names = new Map<string, Set<string>>();
    for (const p of procedures) {
      expect(p.fieldCode).toMatch(/^G09-[A-Z]{2}\d{2}$/);
      names.set(p.fieldCode, (names.get(p.fieldCode) ?? new Set()).add(p.fieldName));
    }
    for (const [fieldCode, set] of names)
      expect({ fieldCode, names: set.size }).toEqual({ fieldCode, names: 1 });
  });

  it('gives commune-level procedures a commune committee or the police, and province-level ones a provincial agency', () => {
    for (const p of procedures) {
      expect(p.levels.length).toBeGreaterThanOrEqual(1);
      for (const l of p.levels) {
        const allowed =
          l.level === 'COMMUNE'
            ? ['COMMUNE_COMMITTEE', 'POLICE']
            : ['PROVINCE_COMMITTEE', 'DEPARTMENT', 'CENTRAL', 'POLICE'];
        expect({ code: p.code, kind: allowed.includes(l.competentAgencyKind) }).toEqual({
          code: p.code,
          kind: true,
        });
      }
    }
  });

  it('routes residence procedures to the police and keeps parcel-bound land procedures out of boundary-free reception', () => {
    for (const p of procedures.filter((q) => q.fieldCode === 'G09-CA01')) {
      expect({ code: p.code, kind: p.levels[0].competentAgencyKind }).toEqual({
        code: p.code,
        kind: 'POLICE',
      });
    }
    const land = procedures.filter((p) => p.fieldCode === 'G09-NM01');
    expect(land.filter((p) => p.boundaryFreeScope === 'NONE').length).toBeGreaterThan(
      land.length / 2,
    );
  });

  it('describes each procedure completely: Vietnamese name, components, result, legal basis, whole-day or hour durations', () => {
    for (const p of procedures) {
      const where = { code: p.code };
      expect({ ...where, vietnamese: VIETNAMESE.test(p.name) }).toEqual({
        ...where,
        vietnamese: true,
      });
      expect({ ...where, components: p.components.length > 0 }).toEqual({
        ...where,
        components: true,
      });
      expect({ ...where, legalBasis: p.legalBasis.length > 0 }).toEqual({
        ...where,
        legalBasis: true,
      });
      expect(p.resultType.length).toBeGreaterThan(3);
      expect(Number.isInteger(p.duration.value)).toBe(true);
      expect(durationInDays(p.duration)).toBeGreaterThanOrEqual(1);
    }
  });

  it('mixes working days with a few calendar-day and hour durations', () => {
    const units = new Set(procedures.map((p) => p.duration.unit));
    expect([...units].sort()).toEqual(['CALENDAR_DAYS', 'HOURS', 'WORKING_DAYS']);
    const workingDays = procedures.filter((p) => p.duration.unit === 'WORKING_DAYS').length;
    expect(workingDays).toBeGreaterThan(procedures.length * 0.8);
  });
});
