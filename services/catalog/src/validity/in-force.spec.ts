import { inForceOn } from './in-force';

describe(inForceOn.name, () => {
  const merged = { validFrom: '1997-01-01', validTo: '2025-06-30' };

  it('holds from the first day through the last day', () => {
    expect(inForceOn(merged, '1997-01-01')).toBe(true);
    expect(inForceOn(merged, '2025-06-30')).toBe(true);
  });

  it('fails before the first day and after the last day', () => {
    expect(inForceOn(merged, '1996-12-31')).toBe(false);
    expect(inForceOn(merged, '2025-07-01')).toBe(false);
  });

  it('holds indefinitely when there is no last day', () => {
    expect(inForceOn({ validFrom: '2025-07-01', validTo: null }, '2099-12-31')).toBe(true);
  });
});
