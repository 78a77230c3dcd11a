import {
  administrativeUnitSchema,
  agencySchema,
  AGENCY_CODE_PATTERN,
  branchSchema,
  procedureImportRowSchema,
  tenantSchema,
  workingCalendarSchema,
} from '@motcua/contracts';
import {
  DEMO_AGENCIES,
  DEMO_BRANCHES,
  DEMO_CALENDARS,
  DEMO_PROCEDURES,
  DEMO_TENANTS,
  DEMO_UNITS,
} from '.';
import { DEMO_CHAINS } from './demo-chains';
import { LEVEL_2_PROCEDURE_CODES, demoProcedureRows } from './demo-procedure-rows';

const tenantIds = DEMO_TENANTS.map((t) => t.id);

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

describe('demo catalog seed', () => {
  it('every record passes its contract schema', () => {
    for (const t of DEMO_TENANTS) expect(tenantSchema.parse(t)).toEqual(t);
    for (const u of DEMO_UNITS) expect(administrativeUnitSchema.parse(u)).toEqual(u);
    for (const a of DEMO_AGENCIES) expect(agencySchema.parse(a)).toEqual(a);
    for (const b of DEMO_BRANCHES) expect(branchSchema.parse(b)).toEqual(b);
    for (const t of DEMO_TENANTS) {
      for (const row of demoProcedureRows(t.id))
        expect(procedureImportRowSchema.safeParse(row).success).toBe(true);
    }
    for (const c of DEMO_CALENDARS) expect(workingCalendarSchema.parse(c)).toEqual(c);
  });

  it('has the three seed tenants with their statistics and agency codes', () => {
    expect(DEMO_TENANTS.map((t) => [t.id, t.statisticsCode, t.agencyCode])).toEqual([
      ['hanoi', '01', '000.00.00.H26'],
      ['hcmc', '79', '000.00.00.H29'],
      ['quang-ninh', '22', '000.00.00.H49'],
    ]);
    expect(duplicates(tenantIds)).toEqual([]);
  });

  it('tenants run on Vietnam time in Vietnamese and are as old as their province unit', () => {
    for (const t of DEMO_TENANTS) {
      expect(t).toMatchObject({
        timeZone: 'Asia/Ho_Chi_Minh',
        settings: { defaultLocale: 'vi' },
        validTo: null,
        successorId: null,
      });
      const province = DEMO_UNITS.find((u) => u.tenant === t.id && u.code === t.statisticsCode);
      expect(t.validFrom).toBe(province?.validFrom);
    }
  });

  it('every record belongs to a known tenant', () => {
    for (const r of [
      ...DEMO_UNITS,
      ...DEMO_AGENCIES,
      ...DEMO_BRANCHES,
      ...DEMO_PROCEDURES,
      ...DEMO_CALENDARS,
    ]) {
      expect(tenantIds).toContain(r.tenant);
    }
    expect(DEMO_CALENDARS.map((c) => c.tenant).sort()).toEqual([...tenantIds].sort());
  });

  it('keys are unique: unit and procedure codes per tenant, agency codes and branch ids globally', () => {
    for (const tenant of tenantIds) {
      expect(duplicates(DEMO_UNITS.filter((u) => u.tenant === tenant).map((u) => u.code))).toEqual(
        [],
      );
      expect(
        duplicates(
          DEMO_PROCEDURES.filter((p) => p.tenant === tenant).map((p) => `${p.code}@${p.version}`),
        ),
      ).toEqual([]);
    }
    expect(duplicates(DEMO_AGENCIES.map((a) => a.code))).toEqual([]);
    expect(duplicates(DEMO_BRANCHES.map((b) => b.id))).toEqual([]);
  });

  it('unit codes: 2-digit statistics code for provinces, 3 digits for districts, 5 for communes', () => {
    const pattern = { PROVINCE: /^\d{2}$/, DISTRICT: /^\d{3}$/, COMMUNE: /^\d{5}$/ };
    for (const u of DEMO_UNITS) expect(u.code).toMatch(pattern[u.level]);
    for (const t of DEMO_TENANTS) {
      const province = DEMO_UNITS.find((u) => u.tenant === t.id && u.code === t.statisticsCode);
      expect(province).toMatchObject({ level: 'PROVINCE', validTo: null });
    }
  });

  it('unit links (parent, successor, region) resolve within the tenant and validity is consistent', () => {
    const depth = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };
    for (const u of DEMO_UNITS) {
      const sameTenant = DEMO_UNITS.filter((x) => x.tenant === u.tenant);
      if (u.parentCode !== null) {
        // The parent is a level above and exists for the whole life of the unit.
        const parent = sameTenant.find((x) => x.code === u.parentCode)!;
        expect(parent).toBeDefined();
        expect(depth[parent.level]).toBeLessThan(depth[u.level]);
        expect(parent.validFrom <= u.validFrom).toBe(true);
        if (parent.validTo !== null) expect(u.validTo! <= parent.validTo).toBe(true);
      } else {
        expect(u.level).toBe('PROVINCE');
      }
      expect(u.successorCode).toBe(u.successorCodes?.[0] ?? null);
      expect(duplicates(u.successorCodes ?? [])).toEqual([]);
      for (const code of u.successorCodes ?? []) {
        // A successor takes over the day after the unit ends, at the same level.
        const successor = sameTenant.find((x) => x.code === code);
        expect(successor).toBeDefined();
        expect(u.validTo).not.toBeNull();
        expect(successor!.validTo).toBeNull();
        expect(successor!.level).toBe(u.level);
        expect(successor!.validFrom <= '2025-07-01').toBe(true);
      }
      if (u.validTo !== null) expect(u.validTo >= u.validFrom).toBe(true);
      if (u.region !== null) {
        const tenant = DEMO_TENANTS.find((t) => t.id === u.tenant)!;
        expect(tenant.regions.map((r) => r.code)).toContain(u.region);
      }
    }
  });

  it("keeps Binh Duong's history: province 74, its districts and former wards closed on 2025-06-30", () => {
    const bd = DEMO_UNITS.find((u) => u.code === '74');
    expect(bd).toMatchObject({
      tenant: 'hcmc',
      level: 'PROVINCE',
      validTo: '2025-06-30',
      successorCode: '79',
      region: 'binh-duong',
    });
    const districts = DEMO_UNITS.filter((u) => u.parentCode === '74');
    expect(districts.map((d) => [d.code, d.level])).toEqual([
      ['718', 'DISTRICT'],
      ['724', 'DISTRICT'],
    ]);
    const formerWards = DEMO_UNITS.filter((u) => ['718', '724'].includes(u.parentCode ?? ''));
    expect(formerWards.length).toBeGreaterThanOrEqual(3);
    for (const u of [...districts, ...formerWards])
      expect(u).toMatchObject({ validTo: '2025-06-30', region: 'binh-duong' });
  });

  it('shows the 2025 reorganization: every district ended, wards merged, some split in two', () => {
    for (const u of DEMO_UNITS.filter((x) => x.level === 'DISTRICT'))
      expect(u).toMatchObject({ validTo: '2025-06-30', successorCodes: [] });
    const ended = DEMO_UNITS.filter((u) => u.level === 'COMMUNE' && u.validTo !== null);
    for (const u of ended) expect(u.successorCodes?.length).toBeGreaterThanOrEqual(1);
    const split = ended.filter((u) => (u.successorCodes?.length ?? 0) > 1);
    expect(split.map((u) => [u.tenant, u.code, u.successorCodes])).toEqual([
      ['hanoi', '00055', ['00070', '00004']],
      ['hcmc', '25741', ['25747', '25744']],
    ]);
  });

  it('agency codes follow QCVN 102 and carry the tenant suffix; unitCode only on committees', () => {
    for (const a of DEMO_AGENCIES) {
      const tenant = DEMO_TENANTS.find((t) => t.id === a.tenant)!;
      expect(a.code).toMatch(AGENCY_CODE_PATTERN);
      expect(a.code.slice(-3)).toBe(tenant.agencyCode.slice(-3));
      if (a.kind === 'PROVINCE_COMMITTEE') {
        expect(a.code).toBe(tenant.agencyCode);
        expect(a.unitCode).toBe(tenant.statisticsCode);
      } else if (a.kind === 'COMMUNE_COMMITTEE') {
        const unit = DEMO_UNITS.find((u) => u.tenant === a.tenant && u.code === a.unitCode);
        expect(unit).toMatchObject({ level: 'COMMUNE', validTo: null });
      } else {
        expect(a.unitCode).toBeNull();
      }
    }
  });

  it('agencies: level by kind, a jurisdiction of current units, fields of the procedure dataset', () => {
    const fieldCodes = new Set(
      tenantIds.flatMap((t) => demoProcedureRows(t).map((row) => row.fieldCode)),
    );
    for (const a of DEMO_AGENCIES) {
      expect(a.level).toBe(a.kind === 'COMMUNE_COMMITTEE' ? 'COMMUNE' : 'PROVINCE');
      expect(a.jurisdiction?.length).toBeGreaterThanOrEqual(1);
      for (const code of a.jurisdiction ?? []) {
        const unit = DEMO_UNITS.find((u) => u.tenant === a.tenant && u.code === code);
        expect({ agency: a.code, unit: code, current: unit?.validTo === null }).toEqual({
          agency: a.code,
          unit: code,
          current: true,
        });
      }
      if (a.unitCode !== null) expect(a.jurisdiction).toEqual([a.unitCode]);
      for (const f of a.fieldCodes ?? []) expect(fieldCodes).toContain(f);
      // The service center receives, the tax office takes part in inter-agency chains: no field.
      if (a.kind === 'SERVICE_CENTER' || a.kind === 'CENTRAL') expect(a.fieldCodes).toEqual([]);
      else expect(a.fieldCodes?.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('each tenant has one province committee, one service center, one tax office and 5-8 provincial departments', () => {
    for (const tenant of tenantIds) {
      const mine = DEMO_AGENCIES.filter((a) => a.tenant === tenant);
      expect(mine.filter((a) => a.kind === 'PROVINCE_COMMITTEE')).toHaveLength(1);
      expect(mine.filter((a) => a.kind === 'SERVICE_CENTER')).toHaveLength(1);
      expect(mine.filter((a) => a.kind === 'CENTRAL').map((a) => a.name)).toEqual([
        expect.stringMatching(/^Thuế /),
      ]);
      const departments = mine.filter((a) => a.kind === 'DEPARTMENT').length;
      expect(departments).toBeGreaterThanOrEqual(5);
      expect(departments).toBeLessThanOrEqual(9);
    }
  });

  it('every current commune unit has exactly one commune committee', () => {
    for (const u of DEMO_UNITS.filter((x) => x.level === 'COMMUNE' && x.validTo === null)) {
      const committees = DEMO_AGENCIES.filter(
        (a) => a.tenant === u.tenant && a.kind === 'COMMUNE_COMMITTEE' && a.unitCode === u.code,
      );
      expect({ unit: u.code, committees: committees.length }).toEqual({
        unit: u.code,
        committees: 1,
      });
    }
  });

  it("every branch stands in a current unit of its tenant and receives under the service center or that unit's committee", () => {
    for (const tenant of tenantIds) {
      const branches = DEMO_BRANCHES.filter((b) => b.tenant === tenant);
      expect(branches.length).toBeGreaterThanOrEqual(3);
      expect(branches.length).toBeLessThanOrEqual(6);
    }
    for (const b of DEMO_BRANCHES) {
      const unit = DEMO_UNITS.find((u) => u.tenant === b.tenant && u.code === b.unitCode);
      expect(unit).toMatchObject({ level: 'COMMUNE', validTo: null });
      expect(b.region).toBe(unit!.region);
      const agency = DEMO_AGENCIES.find((a) => a.tenant === b.tenant && a.code === b.agencyCode);
      expect(agency).toBeDefined();
      if (agency!.kind === 'COMMUNE_COMMITTEE') expect(agency!.unitCode).toBe(b.unitCode);
      else expect(agency!.kind).toBe('SERVICE_CENTER');
      // The provincial center receives under the center's own code; the others under a committee.
      expect(b.kind === 'SERVICE_CENTER').toBe(agency!.kind === 'SERVICE_CENTER');
      expect(b.counters).toBeGreaterThanOrEqual(1);
      const hours = b.openingHours ?? [];
      for (const [i, p] of hours.entries()) {
        expect(p.start < p.end).toBe(true);
        if (i > 0) expect(hours[i - 1].end <= p.start).toBe(true);
      }
      // Coordinates inside Vietnam's mainland bounding box, given to at least 4 decimals.
      expect(b.lat).toBeGreaterThan(8.3);
      expect(b.lat).toBeLessThan(23.5);
      expect(b.lng).toBeGreaterThan(102.1);
      expect(b.lng).toBeLessThan(109.5);
      expect(String(b.lat).split('.')[1]?.length ?? 0).toBeGreaterThanOrEqual(3);
      expect(String(b.lng).split('.')[1]?.length ?? 0).toBeGreaterThanOrEqual(3);
    }
  });

  it('each tenant has at least 12 procedures, at both levels and every boundary-free scope', () => {
    for (const tenant of tenantIds) {
      const mine = DEMO_PROCEDURES.filter((p) => p.tenant === tenant);
      expect(mine.length).toBeGreaterThanOrEqual(12);
      expect(new Set(mine.map((p) => p.level))).toEqual(new Set(['PROVINCE', 'COMMUNE']));
      expect(new Set(mine.map((p) => p.boundaryFreeScope))).toEqual(
        new Set(['NONE', 'PROVINCE', 'NATION']),
      );
      for (const p of mine)
        expect(p).toMatchObject({ version: 1, validFrom: '2025-07-01', validTo: null });
    }
  });

  it('inter-agency chains: on procedures of the dataset, agencies of their own tenant, the procedure time split', () => {
    for (const tenant of tenantIds) {
      const chained = demoProcedureRows(tenant).filter((row) => row.interAgencySteps?.length);
      expect(chained.map((row) => row.code)).toEqual(Object.keys(DEMO_CHAINS[tenant]));
      for (const row of chained) {
        const steps = procedureImportRowSchema.parse(row).interAgencySteps;
        for (const step of steps.filter((s) => s.agencyCode !== null))
          expect(DEMO_AGENCIES.some((a) => a.tenant === tenant && a.code === step.agencyCode)).toBe(
            true,
          );
        expect(steps.every((s) => s.duration.unit === row.duration.unit)).toBe(true);
        expect(steps.reduce((sum, s) => sum + s.duration.value, 0)).toBe(row.duration.value);
      }
    }
  });

  it('assurance: the land and business registrations of the dataset need a level-2 e-ID online, the rest level 1', () => {
    for (const tenant of tenantIds) {
      const rows = demoProcedureRows(tenant).map((row) => procedureImportRowSchema.parse(row));
      const level2 = rows.filter((r) => r.requiredAssuranceLevel === 2).map((r) => r.code);
      expect(new Set(level2)).toEqual(LEVEL_2_PROCEDURE_CODES);
      expect(rows.every((r) => [1, 2].includes(r.requiredAssuranceLevel))).toBe(true);
      for (const r of rows.filter((x) => x.requiredAssuranceLevel === 2))
        expect(['G09-NM01', 'G09-TC01', 'G09-TC02']).toContain(r.fieldCode);
    }
  });

  it('calendars: holidays and make-up days are sorted and unique; make-up days are weekends', () => {
    const isoWeekday = (d: string) => ((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    for (const c of DEMO_CALENDARS) {
      expect(c.holidays).toEqual([...new Set(c.holidays)].sort());
      expect(c.workingDays).toEqual([...new Set(c.workingDays)].sort());
      for (const y of ['2025', '2026', '2027']) {
        expect(c.holidays).toContain(`${y}-01-01`);
        expect(c.holidays).toContain(`${y}-04-30`);
        expect(c.holidays).toContain(`${y}-09-02`);
      }
      for (const d of c.workingDays) {
        expect(c.weekendDays).toContain(isoWeekday(d));
        expect(c.holidays).not.toContain(d);
      }
      for (const p of c.officeHours) expect(p.start < p.end).toBe(true);
    }
  });
});
