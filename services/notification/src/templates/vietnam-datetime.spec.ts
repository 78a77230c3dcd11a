import { formatVietnamDateTime } from './vietnam-datetime';

describe(formatVietnamDateTime.name, () => {
  it('shows UTC+7 wall time as dd/MM/yyyy HH:mm', () => {
    expect(formatVietnamDateTime(new Date('2026-01-05T03:04:00Z'))).toBe('05/01/2026 10:04');
  });

  it('moves to the next Vietnam day when the UTC evening is past 17:00', () => {
    expect(formatVietnamDateTime(new Date('2025-12-31T17:30:00Z'))).toBe('01/01/2026 00:30');
  });

  it('throws when the date is invalid', () => {
    expect(() => formatVietnamDateTime(new Date('nope'))).toThrow(RangeError);
  });
});
