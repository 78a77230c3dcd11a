import { MAX_SUCCESSOR_DEPTH, unitsInForceOn, type SuccessorNode } from './successor-resolution';

function unit(code: string, overrides: Partial<SuccessorNode> = {}): SuccessorNode {
  return { code, validFrom: '2025-07-01', validTo: null, successorCodes: [], ...overrides };
}

function lookupOf(units: SuccessorNode[]): jest.Mock<Promise<SuccessorNode[]>, [string[]]> {
  return jest.fn((codes: string[]) => Promise.resolve(units.filter((u) => codes.includes(u.code))));
}

const ended = (code: string, successorCodes: string[], validTo = '2025-06-30') =>
  unit(code, { validFrom: '1997-01-01', validTo, successorCodes });

describe(unitsInForceOn.name, () => {
  const thuDauMot = unit('25747');
  const phuLoi = unit('25744');
  const chanhNghia = ended('25756', ['25747']);
  const hiepThanh = ended('25741', ['25747', '25744']);

  it('answers the unit itself when it is in force on the day', async () => {
    const lookup = lookupOf([]);
    await expect(unitsInForceOn(chanhNghia, '2025-06-30', lookup)).resolves.toEqual([chanhNghia]);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('answers the successor when a merged unit ended before the day', async () => {
    await expect(unitsInForceOn(chanhNghia, '2025-07-01', lookupOf([thuDauMot]))).resolves.toEqual([
      thuDauMot,
    ]);
  });

  it('answers every successor, main first, when a split unit ended before the day', async () => {
    await expect(
      unitsInForceOn(hiepThanh, '2026-01-01', lookupOf([phuLoi, thuDauMot])),
    ).resolves.toEqual([thuDauMot, phuLoi]);
  });

  it('follows successors that ended too, and lists a unit reached twice once', async () => {
    const a = ended('A', ['B', 'C'], '2010-12-31');
    const b = unit('B', { validFrom: '2011-01-01', validTo: '2025-06-30', successorCodes: ['D'] });
    const c = unit('C', { validFrom: '2011-01-01', validTo: '2025-06-30', successorCodes: ['D'] });
    const d = unit('D');
    const lookup = lookupOf([a, b, c, d]);
    await expect(unitsInForceOn(a, '2026-01-01', lookup)).resolves.toEqual([d]);
    await expect(unitsInForceOn(a, '2020-01-01', lookup)).resolves.toEqual([b, c]);
  });

  it('answers nothing when the unit did not exist yet on the day', async () => {
    await expect(unitsInForceOn(thuDauMot, '2025-06-30', lookupOf([]))).resolves.toEqual([]);
  });

  it('answers nothing for an ended unit without successors or with unknown ones', async () => {
    await expect(unitsInForceOn(ended('718', []), '2026-01-01', lookupOf([]))).resolves.toEqual([]);
    await expect(
      unitsInForceOn(ended('X', ['missing']), '2026-01-01', lookupOf([])),
    ).resolves.toEqual([]);
  });

  it('stops on loops and after the maximum depth', async () => {
    const a = ended('A', ['B']);
    const b = ended('B', ['A']);
    const loop = lookupOf([a, b]);
    await expect(unitsInForceOn(a, '2026-01-01', loop)).resolves.toEqual([]);
    expect(loop).toHaveBeenCalledTimes(1);

    const chain = Array.from({ length: MAX_SUCCESSOR_DEPTH + 2 }, (_, i) =>
      ended(`U${i}`, [`U${i + 1}`]),
    );
    const last = unit(`U${MAX_SUCCESSOR_DEPTH + 2}`);
    const long = lookupOf([...chain, last]);
    await expect(unitsInForceOn(chain[0], '2026-01-01', long)).resolves.toEqual([]);
    expect(long).toHaveBeenCalledTimes(MAX_SUCCESSOR_DEPTH);
  });
});
