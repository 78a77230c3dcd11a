import type { AdministrativeUnit } from '@motcua/contracts';
import {
  MAX_ANCESTORS,
  MAX_SUCCESSOR_HOPS,
  ancestorsOf,
  territoryInForceOn,
  unitInForceOn,
  type UnitLookup,
} from './follow-successors';

function unit(code: string, overrides: Partial<AdministrativeUnit> = {}): AdministrativeUnit {
  return {
    code,
    tenant: 'hcmc',
    name: `unit ${code}`,
    level: 'COMMUNE',
    parentCode: '79',
    region: null,
    validFrom: '2025-07-01',
    validTo: null,
    successorCode: null,
    ...overrides,
  };
}

function lookupOf(units: AdministrativeUnit[]): UnitLookup & jest.Mock {
  return jest.fn((code: string) => Promise.resolve(units.find((u) => u.code === code) ?? null));
}

describe(unitInForceOn.name, () => {
  const current = unit('25747');
  const former = unit('25756', {
    validFrom: '1997-01-01',
    validTo: '2025-06-30',
    successorCode: '25747',
  });

  it('returns the recorded unit when it is still in force', async () => {
    await expect(unitInForceOn('25747', '2026-01-05', lookupOf([current]))).resolves.toEqual({
      found: true,
      unit: current,
    });
  });

  it('keeps a dissolved unit when the dossier was received before its dissolution', async () => {
    await expect(
      unitInForceOn('25756', '2025-06-30', lookupOf([former, current])),
    ).resolves.toEqual({ found: true, unit: former });
  });

  it('follows the successor when the unit was dissolved before the receipt date', async () => {
    await expect(
      unitInForceOn('25756', '2025-07-01', lookupOf([former, current])),
    ).resolves.toEqual({ found: true, unit: current });
  });

  it('follows a chain of successors', async () => {
    const a = unit('A', { validTo: '2020-12-31', successorCode: 'B' });
    const b = unit('B', { validTo: '2025-06-30', successorCode: 'C' });
    const c = unit('C');
    await expect(unitInForceOn('A', '2026-01-01', lookupOf([a, b, c]))).resolves.toMatchObject({
      found: true,
      unit: { code: 'C' },
    });
  });

  it('explains when the unit is unknown', async () => {
    await expect(unitInForceOn('99999', '2026-01-05', lookupOf([]))).resolves.toEqual({
      found: false,
      reason: 'jurisdiction unit 99999 is not in the catalog',
    });
  });

  it('explains when a dissolved unit has no successor', async () => {
    const orphan = unit('X', { validTo: '2025-06-30' });
    await expect(unitInForceOn('X', '2026-01-05', lookupOf([orphan]))).resolves.toMatchObject({
      found: false,
      reason: expect.stringContaining('no successor'),
    });
  });

  it('explains when the successor is unknown', async () => {
    await expect(unitInForceOn('25756', '2026-01-05', lookupOf([former]))).resolves.toMatchObject({
      found: false,
      reason: expect.stringContaining('successor 25747'),
    });
  });

  it('stops on a loop of successor links', async () => {
    const a = unit('A', { validTo: '2020-12-31', successorCode: 'B' });
    const b = unit('B', { validTo: '2020-12-31', successorCode: 'A' });
    const lookup = lookupOf([a, b]);
    await expect(unitInForceOn('A', '2026-01-05', lookup)).resolves.toMatchObject({
      found: false,
      reason: expect.stringContaining('loop'),
    });
  });

  it('stops after the bounded number of hops when the chain is too long', async () => {
    const chain = Array.from({ length: MAX_SUCCESSOR_HOPS + 3 }, (_, i) =>
      unit(`U${i}`, { validTo: '2020-12-31', successorCode: `U${i + 1}` }),
    );
    const lookup = lookupOf(chain);
    await expect(unitInForceOn('U0', '2026-01-05', lookup)).resolves.toMatchObject({
      found: false,
    });
    expect(lookup.mock.calls.length).toBeLessThanOrEqual(MAX_SUCCESSOR_HOPS + 1);
  });

  it('propagates a lookup failure when the catalog is unavailable', async () => {
    const lookup: UnitLookup = () => Promise.reject(new Error('catalog down'));
    await expect(unitInForceOn('25747', '2026-01-05', lookup)).rejects.toThrow('catalog down');
  });
});

describe(territoryInForceOn.name, () => {
  const ward = unit('00013', {
    parentCode: '001',
    validFrom: '2008-08-01',
    validTo: '2025-06-30',
    successorCode: '00004',
    successorCodes: ['00004'],
  });
  const split = unit('00055', {
    validTo: '2025-06-30',
    successorCode: '00070',
    successorCodes: ['00070', '00004'],
  });
  const baDinh = unit('00004');
  const hoanKiem = unit('00070');

  it('is the unit itself while it is in force', async () => {
    await expect(territoryInForceOn('00013', '2025-06-30', lookupOf([ward]))).resolves.toEqual([
      '00013',
    ]);
  });

  it('is the successor of a merged unit after the merger', async () => {
    await expect(
      territoryInForceOn('00013', '2025-07-01', lookupOf([ward, baDinh])),
    ).resolves.toEqual(['00004']);
  });

  it('is every successor of a split unit, main first', async () => {
    await expect(
      territoryInForceOn('00055', '2026-01-05', lookupOf([split, baDinh, hoanKiem])),
    ).resolves.toEqual(['00070', '00004']);
  });

  it('is empty for an unknown unit or one that ended without a successor', async () => {
    const district = unit('001', { validTo: '2025-06-30' });
    await expect(territoryInForceOn('99999', '2026-01-05', lookupOf([]))).resolves.toEqual([]);
    await expect(territoryInForceOn('001', '2026-01-05', lookupOf([district]))).resolves.toEqual(
      [],
    );
  });

  it('stops on a loop of successor links', async () => {
    const a = unit('A', { validTo: '2020-12-31', successorCodes: ['B'] });
    const b = unit('B', { validTo: '2020-12-31', successorCodes: ['A'] });
    await expect(territoryInForceOn('A', '2026-01-05', lookupOf([a, b]))).resolves.toEqual([]);
  });
});

describe(ancestorsOf.name, () => {
  it('lists the units above, nearest first', async () => {
    const ward = unit('00013', { parentCode: '001' });
    const district = unit('001', { parentCode: '01' });
    const province = unit('01', { parentCode: null });
    await expect(ancestorsOf(ward, lookupOf([district, province]))).resolves.toEqual(['001', '01']);
  });

  it('is empty for a province', async () => {
    await expect(ancestorsOf(unit('01', { parentCode: null }), lookupOf([]))).resolves.toEqual([]);
  });

  it('stops at a parent the catalog does not know, keeping its code', async () => {
    await expect(ancestorsOf(unit('00070', { parentCode: '01' }), lookupOf([]))).resolves.toEqual([
      '01',
    ]);
  });

  it('stops on a parent loop', async () => {
    const a = unit('A', { parentCode: 'B' });
    const b = unit('B', { parentCode: 'A' });
    const ancestors = await ancestorsOf(a, lookupOf([a, b]));
    expect(ancestors).toEqual(['B', 'A']);
    expect(ancestors.length).toBeLessThanOrEqual(MAX_ANCESTORS);
  });
});
