import type { AdministrativeUnit } from '@motcua/contracts';
import { MAX_SUCCESSOR_HOPS, unitInForceOn, type UnitLookup } from './follow-successors';

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
