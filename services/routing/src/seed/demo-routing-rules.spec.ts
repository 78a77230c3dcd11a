// This TEST reads the catalog seed by relative path to check that the two seeds agree. Production
// code in services/routing must never import services/catalog (services only share libs/*).
import { procedureImportRowSchema } from '@motcua/contracts';
import procedureRows from '../../../catalog/src/seed/data/procedures.json';
import { DEMO_AGENCIES, DEMO_TENANTS, DEMO_UNITS } from '../../../catalog/src/seed';
import { DEMO_ROUTING_RULES, type RoutingRuleSeed } from './demo-routing-rules';

/** What routing needs of a procedure: the national dataset, the same list in every tenant. */
interface ProcedureFacts {
  tenant: string;
  code: string;
  fieldCode: string;
  level: 'PROVINCE' | 'COMMUNE' | 'CENTRAL';
}

const DATASET = procedureImportRowSchema.array().parse(procedureRows);
const PROCEDURES: ProcedureFacts[] = DEMO_TENANTS.flatMap((t) =>
  DATASET.map((p) => ({
    tenant: t.id,
    code: p.code,
    fieldCode: p.fieldCode,
    level: p.levels[0].level,
  })),
);

const EXPECTED_UNMATCHED: Record<string, string[]> = {
  hanoi: ['1.001776'],
  hcmc: ['1.010727'],
  'quang-ninh': ['2.000633'],
};

function matches(rule: RoutingRuleSeed, p: ProcedureFacts, jurisdictionUnitCode: string): boolean {
  const m = rule.match;
  return (
    rule.tenant === p.tenant &&
    (m.procedureCodes === undefined || m.procedureCodes.includes(p.code)) &&
    (m.fieldCodes === undefined || m.fieldCodes.includes(p.fieldCode)) &&
    (m.level === undefined || m.level === p.level) &&
    // Every channel: the dataset procedures must be routed whichever way they arrive.
    m.channels === undefined &&
    (m.jurisdictionUnitCodes === undefined ||
      m.jurisdictionUnitCodes.includes(jurisdictionUnitCode))
  );
}

function firstMatch(p: ProcedureFacts, jurisdictionUnitCode: string): RoutingRuleSeed | undefined {
  return [...DEMO_ROUTING_RULES]
    .sort((a, b) => a.priority - b.priority)
    .find((r) => matches(r, p, jurisdictionUnitCode));
}

const currentCommunes = (tenant: string) =>
  DEMO_UNITS.filter((u) => u.tenant === tenant && u.level === 'COMMUNE' && u.validTo === null).map(
    (u) => u.code,
  );

describe('demo routing rules', () => {
  it('ids are unique, priorities unique per tenant, tenants known, rules listed in priority order', () => {
    const ids = DEMO_ROUTING_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of DEMO_TENANTS) {
      const priorities = DEMO_ROUTING_RULES.filter((r) => r.tenant === t.id).map((r) => r.priority);
      expect(new Set(priorities).size).toBe(priorities.length);
      expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    }
    for (const r of DEMO_ROUTING_RULES) {
      expect(DEMO_TENANTS.map((t) => t.id)).toContain(r.tenant);
      expect(r.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(r.match).length).toBeGreaterThan(0);
    }
  });

  it('every AGENCY target is an agency of the same tenant in the catalog seed', () => {
    for (const r of DEMO_ROUTING_RULES) {
      if (r.target.kind !== 'AGENCY') continue;
      const code = r.target.agencyCode;
      const agency = DEMO_AGENCIES.find((a) => a.tenant === r.tenant && a.code === code);
      expect({ rule: r.id, found: agency !== undefined }).toEqual({ rule: r.id, found: true });
    }
  });

  it('match criteria refer to codes that exist in the procedure dataset and the unit seed', () => {
    for (const r of DEMO_ROUTING_RULES) {
      const procedures = PROCEDURES.filter((p) => p.tenant === r.tenant);
      for (const c of r.match.procedureCodes ?? [])
        expect(procedures.map((p) => p.code)).toContain(c);
      for (const f of r.match.fieldCodes ?? [])
        expect(procedures.map((p) => p.fieldCode)).toContain(f);
      for (const u of r.match.jurisdictionUnitCodes ?? [])
        expect(currentCommunes(r.tenant)).toContain(u);
    }
  });

  it('routes every dataset procedure in every tenant except exactly the documented ones (held for a supervisor)', () => {
    for (const t of DEMO_TENANTS) {
      const unmatched = PROCEDURES.filter(
        (p) =>
          p.tenant === t.id &&
          currentCommunes(t.id).every((unit) => firstMatch(p, unit) === undefined),
      ).map((p) => p.code);
      expect(unmatched.length).toBeGreaterThanOrEqual(1);
      expect(unmatched).toEqual(EXPECTED_UNMATCHED[t.id]);
    }
  });

  it('matched commune-level procedures go to the jurisdiction committee, province-level ones to a department', () => {
    for (const p of PROCEDURES) {
      for (const unit of currentCommunes(p.tenant)) {
        const rule = firstMatch(p, unit);
        if (rule === undefined) continue;
        if (p.level === 'COMMUNE') {
          expect({ code: p.code, target: rule.target.kind }).toEqual({
            code: p.code,
            target: 'JURISDICTION_COMMITTEE',
          });
        } else {
          expect(rule.target.kind).toBe('AGENCY');
          const code = rule.target.kind === 'AGENCY' ? rule.target.agencyCode : '';
          expect(DEMO_AGENCIES.find((a) => a.tenant === p.tenant && a.code === code)?.kind).toBe(
            'DEPARTMENT',
          );
        }
      }
    }
  });

  it('routes the judicial record to Sở Tư pháp and, in Quang Ninh, Van Don building permits to the economic zone board', () => {
    const judicial = PROCEDURES.find((p) => p.tenant === 'hanoi' && p.code === '2.000488')!;
    expect(firstMatch(judicial, '00070')?.target).toEqual({
      kind: 'AGENCY',
      agencyCode: '000.00.01.H26',
    });
    const permit = PROCEDURES.find((p) => p.tenant === 'quang-ninh' && p.code === '1.009974')!;
    expect(firstMatch(permit, '07192')?.target).toEqual({
      kind: 'AGENCY',
      agencyCode: '000.00.08.H49',
    });
    expect(firstMatch(permit, '06700')?.target).toEqual({
      kind: 'AGENCY',
      agencyCode: '000.00.03.H49',
    });
  });
});
