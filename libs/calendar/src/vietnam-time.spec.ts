import { toVietnamDate, vietnamWallTime } from './vietnam-time';

describe('toVietnamDate', () => {
  it('returns the next day when the UTC instant is already past 17:00 UTC', () => {
    expect(toVietnamDate(new Date('2026-01-05T17:00:00Z'))).toBe('2026-01-06');
  });

  it('returns the same day when the UTC instant is before 17:00 UTC', () => {
    expect(toVietnamDate(new Date('2026-01-05T16:59:59Z'))).toBe('2026-01-05');
  });

  it('throws when the Date is invalid', () => {
    expect(() => toVietnamDate(new Date('nope'))).toThrow(RangeError);
  });
});

describe('vietnamWallTime', () => {
  it('returns the instant seven hours behind the wall clock when given a date and HH:MM', () => {
    expect(vietnamWallTime('2026-01-05', '07:00').toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(vietnamWallTime('2026-01-05', '06:30').toISOString()).toBe('2026-01-04T23:30:00.000Z');
  });

  it('round-trips through toVietnamDate when the wall time is near midnight', () => {
    expect(toVietnamDate(vietnamWallTime('2026-02-28', '23:59'))).toBe('2026-02-28');
    expect(toVietnamDate(vietnamWallTime('2026-03-01', '00:00'))).toBe('2026-03-01');
  });

  it.each([
    ['2026-02-30', '07:00'],
    ['2026-1-5', '07:00'],
    ['2026-01-05', '7:00'],
    ['2026-01-05', '24:00'],
    ['2026-01-05', '07:60'],
  ])('throws when given %s %s', (date, hhmm) => {
    expect(() => vietnamWallTime(date, hhmm)).toThrow(RangeError);
  });
});
