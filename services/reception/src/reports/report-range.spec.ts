import { DomainError } from '@motcua/contracts';
import { reportRange } from './report-range';

describe(reportRange.name, () => {
  it('cuts a quarter into Vietnam months', () => {
    const range = reportRange('2025-07-15', '2025-09-30', ['MONTH']);
    expect(range.periods.map((p) => p.label)).toEqual(['2025-07', '2025-08', '2025-09']);
    expect(range.periods[0].start.toISOString()).toBe('2025-07-14T17:00:00.000Z');
    expect(range.periods[2].end.toISOString()).toBe('2025-09-30T17:00:00.000Z');
  });

  it('covers whole days at both ends', () => {
    const range = reportRange('2026-01-01', '2026-01-01');
    expect(range.days).toBe(1);
    expect(range.end.getTime() - range.start.getTime()).toBe(86_400_000);
  });

  it.each([
    ['2026-02-01', '2026-01-01', [], 'must not be after'],
    ['2025-01-01', '2026-01-02', [], 'at most 366 days'],
    ['2026-01-01', '2026-06-01', ['DAY'], 'use MONTH'],
    ['2026-01-01', '2026-01-02', ['DAY', 'MONTH'], 'not both'],
  ] as const)('refuses %s..%s by %j', (from, to, groupBy, message) => {
    expect(() => reportRange(from, to, groupBy)).toThrow(DomainError);
    expect(() => reportRange(from, to, groupBy)).toThrow(message);
  });
});
