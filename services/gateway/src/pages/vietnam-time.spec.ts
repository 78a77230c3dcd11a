import { formatVietnamTime } from './vietnam-time';

describe(formatVietnamTime.name, () => {
  it('shows an instant as dd/MM/yyyy HH:mm in Vietnam time (UTC+7)', () => {
    expect(formatVietnamTime('2026-01-09T03:05:00Z')).toBe('09/01/2026 10:05');
  });

  it('moves to the next Vietnamese day after 17:00 UTC', () => {
    expect(formatVietnamTime('2025-12-31T17:00:00Z')).toBe('01/01/2026 00:00');
  });
});
