import { vietnamDay } from './vietnam-days';

describe(vietnamDay.name, () => {
  it('is the Vietnam date, not the UTC one, with its bounds and year start', () => {
    // 2025-12-31 18:00 UTC is 2026-01-01 01:00 in Vietnam.
    expect(vietnamDay(new Date('2025-12-31T18:00:00.000Z'))).toEqual({
      date: '2026-01-01',
      start: new Date('2025-12-31T17:00:00.000Z'),
      end: new Date('2026-01-01T17:00:00.000Z'),
      yearStart: new Date('2025-12-31T17:00:00.000Z'),
    });
  });
});
