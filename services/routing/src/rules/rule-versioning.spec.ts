import { ErrorCode } from '@motcua/contracts';
import { dayBefore, planVersion } from './rule-versioning';

describe(dayBefore.name, () => {
  it.each([
    ['2026-03-01', '2026-02-28'],
    ['2024-03-01', '2024-02-29'],
    ['2026-01-01', '2025-12-31'],
  ])('%s → %s', (date, expected) => {
    expect(dayBefore(date)).toBe(expected);
  });
});

describe(planVersion.name, () => {
  const today = '2026-01-05';

  it('makes version 1 of a new rule', () => {
    expect(planVersion(null, { validFrom: today, validTo: null }, today)).toEqual({
      version: 1,
      closeLatestOn: null,
    });
  });

  it('closes the open latest version the day before the new one starts', () => {
    const latest = { version: 1, validFrom: '2025-07-01', validTo: null };
    expect(planVersion(latest, { validFrom: '2026-02-01', validTo: null }, today)).toEqual({
      version: 2,
      closeLatestOn: '2026-01-31',
    });
  });

  it('shortens a latest version that would overlap, and leaves one that ends earlier', () => {
    const overlapping = { version: 3, validFrom: '2025-07-01', validTo: '2026-12-31' };
    expect(planVersion(overlapping, { validFrom: '2026-02-01', validTo: null }, today)).toEqual({
      version: 4,
      closeLatestOn: '2026-01-31',
    });
    const ended = { version: 3, validFrom: '2025-07-01', validTo: '2025-12-31' };
    expect(planVersion(ended, { validFrom: '2026-02-01', validTo: null }, today)).toEqual({
      version: 4,
      closeLatestOn: null,
    });
  });

  it('refuses a version starting before today, so past decisions stay explained', () => {
    expect(() => planVersion(null, { validFrom: '2026-01-04', validTo: null }, today)).toThrow(
      expect.objectContaining({ code: ErrorCode.ValidationFailed }) as Error,
    );
  });

  it('refuses a version ending before it starts', () => {
    expect(() =>
      planVersion(null, { validFrom: '2026-02-01', validTo: '2026-01-31' }, today),
    ).toThrow(expect.objectContaining({ code: ErrorCode.ValidationFailed }) as Error);
  });

  it('refuses a version not starting after the latest one (a future version is not replaced)', () => {
    const future = { version: 2, validFrom: '2026-03-01', validTo: null };
    expect(() => planVersion(future, { validFrom: '2026-03-01', validTo: null }, today)).toThrow(
      expect.objectContaining({ code: ErrorCode.Conflict }) as Error,
    );
    expect(planVersion(future, { validFrom: '2026-03-02', validTo: null }, today).version).toBe(3);
  });
});
